// A form's rectifications (整改): what is required by when, their state, the filer's 整改情况 with its evidence,
// the three steps (整改填报 → 单位审核 → 地区核验) for whoever holds the task, the history of each; and, on a signed
// form, the prefecture's button to require one (suggested where the result is weak).
import { api, showError } from '../api.js';
import { session, hasRole } from '../session.js';
import { date, dateTime, actionColor } from '../format.js';
import { actionLabel, taskLabel, taskOf } from '../meta.js';
import { completeTask } from '../composables/useTask.js';
import AttachmentPanel from './AttachmentPanel.js';
import RectificationOrderFields from './RectificationOrderFields.js';

const { ref, computed, watch, onMounted } = Vue;
const { message } = antd;

const STATUS_COLORS = { OPEN: 'orange', SUBMITTED: 'blue', ACCEPTED: 'green' };
/** Who may act on each step, and with which decisions (from /api/meta). */
const STEPS = Object.fromEntries(['rectify', 'rectifyReview', 'rectifyVerify'].map((key) => [key, {
  role: taskOf(key).role,
  decisions: taskOf(key).decisions.map((d) => (d.code === 'RETURN'
    ? { decision: d.code, label: d.label, danger: true } : { decision: d.code, label: d.label, type: 'primary' })),
}]));

