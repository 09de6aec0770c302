// A thin ECharts wrapper: init on mount, setOption when the option changes, resize with the window.
const { ref, watch, onMounted, onBeforeUnmount, markRaw } = Vue;

export default {
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '260px' } },
  emits: ['chart-click'],
  setup(props, { emit }) {
    const el = ref(null);
    let chart = null;
    const resize = () => chart && chart.resize();
    onMounted(() => {
      chart = markRaw(echarts.init(el.value, null, { renderer: 'canvas' }));
      chart.setOption(props.option);
      chart.on('click', (p) => emit('chart-click', p));
      window.addEventListener('resize', resize);
    });
    watch(() => props.option, (o) => chart && chart.setOption(o, true), { deep: true });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      if (chart) chart.dispose();
    });
    return { el };
  },
  template: `<div ref="el" class="jx-chart" :style="{ height }"></div>`,
};
