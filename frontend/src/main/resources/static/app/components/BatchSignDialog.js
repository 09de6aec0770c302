// Leaders sign many forms at once: one complete call per task (decision SIGN), results per form.
// Warnings still open on a form are acknowledged with the one note the leader gives.
import { api } from '../api.js';
import { completeTask } from '../composables/useTask.js';
import { period } from '../format.js';
import { typeLabel, statusLabel } from '../meta.js';

const { ref, watch, computed } = Vue;

export default {
  name: 'BatchSignDialog',
  props: { open: { type: Boolean, default: false }, tasks: { type: Array, default: () => [] } },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const rows = ref([]);
    const note = ref('');
    const comment = ref('');
    const running = ref(false);
    const finished = ref(false);
    watch(() => props.open, async (o) => {
      if (!o) return;
      note.value = '';
      comment.value = '';
      finished.value = false;
      rows.value = props.tasks.map((t) => ({ task: t, warnings: null, errors: null, state: 'wait', message: '' }));
      await Promise.all(rows.value.map(async (r) => {
        try {
          const rec = await api.get(`/api/forms/${r.task.formId}`, null, { silent: true });
          const fs = rec.findings || [];
          r.warnings = fs.filter((x) => x.severity === 'WARNING');
          r.errors = fs.filter((x) => x.severity === 'ERROR');
        } catch (e) { r.warnings = []; r.errors = []; }
      }));
    });
    const warningTotal = computed(() => rows.value.reduce((s, r) => s + (r.warnings ? r.warnings.length : 0), 0));
    const canRun = computed(() => !running.value && !finished.value && (warningTotal.value === 0 || note.value.trim()));
    async function run() {
      running.value = true;
      for (const r of rows.value) { // one after the other: each result is shown as it comes
        r.state = 'running';
        try {
          const ack = (list) => list.map((w) => ({ code: w.code, path: w.path || '', note: note.value.trim() }));
          const task = { id: r.task.taskId, assignee: r.task.assignee };
          const sign = (acks) => completeTask(task, { decision: 'SIGN', comment: comment.value.trim(), acknowledgedWarnings: acks });
          let res;
          try {
            res = await sign(ack(r.warnings || []));
          } catch (e) {
            // warnings only found at this step (cross-form rules): the leader's note covers them too
            const extra = e.status === 422 && e.findings.length && e.findings.every((f) => f.severity === 'WARNING');
            if (!extra || !note.value.trim()) throw e;
            task.assignee = task.assignee || 'me'; // claimed by the first attempt
            res = await sign(ack([...(r.warnings || []), ...e.findings]));
          }
          r.state = 'ok';
          r.message = statusLabel(res.status);
        } catch (e) {
          r.state = 'fail';
          const fs = e.findings.map((x) => x.message).slice(0, 2).join('；');
          r.message = `${e.message}${fs ? `：${fs}` : ''}`;
        }
      }
      running.value = false;
      finished.value = true;
      emit('done');
    }
    const okCount = computed(() => rows.value.filter((r) => r.state === 'ok').length);
    const failCount = computed(() => rows.value.filter((r) => r.state === 'fail').length);
    return { rows, note, comment, running, finished, warningTotal, canRun, run, okCount, failCount, period, typeLabel };
  },
  template: `
  <a-modal :open="open" @update:open="v => !running && $emit('update:open', v)" :title="'批量签发（' + rows.length + ' 张）'" :width="820"
    :mask-closable="false" :closable="!running" wrap-class-name="jx-batch-sign-dialog">
    <table class="jx-grid jx-batch jx-stack">
      <thead><tr><th>表单</th><th style="width: 150px">单位</th><th style="width: 90px">期间</th><th style="width: 90px">校验</th><th style="width: 220px">结果</th></tr></thead>
      <tbody>
        <tr v-for="(r, i) in rows" :key="i">
          <td data-label="表单">{{ typeLabel(r.task.formType) }} · {{ r.task.project }}</td>
          <td data-label="单位">{{ r.task.unit }}</td>
          <td data-label="期间">{{ period(r.task.formType, r.task.year, r.task.monitorMonth) }}</td>
          <td data-label="校验">
            <a-spin v-if="r.warnings === null" size="small" />
            <template v-else>
              <a-tag v-if="r.errors.length" color="red">错误 {{ r.errors.length }}</a-tag>
              <a-tag v-if="r.warnings.length" color="orange">警告 {{ r.warnings.length }}</a-tag>
              <span v-if="!r.errors.length && !r.warnings.length" class="jx-ok">无问题</span>
            </template>
          </td>
          <td data-label="结果" :data-testid="'batch-result-' + i">
            <span v-if="r.state === 'wait'" class="jx-muted">待签发</span>
            <a-spin v-else-if="r.state === 'running'" size="small" />
            <span v-else-if="r.state === 'ok'" class="jx-ok">✓ {{ r.message }}</span>
            <span v-else class="jx-bad">✗ {{ r.message }}</span>
          </td>
        </tr>
      </tbody>
    </table>
    <div v-if="!finished" style="margin-top: 12px">
      <label class="jx-field-label" for="batch-note" v-if="warningTotal">这些表单共有 {{ warningTotal }} 项警告，请统一说明（必填）：</label>
      <label class="jx-field-label" for="batch-note" v-else>警告说明（签发时如发现需说明的警告，将使用此说明；可不填）：</label>
      <a-textarea id="batch-note" v-model:value="note" :auto-size="{ minRows: 1, maxRows: 3 }" placeholder="如：已核实，情况属实" />
    </div>
    <div v-if="!finished" style="margin-top: 12px">
      <label class="jx-field-label" for="batch-comment">签发意见（可不填）</label>
      <a-input id="batch-comment" v-model:value="comment" placeholder="同意" />
    </div>
    <a-alert v-if="finished" style="margin-top: 12px" :type="failCount ? 'warning' : 'success'" show-icon
      :message="'签发完成：成功 ' + okCount + ' 张' + (failCount ? '，失败 ' + failCount + ' 张（可打开该表单单独处理）' : '')" />
    <template #footer>
      <a-button v-if="!finished" :disabled="running" @click="$emit('update:open', false)">取消</a-button>
      <a-button v-if="!finished" type="primary" :loading="running" :disabled="!canRun" @click="run" data-testid="batch-sign-run">签发</a-button>
      <a-button v-else type="primary" @click="$emit('update:open', false)">关闭</a-button>
    </template>
  </a-modal>`,
};
