// The dialog for completing a task: SUBMIT / APPROVE / SIGN list ERRORs that block and WARNINGs to
// acknowledge with a note; RETURN asks for the comment (required) and, where the step offers a choice (地区审核,
// 领导签发: its returnTargets in /api/meta, the default first), whom to return to.
import { pathLabel } from '../form-model.js';
import { actionLabel, taskOf } from '../meta.js';
import RectificationOrderFields from './RectificationOrderFields.js';

const { ref, computed, watch, nextTick } = Vue;

const fkey = (f) => `${f.code}|${f.path || ''}`;

export default {
  name: 'DecisionDialog',
  components: { RectificationOrderFields },
  props: {
    open: { type: Boolean, default: false },
    decision: { type: String, default: 'SUBMIT' },
    taskKey: { type: String, default: '' },
    findings: { type: Array, default: () => [] },
    explained: { type: Object, default: () => ({}) },
    fieldComments: { type: Array, default: () => [] },
    form: { type: Object, default: null },
    busy: { type: Boolean, default: false },
    /** {suggested, reasons}: why a rectification is suggested for this form */
    suggestion: { type: Object, default: null },
  },
  emits: ['update:open', 'confirm', 'jump'],
  setup(props, { emit }) {
    const comment = ref('');
    const notes = ref({});
    const returnTargets = computed(() => (taskOf(props.taskKey) || {}).returnTargets || []);
    const firstTarget = () => (returnTargets.value[0] || {}).code || null;
    const returnTo = ref(firstTarget());
    // the reviewer's APPROVE and the leader's SIGN may require a rectification (整改) with them
    const canRectify = computed(() => (props.decision === 'APPROVE' && props.taskKey === 'prefectureReview')
      || (props.decision === 'SIGN' && props.taskKey === 'signOff'));
    const rectify = ref(false);
    const order = ref({ requirements: '', due: null });
    const reasons = computed(() => (props.suggestion && props.suggestion.reasons) || []);
    watch(() => props.open, (o) => {
      if (o) {
        comment.value = ''; returnTo.value = firstTarget();
        rectify.value = canRectify.value && reasons.value.length > 0;
        order.value = { requirements: '', due: null };
      }
    });
    // when the server adds warnings (422), bring the first one still needing a note into view
    watch(() => props.findings, () => {
      if (!props.open) return;
      nextTick(() => {
        const el = document.querySelector('.jx-decision-dialog .jx-ack-item textarea.ant-input-status-warning');
        if (el) { el.scrollIntoView({ block: 'center' }); el.focus(); }
      });
    });
    const isReturn = computed(() => props.decision === 'RETURN');
    const errors = computed(() => (isReturn.value ? [] : props.findings.filter((f) => f.severity === 'ERROR')));
    const warnings = computed(() => (isReturn.value ? [] : props.findings.filter((f) => f.severity === 'WARNING')));
    const needsNote = (f) => !props.explained[fkey(f)];
    // the rule the server applies (FormSteps.unacknowledged): a WARNING needs a note unless the filer's stands
    const ackRule = computed(() => {
      const n = warnings.value.length;
      const needed = warnings.value.filter(needsNote).length;
      if (needed === n) return `以下 ${n} 项警告需要逐项填写说明后才能继续：`;
      if (needed === 0) return `以下 ${n} 项警告填报人均已说明，可补充说明（可不填）：`;
      return `以下 ${n} 项警告中，${needed} 项需要填写说明后才能继续；填报人已说明的 ${n - needed} 项可补充说明（可不填）：`;
    });
    const missingNotes = computed(() => warnings.value.filter((f) => needsNote(f) && !(notes.value[fkey(f)] || '').trim()));
    const title = computed(() => {
      const label = actionLabel(props.decision, props.taskKey);
      // the unit head's approval carries the unit's seal
      return props.decision === 'APPROVE' && props.taskKey === 'unitReview' ? `${label}（加盖单位公章）` : label;
    });
    const orderMissing = computed(() => canRectify.value && rectify.value
      && (!(order.value.requirements || '').trim() || !order.value.due));
    const blocked = computed(() => errors.value.length > 0 || missingNotes.value.length > 0
      || (isReturn.value && !comment.value.trim()) || orderMissing.value);
    function ok() {
      if (blocked.value) return;
      const acknowledgedWarnings = warnings.value
        .map((f) => ({ code: f.code, path: f.path || '', note: (notes.value[fkey(f)] || '').trim() || props.explained[fkey(f)] || '' }))
        .filter((w) => w.note);
      const payload = { decision: props.decision, comment: comment.value.trim() || null, acknowledgedWarnings };
      if (isReturn.value && returnTargets.value.length) payload.returnTo = returnTo.value;
      if (canRectify.value && rectify.value) payload.rectification = { requirements: order.value.requirements.trim(), due: order.value.due };
      emit('confirm', payload);
    }
    function jump(f) { emit('update:open', false); emit('jump', f.path || ''); }
    const where = (p) => (p ? pathLabel(p, props.form) : '整张表');
    return { ackRule, canRectify, rectify, order, reasons, comment, notes, returnTo, returnTargets, isReturn, errors, warnings, needsNote, missingNotes, title, blocked, ok, jump, where, fkey };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" :title="title" :width="680" :confirm-loading="busy"
    :ok-text="isReturn ? '确认退回' : '确认' + title" cancel-text="取消" :ok-button-props="{ disabled: blocked, danger: isReturn }" @ok="ok"
    wrap-class-name="jx-decision-dialog">
    <div class="jx-dialog-body">
      <a-alert v-if="errors.length" type="error" show-icon style="margin-bottom: 12px"
        :message="'有 ' + errors.length + ' 项错误，修改后才能' + title">
        <template #description>
          <ul class="jx-plain-list" data-testid="blocking-errors">
            <li v-for="(f, i) in errors" :key="i"><a href="#" @click.prevent="jump(f)">{{ where(f.path) }}</a>：{{ f.message }}</li>
          </ul>
        </template>
      </a-alert>
      <div v-if="warnings.length" class="jx-ack" data-testid="warnings-to-ack">
        <div class="jx-ack-head" data-testid="warnings-rule">{{ ackRule }}</div>
        <div v-for="(f, i) in warnings" :key="fkey(f)" class="jx-ack-item">
          <div :id="'ack-' + i"><a-tag color="orange">警告</a-tag><a href="#" @click.prevent="jump(f)">{{ where(f.path) }}</a>：{{ f.message }}</div>
          <div v-if="explained[fkey(f)]" class="jx-ack-explained">填报人已说明：{{ explained[fkey(f)] }}</div>
          <a-textarea v-model:value="notes[fkey(f)]" :aria-labelledby="'ack-' + i" :auto-size="{ minRows: 1, maxRows: 3 }"
            :placeholder="needsNote(f) ? '请说明情况（必填）' : '补充说明（可不填）'" :status="needsNote(f) && !(notes[fkey(f)] || '').trim() ? 'warning' : ''" />
        </div>
      </div>
      <div v-if="isReturn && fieldComments.length" class="jx-ack">
        <div class="jx-ack-head">单元格批注 {{ fieldComments.length }} 条（随退回一并发送）：</div>
        <ul class="jx-plain-list"><li v-for="(c, i) in fieldComments" :key="i">{{ where(c.path) }}：{{ c.comment }}</li></ul>
      </div>
      <div v-if="isReturn && returnTargets.length" class="jx-return-to" data-testid="return-to">
        <span class="jx-return-to-label" id="decision-return-to">退回给：</span>
        <a-radio-group v-model:value="returnTo" aria-labelledby="decision-return-to">
          <a-radio v-for="t in returnTargets" :key="t.code" :value="t.code" :data-testid="'return-to-' + t.code">{{ t.label }}</a-radio>
        </a-radio-group>
      </div>
      <div v-if="canRectify" class="jx-ack" data-testid="decision-rectification">
        <a-checkbox v-model:checked="rectify" data-testid="decision-rectify">同时要求整改</a-checkbox>
        <a-alert v-if="!rectify && reasons.length" type="warning" show-icon style="margin-top: 8px" :message="'建议整改：' + reasons.join('；')" />
        <rectification-order-fields v-if="rectify" v-model="order" :reasons="reasons" style="margin-top: 8px" />
      </div>
      <label class="jx-field-label" for="decision-comment-input">{{ isReturn ? '退回意见（必填）' : '意见（可不填）' }}</label>
      <a-textarea id="decision-comment-input" v-model:value="comment" :auto-size="{ minRows: 2, maxRows: 5 }" data-testid="decision-comment"
        :placeholder="isReturn ? '请写明需要修改的内容' : ''" />
    </div>
  </a-modal>`,
};
