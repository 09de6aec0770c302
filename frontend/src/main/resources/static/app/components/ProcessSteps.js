// Where the form is in its process: the tasks in order (填报 → 单位审核上报 → 地区审核 → 领导签发), then 已签发.
import { meta, taskOf, statusLabel } from '../meta.js';

const { computed } = Vue;

/** One step per place on the line; 填报 and 退回修改 share the first; a rectification's tasks (step -1) are not on it. */
const LINE = meta.tasks.filter((t) => t.step >= 0).filter((t, i, all) => all.findIndex((o) => o.step === t.step) === i);
const SIGNED = LINE.length;

export default {
  name: 'ProcessSteps',
  props: { status: { type: String, default: '' }, taskKey: { type: String, default: '' }, compact: { type: Boolean, default: false } },
  setup(props) {
    const current = computed(() => {
      if (props.status === 'SIGNED') return SIGNED;
      const byKey = taskOf(props.taskKey);
      const byStatus = meta.tasks.find((t) => t.status === props.status);
      return (byKey || byStatus || LINE[0]).step;
    });
    const returned = computed(() => props.status === 'RETURNED' || props.taskKey === 'correct');
    const items = computed(() => [
      ...LINE.map((t) => ({ title: t.step === 0 && returned.value ? taskOf('correct').label : t.label })),
      { title: statusLabel('SIGNED') },
    ]);
    const stepStatus = computed(() => {
      if (returned.value) return 'error';
      if (current.value === SIGNED) return 'finish';
      return 'process';
    });
    return { current, items, stepStatus };
  },
  template: `<a-steps class="jx-steps" size="small" :current="current" :status="stepStatus" :items="items" data-testid="process-steps" />`,
};
