// The inbox: 待办 / 已办 / 我的填报, filters, counts, due dates (overdue in red), open, a new form for filers,
// and batch sign-off for leaders. One action per row: 处理 opens the task (deciding it claims it, and the form
// page has 领取/释放 for a role shared by colleagues), 查看 a form that is someone else's or done. On a phone
// the rows are cards (a table of ten columns was one character wide there).
import { api, toApiPage } from '../api.js';
import { session, hasRole } from '../session.js';
import { TYPE_COLORS, period, shortDateTime, shortDate, dueText } from '../format.js';
import { typeShort, fundShort, taskLabel } from '../meta.js';
import { useNarrow } from '../composables/useNarrow.js';
import FilterBar from '../components/FilterBar.js';
import StatusTag from '../components/StatusTag.js';
import NewFormDialog from '../components/NewFormDialog.js';
import BatchSignDialog from '../components/BatchSignDialog.js';
import ImportMenu from '../components/ImportMenu.js';
import CampaignPending from '../components/CampaignPending.js';

const { ref, reactive, computed, watch, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;

const PAGE_SIZE = 20;

const TASK_COLUMNS = [
  { title: '环节', key: 'task', width: 104 },
  { title: '表单 · 险种', key: 'type', width: 136 },
  { title: '单位', dataIndex: 'unit', key: 'unit', width: 160, ellipsis: true },
  { title: '项目', dataIndex: 'project', key: 'project', ellipsis: true },
  { title: '期间', key: 'period', width: 88 },
  { title: '状态', key: 'status', width: 84 },
  { title: '到达时间', key: 'created', width: 116 },
  { title: '截止日期', key: 'due', width: 150 },
  { title: '处理人', key: 'assignee', width: 86 },
  { title: '操作', key: 'ops', width: 64, fixed: 'right' },
];
const FORM_COLUMNS = [
  { title: '表单 · 险种', key: 'type', width: 136 },
  { title: '单位', dataIndex: 'unit', key: 'unit', width: 170, ellipsis: true },
  { title: '项目', dataIndex: 'project', key: 'project', ellipsis: true },
  { title: '期间', key: 'period', width: 88 },
  { title: '状态', key: 'status', width: 84 },
  { title: '校验', key: 'checks', width: 110 },
  { title: '截止日期', key: 'due', width: 150 },
  { title: '更新时间', key: 'updated', width: 116 },
  { title: '操作', key: 'ops', width: 64, fixed: 'right' },
];

export default {
  name: 'InboxPage',
  components: { FilterBar, StatusTag, NewFormDialog, BatchSignDialog, ImportMenu, CampaignPending },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const tab = ref(['todo', 'done', 'forms', 'cc'].includes(route.query.tab) ? route.query.tab : 'todo');
    const filters = reactive({
      type: route.query.type || null,
      year: route.query.year ? Number(route.query.year) : null,
      fund: route.query.fund || null,
      status: route.query.status || null,
      // the form list only: a keyword (project or unit) and a unit of the caller's scope
      q: route.query.q || null,
      unitId: route.query.unitId ? Number(route.query.unitId) : null,
    });
    const keyword = ref(filters.q || '');
    const units = ref([]);
    async function loadUnits() {
      if (units.value.length) return;
      try { units.value = (await api.get('/api/forms/units', null, { silent: true })).map((u) => ({ value: u.id, label: u.name })); } catch (e) { units.value = []; }
    }
    function onSearch() { onFilters({ q: keyword.value.trim() || null }); }
    const page = ref(1);
    const rows = ref([]);
    const total = ref(0);
    const counts = reactive({ todo: null, done: null, forms: null, cc: null });
    const loading = ref(false);
    const failure = ref('');
    const selected = ref([]);
    const newOpen = ref(false);
    const batchOpen = ref(false);

    const query = (extra) => ({
      type: filters.type, year: filters.year, fund: filters.fund, ...extra,
    });
    async function fetchTab(which, p, size) {
      if (which === 'cc') return api.get('/api/forms', { cc: 'me', page: toApiPage(p), size }, { silent: true });
      if (which === 'forms') return api.get('/api/forms', query({ status: filters.status, q: filters.q, unitId: filters.unitId, page: toApiPage(p), size }), { silent: true });
      return api.get('/api/tasks', query({ scope: which, page: toApiPage(p), size }), { silent: true });
    }
    async function load() {
      loading.value = true;
      failure.value = '';
      try {
        const res = await fetchTab(tab.value, page.value, PAGE_SIZE);
        // the task endpoint has no status filter: narrow this page on the client
        rows.value = !['forms', 'cc'].includes(tab.value) && filters.status ? res.items.filter((r) => r.status === filters.status) : res.items;
        total.value = res.total;
        counts[tab.value] = res.total;
      } catch (e) {
        rows.value = [];
        total.value = 0;
        failure.value = e.status === 404 ? '该列表的接口尚未提供' : e.message;
      } finally {
        loading.value = false;
      }
      selected.value = [];
      // the other tabs' counts
      ['todo', 'done', 'forms', 'cc'].filter((t) => t !== tab.value).forEach((t) => {
        fetchTab(t, 1, 1).then((r) => { counts[t] = r.total; }).catch(() => { counts[t] = null; });
      });
    }
    function syncUrl() {
      router.replace({ query: { tab: tab.value, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) } });
    }
    watch(tab, () => { page.value = 1; syncUrl(); load(); if (tab.value === 'forms') loadUnits(); });
    function onFilters(v) { Object.assign(filters, v); page.value = 1; syncUrl(); load(); }
    function onPage(p) { page.value = p; load(); }
    onMounted(() => { load(); if (tab.value === 'forms') loadUnits(); });

    const me = computed(() => session.user && session.user.username);
    const isLeader = computed(() => hasRole('PREFECTURE_LEADER'));
    const columns = computed(() => columnsFor(tab.value));
    const signable = (r) => tab.value === 'todo' && r.key === 'signOff' && (!r.assignee || r.assignee === me.value);
    const rowSelection = computed(() => (tab.value === 'todo' && isLeader.value ? {
      selectedRowKeys: selected.value,
      onChange: (keys) => { selected.value = keys; },
      getCheckboxProps: (r) => ({ disabled: !signable(r), 'aria-label': `选择 ${r.project || ''}` }),
      columnWidth: 36,
    } : null));
    const selectedTasks = computed(() => rows.value.filter((r) => selected.value.includes(r.taskId)));
    const signableCount = computed(() => rows.value.filter(signable).length);

    const narrow = useNarrow();
    /** The row's one action: 处理 for one's own or a still unclaimed task, else 查看. */
    const actionLabel = (r) => (tab.value === 'todo' && (!r.assignee || r.assignee === me.value) ? '处理' : '查看');
    function toggleSelected(r, on) {
      selected.value = on ? [...selected.value, r.taskId] : selected.value.filter((k) => k !== r.taskId);
    }
    // task rows (待办, 已办) name their form formId and its type formType; form rows (我的填报, 抄送我的) are
    // forms, with id and type; a rectification's task opens its form at the 整改 tab
    const formRows = () => ['forms', 'cc'].includes(tab.value);
    const openForm = (r) => router.push({ name: 'form', params: { id: formRows() ? r.id : r.formId },
      query: r.key && r.key.startsWith('rectify') ? { tab: 'rectifications' } : {} });
    const rowKey = (r) => (formRows() ? r.id : r.taskId);
    const typeOf = (r) => (formRows() ? r.type : r.formType);
    const formsTabLabel = hasRole('FILER') ? '我的填报' : (hasRole('UNIT_HEAD') ? '本单位表单' : '全部表单');
    const late = (r) => r.overdue;
    const customRow = (r) => ({ onDblclick: () => openForm(r), class: tab.value === 'todo' && late(r) ? 'jx-row-overdue' : '' });
    const columnsFor = (t) => (t === 'done' ? TASK_COLUMNS.map((c) => (c.key === 'created' ? { ...c, title: '办理时间' } : c)) : (['forms', 'cc'].includes(t) ? FORM_COLUMNS : TASK_COLUMNS));

    return {
      tab, filters, page, rows, total, counts, loading, failure, columns, rowSelection, selected, selectedTasks, signableCount,
      newOpen, batchOpen, isLeader, me, PAGE_SIZE, typeOf, narrow, actionLabel, toggleSelected, signable,
      keyword, units, onSearch, onFilters, onPage, load, openForm, rowKey, customRow, hasRole, late,
      typeShort, TYPE_COLORS, fundShort, period, taskLabel, shortDateTime, shortDate, dueText, formsTabLabel,
    };
  },
  template: `
  <div class="jx-page jx-inbox">
    <campaign-pending v-if="hasRole('FILER')" />
    <div class="jx-page-head">
      <a-tabs v-model:activeKey="tab" class="jx-inbox-tabs">
        <a-tab-pane key="todo"><template #tab>待办 <a-badge :count="counts.todo || 0" :number-style="{ backgroundColor: '#1677ff' }" :show-zero="false" /></template></a-tab-pane>
        <a-tab-pane key="done"><template #tab>已办 <span class="jx-muted" v-if="counts.done != null">{{ counts.done }}</span></template></a-tab-pane>
        <a-tab-pane key="forms"><template #tab>{{ formsTabLabel }} <span class="jx-muted" v-if="counts.forms != null">{{ counts.forms }}</span></template></a-tab-pane>
        <a-tab-pane key="cc"><template #tab>抄送我的 <span class="jx-muted" v-if="counts.cc">{{ counts.cc }}</span></template></a-tab-pane>
      </a-tabs>
      <span class="jx-spacer" />
      <import-menu v-if="hasRole('FILER')" />
      <a-button v-if="hasRole('FILER')" type="primary" @click="newOpen = true" data-testid="btn-new-form">＋ 新建填报</a-button>
    </div>
    <div class="jx-toolbar">
      <filter-bar :value="filters" @change="onFilters" />
      <template v-if="tab === 'forms'">
        <a-input-search v-model:value="keyword" placeholder="搜索项目或单位名称" allow-clear enter-button="搜索" style="width: 260px"
          @search="onSearch" data-testid="forms-search" />
        <a-select v-if="units.length > 1" :value="filters.unitId" @update:value="v => onFilters({ unitId: v ?? null })" :options="units"
          placeholder="单位" allow-clear show-search option-filter-prop="label" style="width: 220px" data-testid="forms-unit" />
      </template>
      <span class="jx-spacer" />
      <template v-if="tab === 'todo' && isLeader && signableCount">
        <span class="jx-muted">已选 {{ selected.length }} 张</span>
        <a-button type="primary" :disabled="!selected.length" @click="batchOpen = true" data-testid="btn-batch-sign">批量签发</a-button>
      </template>
      <a-button @click="load">刷新</a-button>
    </div>
    <a-alert v-if="failure" type="warning" show-icon :message="failure" style="margin-bottom: 8px" />
    <div v-if="narrow" class="jx-cards" data-testid="inbox-table">
      <a-spin :spinning="loading">
        <a-empty v-if="!rows.length && !loading" :description="tab === 'todo' ? '没有待办任务' : '暂无数据'" />
        <ul class="jx-card-list" :aria-label="tab === 'todo' ? '待办任务' : '表单'">
          <li v-for="r in rows" :key="rowKey(r)" class="jx-row-card" :class="{ 'jx-row-card-late': tab === 'todo' && late(r) }">
            <div class="jx-row-card-tags">
              <a-checkbox v-if="rowSelection" :checked="selected.includes(r.taskId)" :disabled="!signable(r)"
                :aria-label="'选择 ' + (r.project || '')" @update:checked="on => toggleSelected(r, on)" />
              <a-tag v-if="r.key" :color="r.key === 'correct' ? 'red' : 'blue'">{{ taskLabel(r.key, r.name) }}</a-tag>
              <a-tag :color="TYPE_COLORS[typeOf(r)]">{{ typeShort(typeOf(r)) }}</a-tag><span v-if="r.fund">{{ fundShort(r.fund) }}</span>
              <span class="jx-spacer" />
              <status-tag :status="r.status" />
            </div>
            <a class="jx-row-card-title" :href="'#/forms/' + (tab === 'forms' ? r.id : r.formId)" @click.prevent="openForm(r)" :title="r.project">{{ r.project || '（未填写项目名称）' }}</a>
            <div class="jx-row-card-meta">{{ r.unit }} · {{ period(typeOf(r), r.year, r.monitorMonth) }}</div>
            <div class="jx-row-card-foot">
              <span v-if="r.due && tab !== 'done' && r.status !== 'SIGNED'" :class="{ 'jx-overdue': late(r) }">截止 {{ dueText(r.due, r.overdue) }}</span>
              <span v-else-if="r.due">截止 {{ shortDate(r.due) }}</span>
              <span class="jx-spacer" />
              <a-button size="small" :type="actionLabel(r) === '处理' ? 'primary' : 'default'" @click="openForm(r)">{{ actionLabel(r) }}</a-button>
            </div>
          </li>
        </ul>
      </a-spin>
      <a-pagination v-if="total > PAGE_SIZE" simple :current="page" :page-size="PAGE_SIZE" :total="total" @change="onPage" class="jx-cards-pager" />
    </div>
    <a-table v-else :columns="columns" :data-source="rows" :row-key="rowKey" :loading="loading" size="small"
      :row-selection="rowSelection" :custom-row="customRow" :scroll="{ x: 1200 }"
      :pagination="{ current: page, pageSize: PAGE_SIZE, total, showTotal: t => '共 ' + t + ' 条', onChange: onPage, showSizeChanger: false, size: 'small' }"
      :locale="{ emptyText: tab === 'todo' ? '没有待办任务' : '暂无数据' }" data-testid="inbox-table">
      <template #bodyCell="{ column, record: r }">
        <template v-if="column.key === 'task'">
          <a-tag :color="r.key === 'correct' ? 'red' : 'blue'">{{ taskLabel(r.key, r.name) }}</a-tag>
        </template>
        <template v-else-if="column.key === 'type'"><a-tag :color="TYPE_COLORS[typeOf(r)]">{{ typeShort(typeOf(r)) }}</a-tag><span v-if="r.fund">{{ fundShort(r.fund) }}</span></template>
        <template v-else-if="column.key === 'checks'">
          <a-tag v-if="r.errors" color="red">错误 {{ r.errors }}</a-tag>
          <a-tag v-if="r.warnings" color="orange">警告 {{ r.warnings }}</a-tag>
          <span v-if="!r.errors && !r.warnings" class="jx-ok">✓</span>
        </template>
        <template v-else-if="column.key === 'project'"><a :href="'#/forms/' + (tab === 'forms' ? r.id : r.formId)" @click.prevent="openForm(r)" :title="r.project">{{ r.project || '（未填写项目名称）' }}</a></template>
        <template v-else-if="column.key === 'fund'">{{ fundShort(r.fund) }}</template>
        <template v-else-if="column.key === 'period'">{{ period(typeOf(r), r.year, r.monitorMonth) }}</template>
        <template v-else-if="column.key === 'status'"><status-tag :status="r.status" /></template>
        <template v-else-if="column.key === 'created'">{{ tab === 'done' && r.completed ? shortDateTime(r.completed) : shortDateTime(r.created) }}</template>
        <template v-else-if="column.key === 'updated'">{{ shortDateTime(r.updatedAt) }}</template>
        <template v-else-if="column.key === 'due'">
          <span v-if="r.due && tab === 'done'">{{ shortDate(r.due) }}</span>
          <span v-else-if="r.due && r.status !== 'SIGNED'" :class="{ 'jx-overdue': late(r) }">{{ dueText(r.due, r.overdue, r.created) }}</span>
          <span v-else-if="r.due">{{ shortDate(r.due) }}</span>
          <span v-else class="jx-muted">—</span>
        </template>
        <template v-else-if="column.key === 'assignee'">
          <span v-if="r.assignee">{{ r.assignee === me ? '我' : r.assignee }}</span>
          <span v-else class="jx-muted">待领取</span>
        </template>
        <template v-else-if="column.key === 'ops'">
          <a :href="'#/forms/' + (tab === 'forms' ? r.id : r.formId)" @click.prevent="openForm(r)">{{ actionLabel(r) }}</a>
        </template>
      </template>
    </a-table>
    <new-form-dialog v-model:open="newOpen" />
    <batch-sign-dialog v-model:open="batchOpen" :tasks="selectedTasks" @done="load" />
  </div>`,
};
