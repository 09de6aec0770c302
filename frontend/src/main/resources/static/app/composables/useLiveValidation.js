// Live checks while typing: POST /api/forms/validate, debounced (~400 ms); stale answers are dropped.
import { api } from '../api.js';

const { ref, watch, onBeforeUnmount } = Vue;

export function useLiveValidation(formRef, { delay = 400, enabled = () => true } = {}) {
  const findings = ref([]);
  const computedValues = ref({});
  const loading = ref(false);
  const failure = ref('');
  let timer = null;
  let controller = null;
  let seq = 0;

  async function run() {
    const form = formRef.value;
    if (!form || !enabled()) return;
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = ++seq;
    loading.value = true;
    try {
      const res = await api.post('/api/forms/validate', form, { silent: true, signal: controller.signal });
      if (mine !== seq) return;
      findings.value = (res && res.findings) || [];
      computedValues.value = (res && res.computed) || {};
      failure.value = '';
    } catch (e) {
      if (e.name === 'AbortError' || mine !== seq) return;
      failure.value = e.status === 404 ? '校验服务暂不可用' : `校验未完成：${e.message}`;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }
  function runNow() {
    clearTimeout(timer);
    return run();
  }
  watch(formRef, schedule, { deep: true });
  onBeforeUnmount(() => { clearTimeout(timer); if (controller) controller.abort(); });
  return { findings, computedValues, loading, failure, runNow, schedule };
}
