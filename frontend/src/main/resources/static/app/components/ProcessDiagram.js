// The process picture (GET /api/forms/{id}/diagram) in bpmn-js's navigated viewer (zoom and pan, also by
// touch): steps done in green, the current one in blue, and who acted when beside each step.
import { api } from '../api.js';
import { shortDateTime } from '../format.js';

const { ref, onMounted, onBeforeUnmount } = Vue;
const BASE = '/webjars/bpmn-js/dist';

let loading = null;
/** bpmn-js is loaded when a diagram is first shown, not with every page. */
function loadViewer() {
  if (window.BpmnJS) return Promise.resolve(window.BpmnJS);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      ['assets/diagram-js.css', 'assets/bpmn-font/css/bpmn.css'].forEach((css) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `${BASE}/${css}`;
        document.head.appendChild(link);
      });
      const script = document.createElement('script');
      script.src = `${BASE}/bpmn-navigated-viewer.production.min.js`;
      script.onload = () => resolve(window.BpmnJS);
      script.onerror = () => { loading = null; reject(new Error('流程图组件加载失败')); };
      document.head.appendChild(script);
    });
  }
  return loading;
}

export default {
  name: 'ProcessDiagram',
  props: { formId: { type: [String, Number], required: true } },
  setup(props) {
    const box = ref(null);
    const failure = ref('');
    const steps = ref([]);
    let viewer = null;
    onMounted(async () => {
      try {
        const [BpmnJS, diagram] = await Promise.all([loadViewer(), api.get(`/api/forms/${props.formId}/diagram`, null, { silent: true })]);
        if (!diagram.bpmn) { failure.value = '该表尚无流程'; return; }
        viewer = new BpmnJS({ container: box.value });
        await viewer.importXML(diagram.bpmn);
        const canvas = viewer.get('canvas');
        const registry = viewer.get('elementRegistry');
        const overlays = viewer.get('overlays');
        canvas.zoom('fit-viewport');
        steps.value = diagram.activities.filter((a) => a.actorName && registry.get(a.id));
        diagram.activities.filter((a) => registry.get(a.id)).forEach((a) => {
          canvas.addMarker(a.id, a.state === 'active' ? 'jx-bpmn-active' : 'jx-bpmn-done');
          if (a.actorName) {
            const html = document.createElement('div');
            html.className = 'jx-bpmn-who';
            html.textContent = `${a.actorName} ${shortDateTime(a.at)}`;
            overlays.add(a.id, { position: { bottom: -4, left: 0 }, html });
          }
        });
      } catch (e) {
        failure.value = e.message || '流程图加载失败';
      }
    });
    onBeforeUnmount(() => { if (viewer) viewer.destroy(); });
    return { box, failure, steps, shortDateTime };
  },
  template: `
  <div class="jx-diagram" data-testid="process-diagram">
    <a-alert v-if="failure" type="warning" show-icon :message="failure" />
    <div ref="box" class="jx-diagram-canvas"></div>
    <div class="jx-diagram-legend"><span class="jx-legend-done">已完成</span><span class="jx-legend-active">当前环节</span>（可拖动、滚轮或双指缩放）</div>
  </div>`,
};