export default {
  name: 'RectificationPanel',
  components: { AttachmentPanel, RectificationOrderFields },
  props: {
    formId: { type: [String, Number], required: true },
    record: { type: Object, required: true },
    suggestion: { type: Object, default: null },
  },
  emits: ['changed'],
  setup(props, { emit }) {
    const items = ref([]);
    const loading = ref(false);
    const reports = ref({});
    const busy = ref(false);
    const me = computed(() => session.user && session.user.username);

    async function load() {
      loading.value = true;
      try {
        items.value = await api.get(`/api/forms/${props.formId}/rectifications`, null, { silent: true }) || [];
        // what the filer is typing survives a reload (e.g. after an upload)
        reports.value = Object.fromEntries(items.value.map((r) => [r.id, reports.value[r.id] ?? (r.report || '')]));
      } catch (e) { items.value = []; } finally { loading.value = false; }
    }
    onMounted(load);
    watch(() => props.formId, load);

    const mayAct = (r) => {
      const t = r.task;
      if (!t || !STEPS[t.key] || !hasRole(STEPS[t.key].role)) return false;
      return t.key === 'rectify' ? t.assignee === me.value : (!t.assignee || t.assignee === me.value);
    };
    const writing = (r) => mayAct(r) && r.task.key === 'rectify';

    async function saveReport(r, quiet) {
      try {
        await api.put(`/api/rectifications/${r.id}`, { report: reports.value[r.id] || '' });
        if (!quiet) message.success('整改情况已保存');
        return true;
      } catch (e) { return false; }
    }

    // a decision, with the comment a return needs
    const deciding = ref(null); // { r, decision, label }
    const comment = ref('');
    function decide(r, d) {
      if (d.decision === 'RETURN' || d.decision === 'ACCEPT') { deciding.value = { r, ...d }; comment.value = ''; return; }
      finish(r, d.decision, null);
    }
    async function finish(r, decision, text) {
      busy.value = true;
      try {
        if (decision === 'SUBMIT' && !(await saveReport(r, true))) return;
        await completeTask(r.task, { decision, comment: text });
        message.success('已办理');
        deciding.value = null;
        await load();
        emit('changed');
      } catch (e) { showError(e); if (e.status === 409) load(); } finally { busy.value = false; }
    }

    // the prefecture requires one on a signed form
    const canRequire = computed(() => props.record.status === 'SIGNED'
      && (hasRole('PREFECTURE_REVIEWER') || hasRole('PREFECTURE_LEADER')));
    const requiring = ref(false);
    const order = ref({ requirements: '', due: null });
    function openRequire() { order.value = { requirements: '', due: null }; requiring.value = true; }
    async function sendRequire() {
      busy.value = true;
      try {
        await api.post(`/api/forms/${props.formId}/rectifications`, order.value);
        message.success('已要求整改，填报人会收到通知');
        requiring.value = false;
        await load();
        emit('changed');
      } catch (e) { /* shown */ } finally { busy.value = false; }
    }
    const reasons = computed(() => (props.suggestion && props.suggestion.reasons) || []);

    return {
      load, items, loading, reports, busy, mayAct, writing, saveReport, deciding, comment, decide, finish,
      canRequire, requiring, order, openRequire, sendRequire, reasons, STEPS, STATUS_COLORS,
      date, dateTime, actionLabel, actionColor, taskLabel,
    };
  },
  template: `
  <div class="jx-rectifications" data-testid="rectifications">
    <a-alert v-if="canRequire && reasons.length" type="warning" show-icon style="margin-bottom: 12px"
      :message="'建议整改：' + reasons.join('；')" />
    <div v-if="canRequire" style="margin-bottom: 12px">
      <a-button type="primary" @click="openRequire" data-testid="require-rectification">要求整改</a-button>
    </div>
    <a-spin :spinning="loading">
      <a-empty v-if="!items.length && !loading" description="没有整改要求" />
      <a-card v-for="r in items" :key="r.id" size="small" class="jx-rectification" :data-testid="'rectification-' + r.id">
        <template #title>
          <a-space wrap>
            <span>整改 #{{ r.id }}</span>
            <a-tag :color="STATUS_COLORS[r.status]" data-testid="rectification-status">{{ r.statusLabel }}</a-tag>
            <a-tag v-if="r.overdue && r.status !== 'ACCEPTED'" color="red">已逾期</a-tag>
            <span class="jx-muted">期限 {{ date(r.due) }}</span>
          </a-space>
        </template>
        <template #extra v-if="r.task"><span class="jx-muted">当前：{{ taskLabel(r.task.key, r.task.name) }}</span></template>
        <div class="jx-field-label">整改要求（{{ r.requiredBy }}，{{ dateTime(r.requiredAt) }}）</div>
        <p class="jx-pre">{{ r.requirements }}</p>
        <div class="jx-field-label">整改情况</div>
        <template v-if="writing(r)">
          <a-textarea v-model:value="reports[r.id]" :auto-size="{ minRows: 3, maxRows: 10 }" :maxlength="20000"
            placeholder="写明整改措施、完成情况和效果" data-testid="rectification-report" />
          <a-button size="small" style="margin-top: 6px" @click="saveReport(r)">保存</a-button>
        </template>
        <p v-else class="jx-pre">{{ r.report || '（尚未填写）' }}</p>
        <div class="jx-field-label">整改佐证材料</div>
        <attachment-panel :form-id="formId" :items="r.attachments" :editable="writing(r)" kind="RECTIFICATION" @changed="load" />
        <div v-if="mayAct(r)" class="jx-rectification-actions">
          <a-button v-for="d in STEPS[r.task.key].decisions" :key="d.decision" :type="d.type" :danger="d.danger" :loading="busy"
            @click="decide(r, d)" :data-testid="'rectification-' + d.decision">{{ d.label }}</a-button>
        </div>
        <a-collapse ghost style="margin-top: 8px">
          <a-collapse-panel key="h" :header="'整改记录 (' + r.history.length + ')'">
            <a-timeline>
              <a-timeline-item v-for="(h, i) in r.history" :key="i" :color="actionColor(h.action)">
                {{ dateTime(h.at) }} {{ h.actorName || h.actor }} {{ actionLabel(h.action, h.task) }}<span v-if="h.comment">：{{ h.comment }}</span>
              </a-timeline-item>
            </a-timeline>
          </a-collapse-panel>
        </a-collapse>
      </a-card>
    </a-spin>
    <a-modal :open="!!deciding" :title="deciding ? deciding.label : ''" ok-text="确认" cancel-text="取消" :confirm-loading="busy"
      :ok-button-props="{ disabled: deciding && deciding.decision === 'RETURN' && !comment.trim() }"
      @ok="finish(deciding.r, deciding.decision, comment.trim() || null)" @cancel="deciding = null">
      <div class="jx-field-label">{{ deciding && deciding.decision === 'RETURN' ? '退回意见（必填）' : '意见（可不填）' }}</div>
      <a-textarea v-model:value="comment" :auto-size="{ minRows: 2, maxRows: 5 }" data-testid="rectification-comment" />
    </a-modal>
    <a-modal :open="requiring" title="要求整改" ok-text="确认" cancel-text="取消" :confirm-loading="busy"
      :ok-button-props="{ disabled: !(order.requirements || '').trim() || !order.due }" @ok="sendRequire" @cancel="requiring = false">
      <rectification-order-fields v-model="order" :reasons="reasons" />
    </a-modal>
  </div>`,
};
