// What a rectification order needs: the requirements and the due date (used at approval, sign-off and later).
const { computed } = Vue;

export default {
  name: 'RectificationOrderFields',
  props: {
    modelValue: { type: Object, required: true }, // { requirements, due }
    reasons: { type: Array, default: () => [] },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const set = (k, v) => emit('update:modelValue', { ...props.modelValue, [k]: v });
    const disabledDate = (d) => d && d.isBefore(dayjs().startOf('day'));
    const hint = computed(() => props.reasons.join('；'));
    return { set, disabledDate, hint };
  },
  template: `
  <div class="jx-rectification-order" data-testid="rectification-order">
    <a-alert v-if="reasons.length" type="warning" show-icon style="margin-bottom: 8px" :message="'建议整改：' + hint" />
    <div class="jx-field-label">整改要求（必填）</div>
    <a-textarea :value="modelValue.requirements" @update:value="v => set('requirements', v)" :auto-size="{ minRows: 2, maxRows: 5 }"
      :maxlength="2000" placeholder="写明需要整改的问题和要达到的要求" data-testid="rectification-requirements" />
    <div class="jx-field-label" style="margin-top: 8px">整改期限（必填）</div>
    <a-date-picker :value="modelValue.due" @update:value="v => set('due', v)" value-format="YYYY-MM-DD" :disabled-date="disabledDate"
      placeholder="选择日期" style="width: 180px" data-testid="rectification-due" />
  </div>`,
};
