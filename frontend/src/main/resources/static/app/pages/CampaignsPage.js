// 填报任务: the campaigns of the user's scope (who has not filed yet, per campaign) and, for reviewers and the
// system administrator, issuing a new one (by default to every active unit with its registered funds).
import { api } from '../api.js';
import { MONTHS, YEARS, period, date } from '../format.js';
import { meta, options, typeLabel } from '../meta.js';
import { hasRole } from '../session.js';

const FORM_TYPES = options(meta.formTypes);

const { ref, reactive, computed, onMounted } = Vue;
const { useRouter } = VueRouter;
const { message } = antd;

export default {
  name: 'CampaignsPage',
  setup() {
    const router = useRouter();
    const f = reactive({ year: null, type: null, status: 'OPEN' });
    const rows = ref([]);
    const loading = ref(false);
    async function load() {
      loading.value = true;
      try { rows.value = await api.get('/api/campaigns', f); } catch (e) { rows.value = []; } finally { loading.value = false; }
    }
    onMounted(load);
    const canIssue = hasRole('PREFECTURE_REVIEWER', 'SYSTEM_ADMIN');
    const isAdmin = hasRole('SYSTEM_ADMIN');
    const scopes = ref([]);
    const issue = reactive({ open: false, busy: false, type: 'TARGET', year: new Date().getFullYear(), monitorMonth: null, due: null, title: '', prefectureId: null });
    async function openIssue() {
      Object.assign(issue, { open: true, title: '', due: null });
      if (isAdmin && !scopes.value.length) {
        const tree = await api.get('/api/admin/orgs');
        scopes.value = tree.flatMap((r) => [{ value: r.id, label: `${r.name}（全区）` }, ...(r.children || []).filter((c) => c.level === 'PREFECTURE').map((c) => ({ value: c.id, label: c.name }))]);
        issue.prefectureId = scopes.value.length ? scopes.value[0].value : null;
      }
    }
    async function submitIssue() {
      issue.busy = true;
      try {
        const created = await api.post('/api/campaigns', {
          type: issue.type, year: issue.year, monitorMonth: issue.type === 'MONITORING' ? issue.monitorMonth : null,
          due: issue.due, title: issue.title || null, prefectureId: isAdmin ? issue.prefectureId : null,
        });
        message.success(`已下达：${created.title}（${created.items.length} 项）`);
        issue.open = false;
        router.push({ name: 'campaign', params: { id: created.id } });
      } catch (e) { /* shown by api.js */ } finally { issue.busy = false; }
    }
    const columns = [
      { title: '填报任务', dataIndex: 'title', key: 'title', ellipsis: true },
      { title: '期次', key: 'period', width: 150 },
      { title: '截止日期', key: 'due', width: 130 },
      { title: '未报 / 全部', key: 'progress', width: 120 },
      { title: '逾期', dataIndex: 'overdue', key: 'overdue', width: 70 },
      { title: '状态', key: 'status', width: 80 },
    ];
    const customRow = (r) => ({ onClick: () => router.push({ name: 'campaign', params: { id: r.id } }), class: 'jx-clickable' });
    return { f, rows, loading, load, canIssue, isAdmin, scopes, issue, openIssue, submitIssue, columns, customRow, FORM_TYPES, MONTHS, YEARS, typeLabel, period, date };
  },
  template: `
  <div class="jx-page" data-testid="campaigns">
    <div class="jx-toolbar">
      <b class="jx-page-title">填报任务</b>
      <a-select v-model:value="f.type" :options="FORM_TYPES" placeholder="表单类型" aria-label="表单类型" allow-clear style="width: 140px" @change="load" />
      <a-select v-model:value="f.year" :options="YEARS" placeholder="年度" aria-label="年度" allow-clear style="width: 100px" @change="load" />
      <a-select v-model:value="f.status" :options="[{ value: 'OPEN', label: '进行中' }, { value: 'CLOSED', label: '已关闭' }]" placeholder="状态" aria-label="状态" allow-clear style="width: 100px" @change="load" />
      <span class="jx-spacer" />
      <a-button v-if="canIssue" type="primary" @click="openIssue" data-testid="btn-issue">＋ 下达填报任务</a-button>
    </div>
    <a-table :columns="columns" :data-source="rows" row-key="id" size="small" :loading="loading" :pagination="false"
             :custom-row="customRow" :scroll="{ x: 720 }" :locale="{ emptyText: '暂无填报任务' }" data-testid="campaigns-table">
      <template #bodyCell="{ column, record: r }">
        <template v-if="column.key === 'period'">{{ period(r.type, r.year, r.monitorMonth) }} {{ typeLabel(r.type) }}</template>
        <template v-else-if="column.key === 'due'">{{ date(r.due) }}</template>
        <template v-else-if="column.key === 'progress'"><b :class="{ 'jx-bad': r.notStarted }">{{ r.notStarted }}</b> / {{ r.items }}</template>
        <template v-else-if="column.key === 'overdue'"><span :class="{ 'jx-overdue': r.overdue }">{{ r.overdue }}</span></template>
        <template v-else-if="column.key === 'status'"><a-tag :color="r.status === 'OPEN' ? 'blue' : 'default'">{{ r.status === 'OPEN' ? '进行中' : '已关闭' }}</a-tag></template>
      </template>
    </a-table>
    <a-modal v-model:open="issue.open" title="下达填报任务" ok-text="下达" :confirm-loading="issue.busy" @ok="submitIssue" data-testid="issue-dialog">
      <a-form layout="vertical">
        <a-form-item v-if="isAdmin" label="范围"><a-select v-model:value="issue.prefectureId" :options="scopes" /></a-form-item>
        <a-form-item label="表单类型"><a-select v-model:value="issue.type" :options="FORM_TYPES" data-testid="issue-type" /></a-form-item>
        <div class="jx-inline">
          <a-form-item label="年度"><a-select v-model:value="issue.year" :options="YEARS" style="width: 110px" data-testid="issue-year" /></a-form-item>
          <a-form-item v-if="issue.type === 'MONITORING'" label="监控时点"><a-select v-model:value="issue.monitorMonth" :options="MONTHS" :virtual="false" style="width: 90px" data-testid="issue-month" /></a-form-item>
          <a-form-item label="截止日期"><a-date-picker v-model:value="issue.due" value-format="YYYY-MM-DD" data-testid="issue-due" /></a-form-item>
        </div>
        <a-form-item label="任务名称（可不填）"><a-input v-model:value="issue.title" placeholder="默认：范围 + 期次 + 表单类型" :maxlength="200" /></a-form-item>
        <div class="jx-muted">发给范围内每个在用单位及其在“单位险种”中登记的险种；截止日期即各表的截止日期，到期前提醒、逾期标记随之调整。</div>
      </a-form>
    </a-modal>
  </div>`,
};
