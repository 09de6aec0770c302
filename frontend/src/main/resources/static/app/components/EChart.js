// A thin ECharts wrapper: init on mount, setOption when the option changes, resize with the window.
// ECharts (1 MB) is loaded the first time a chart mounts (only the dashboard has charts), from the versioned
// URL index.html names, so the login page and the inbox never download it.
const { ref, watch, onMounted, onBeforeUnmount, markRaw } = Vue;

let loading = null;

function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = document.querySelector('meta[name=jx-echarts]').content;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => { loading = null; reject(new Error('图表组件加载失败')); };
      document.head.appendChild(script);
    });
  }
  return loading;
}

export default {
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '260px' } },
  emits: ['chart-click'],
  setup(props, { emit }) {
    const el = ref(null);
    let chart = null;
    let unmounted = false;
    const resize = () => chart && chart.resize();
    onMounted(async () => {
      const echarts = await loadEcharts();
      if (unmounted) return;
      chart = markRaw(echarts.init(el.value, null, { renderer: 'canvas' }));
      chart.setOption(props.option);
      chart.on('click', (p) => emit('chart-click', p));
      window.addEventListener('resize', resize);
    });
    watch(() => props.option, (o) => chart && chart.setOption(o, true), { deep: true });
    onBeforeUnmount(() => {
      unmounted = true;
      window.removeEventListener('resize', resize);
      if (chart) chart.dispose();
    });
    return { el };
  },
  template: `<div ref="el" class="jx-chart" :style="{ height }"></div>`,
};
