// Working together on a form: 催办 the step it waits at, 转办 one's own review task to a colleague, 抄送 the form.
// The server decides who may do what (404/403/409/422/429 with a Chinese message); the buttons only show
// where they can make sense.
import { api } from '../api.js';
import { session } from '../session.js';
import { actionLabel } from '../meta.js';

const { ref, computed } = Vue;
const { message } = antd;
const GROUP_TASKS = ['unitReview', 'prefectureReview', 'signOff'];

export default {
  name: 'CollabBar',
  props: {
    record: { type: Object, required: true }, // GET /api/forms/{id}
    mode: { type: String, required: true },
  },
  emits: ['changed'],
  setup(props, { emit }) {
    const me = computed(() => session.user && session.user.username);
    const task = computed(() => props.record.task || null);
    const canUrge = computed(() => !!task.value && task.value.assignee !== me.value && props.mode === 'view');
    const canTransfer = computed(() => !!task.value && GROUP_TASKS.includes(task.value.key)
      && (props.mode === 'review' || props.mode === 'signoff'));
    const open = ref(''); // urge | transfer | cc
    const note = ref('');
    const people = ref([]);
    const chosen = ref([]);
    const busy = ref(false);

    async function show(which) {
      open.value = which;
      note.value = '';
      chosen.value = [];
      people.value = [];
      try {
        if (which === 'transfer') people.value = await api.get(`/api/tasks/${task.value.id}/transfer-candidates`);
        if (which === 'cc') people.value = await api.get(`/api/forms/${props.record.id}/cc-candidates`);
      } catch (e) { open.value = ''; }
    }
    const options = computed(() => people.value.map((p) => ({
      value: p.username, label: p.org ? `${p.displayName}（${p.org}）` : `${p.displayName}（${p.username}）`,
    })));
    async function confirm() {
      busy.value = true;
      try {
        if (open.value === 'urge') {
          const r = await api.post(`/api/tasks/${task.value.id}/urge`, { comment: note.value || null });
          message.success(`已催办，通知了 ${r.notified} 人`);
        } else if (open.value === 'transfer') {
          await api.post(`/api/tasks/${task.value.id}/transfer`, { to: chosen.value, comment: note.value || null });
          message.success('已转办');
        } else {
          const r = await api.post(`/api/forms/${props.record.id}/cc`, { users: chosen.value, comment: note.value || null });
          message.success(r.copiedTo.length ? `已抄送 ${r.copiedTo.length} 人` : '所选人员此前已抄送过');
        }
        open.value = '';
        emit('changed');
      } catch (e) { /* the message is shown */ } finally { busy.value = false; }
    }
    // 催办 and 抄送 as the history names them (/api/meta)
    const title = computed(() => ({ urge: actionLabel('URGE'), transfer: '转办给同事', cc: actionLabel('CC') }[open.value] || ''));
    const ready = computed(() => open.value === 'urge' || (Array.isArray(chosen.value) ? chosen.value.length : !!chosen.value));
    return { task, canUrge, canTransfer, open, note, options, chosen, busy, show, confirm, title, ready, actionLabel };
  },
  template: `
  <span class="jx-collab-bar" data-testid="collab-bar">
    <a-button v-if="canUrge" size="small" @click="show('urge')" data-testid="btn-urge">{{ actionLabel('URGE') }}</a-button>
    <a-button v-if="canTransfer" size="small" @click="show('transfer')" data-testid="btn-transfer">转办</a-button>
    <a-button size="small" @click="show('cc')" data-testid="btn-cc">{{ actionLabel('CC') }}</a-button>
    <a-modal :open="!!open" @update:open="v => { if (!v) open = '' }" :title="title" ok-text="确定" cancel-text="取消"
      :ok-button-props="{ disabled: !ready }" :confirm-loading="busy" @ok="confirm" :width="480" data-testid="collab-dialog">
      <p v-if="open === 'urge' && task" class="jx-muted">提醒“{{ task.name }}”环节的处理人尽快办理（同一任务 24 小时内只能催办一次）。</p>
      <a-select v-if="open === 'transfer'" v-model:value="chosen" :options="options" placeholder="选择同岗同事" aria-label="转办给" style="width: 100%"
        not-found-content="本环节没有其他同岗人员" data-testid="transfer-to" />
      <a-select v-if="open === 'cc'" v-model:value="chosen" mode="multiple" :options="options" placeholder="选择本地区人员" aria-label="抄送给"
        option-filter-prop="label" style="width: 100%" data-testid="cc-users" />
      <a-textarea v-model:value="note" :maxlength="2000" :rows="3" style="margin-top: 12px"
        :placeholder="open === 'transfer' ? '转办说明（可选），如：本人休假' : '附言（可选）'" data-testid="collab-note" />
    </a-modal>
  </span>`,
};
