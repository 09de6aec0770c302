// Where the form is in its process: 填报 → 单位审核上报 → 地区审核 → 领导签发 → 已签发.
const { computed } = Vue;

const BY_TASK = { draft: 0, correct: 0, unitReview: 1, prefectureReview: 2, signOff: 3 };
const BY_STATUS = { DRAFT: 0, RETURNED: 0, UNIT_REVIEW: 1, PREFECTURE_REVIEW: 2, SIGN_OFF: 3, SIGNED: 4 };

export default {
  name: 'ProcessSteps',
  props: { status: { type: String, default: '' }, taskKey: { type: String, default: '' }, compact: { type: Boolean, default: false } },
  setup(props) {
    const current = computed(() => {
      if (props.status === 'SIGNED') return 4;
      if (props.taskKey && BY_TASK[props.taskKey] !== undefined) return BY_TASK[props.taskKey];
      return BY_STATUS[props.status] ?? 0;
    });
    const returned = computed(() => props.status === 'RETURNED' || props.taskKey === 'correct');
    const items = computed(() => [
      { title: returned.value ? '退回修改' : '填报' },
      { title: '单位审核上报' },
      { title: '地区审核' },
      { title: '领导签发' },
      { title: '已签发' },
    ]);
    const stepStatus = computed(() => {
      if (returned.value) return 'error';
      if (current.value === 4) return 'finish';
      return 'process';
    });
    return { current, items, stepStatus };
  },
  template: `<a-steps class="jx-steps" size="small" :current="current" :status="stepStatus" :items="items" data-testid="process-steps" />`,
};
