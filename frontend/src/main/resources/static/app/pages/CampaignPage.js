// One campaign for reviewers and leaders: the unit × fund matrix (未报 / the form's status, overdue, urged at),
// filters, 催办 of every unit behind or of the chosen ones, the 汇总表 export and closing the campaign.
import { api, download } from '../api.js';
import { period, date, shortDateTime, statusColor } from '../format.js';
import { meta, options, fundShort, fundLabel, statusLabel, typeLabel } from '../meta.js';
import StatusTag from '../components/StatusTag.js';

const FUNDS = options(meta.funds);
const ITEM_STATUSES = options(meta.itemStatuses).map((s) => ({ ...s, color: statusColor(s.value) }));

const { ref, reactive, computed, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;
const { message, Modal } = antd;

/** Not yet past unit review: what 催办 chases (the server decides; this only greys the checkboxes). */
const BEHIND = ['NOT_STARTED', 'DRAFT', 'RETURNED', 'UNIT_REVIEW'];

export default {
  name: 'CampaignPage',
  components: { StatusTag },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const id = route.params.id;
    const c = ref(null);
    const loading = ref(false);
    const failure = ref('');
    const f = reactive({ status: null, fund: null, unit: '', overdue: false });
    const chosen = ref([]);
    const busy = reactive({ urge: false, close: false });
    async function load() {
      loading.value = true;
      try { c.value = await api.get(`/api/campaigns/${id}`, null, { silent: true }); failure.value = ''; } catch (e) {
        failure.value = e.message;
      } finally { loading.value = false; }
    }
    onMounted(load);
    const funds = computed(() => FUNDS.filter((x) => c.value && c.value.items.some((i) => i.fund === x.value)));
    const units = computed(() => {
      if (!c.value) return [];
      const byUnit = new Map();
      c.value.items.forEach((i) => {
        if (!byUnit.has(i.unitId)) byUnit.set(i.unitId, { unitId: i.unitId, unit: i.unit, cells: {} });
        byUnit.get(i.unitId).cells[i.fund] = i;
      });
      const match = (i) => (!f.status || i.status === f.status) && (!f.fund || i.fund === f.fund) && (!f.overdue || i.overdue);
      return [...byUnit.values()]
        .filter((u) => (!f.unit || u.unit.includes(f.unit.trim())) && Object.values(u.cells).some(match))
        .map((u) => ({ ...u, behind: Object.values(u.cells).some((i) => BEHIND.includes(i.status)), urgedAt: Object.values(u.cells).map((i) => i.urgedAt).filter(Boolean).sort().pop() }));
    });
    const columns = computed(() => [
      { title: '单位', key: 'unit', fixed: 'left', width: 190 },
      ...funds.value.map((x) => ({ title: x.short, key: x.value, width: 104, align: 'center' })),
      { title: '催办时间', key: 'urged', width: 120 },
    ]);
    const rowSelection = computed(() => (c.value && c.value.status === 'OPEN' ? {
      selectedRowKeys: chosen.value,
      onChange: (keys) => { chosen.value = keys; },
      getCheckboxProps: (u) => ({ disabled: !u.behind, 'aria-label': `选择 ${u.unit}` }),
      columnWidth: 32,
    } : null));
    const statusOptions = computed(() => ITEM_STATUSES.filter((s) => c.value && c.value.counts[s.value]).map((s) => ({ value: s.value, label: `${s.label}（${c.value.counts[s.value]}）` })));
    const countTags = computed(() => (c.value ? ITEM_STATUSES.filter((s) => c.value.counts[s.value]).map((s) => ({ ...s, n: c.value.counts[s.value] })) : []));
    async function urge(unitIds) {
      busy.urge = true;
      try {
        const r = await api.post(`/api/campaigns/${id}/urge`, unitIds ? { unitIds } : {});
        message.success(`已催办 ${r.units.length} 个单位（通知 ${r.notified} 人）${r.skipped.length ? `；${r.skipped.length} 个单位近期已催办，未重复催办` : ''}`);
        chosen.value = [];
        load();
      } catch (e) { /* shown by api.js */ } finally { busy.urge = false; }
    }
    function close() {
      Modal.confirm({
        title: '关闭填报任务？', content: '关闭后不再催办；之后开始填报的项目记为补报。', okText: '关闭任务', cancelText: '取消',
        onOk: async () => {
          busy.close = true;
          try { c.value = await api.post(`/api/campaigns/${id}/close`); message.success('已关闭'); } catch (e) { /* shown */ } finally { busy.close = false; }
        },
      });
    }
    const exportSummary = () => download(`/api/campaigns/${id}/export`, { format: 'xlsx' }, '汇总表.xlsx');
    const open = (i) => { if (i && i.formId) router.push({ name: 'form', params: { id: i.formId } }); };
    return {
      c, loading, failure, f, funds, units, columns, rowSelection, chosen, statusOptions, countTags, busy,
      urge, close, exportSummary, open, fundShort, fundLabel, statusLabel, typeLabel, period, date, shortDateTime,
      fundOptions: computed(() => funds.value.map((x) => ({ value: x.value, label: x.label }))),
    };
  },
  template: `
  <div class="jx-page" data-testid="campaign">
    <a-alert v-if="failure" type="warning" show-icon :message="failure" />
    <template v-if="c">
    <div class="jx-toolbar">
      <a @click="$router.push({ name: 'campaigns' })">‹ 填报任务</a>
      <b class="jx-page-title" data-testid="campaign-title">{{ c.title }}</b>
      <a-tag :color="c.status === 'OPEN' ? 'blue' : 'default'">{{ c.status === 'OPEN' ? '进行中' : '已关闭' }}</a-tag>
      <span class="jx-muted">{{ period(c.type, c.year, c.monitorMonth) }} {{ typeLabel(c.type) }} · 截止 {{ date(c.due) }}</span>
    </div>
    <div class="jx-toolbar" data-testid="campaign-counts">
      <a-tag v-for="s in countTags" :key="s.value" :color="s.color" class="jx-clickable" @click="f.status = f.status === s.value ? null : s.value" :data-testid="'count-' + s.value">{{ s.label }} {{ s.n }}</a-tag>
      <a-tag v-if="c.overdue" color="red" class="jx-clickable" @click="f.overdue = !f.overdue">逾期 {{ c.overdue }}</a-tag>
    </div>
    <div class="jx-toolbar">
      <a-input-search v-model:value="f.unit" placeholder="单位" allow-clear style="width: 160px" />
      <a-select v-model:value="f.status" :options="statusOptions" placeholder="状态" aria-label="状态" allow-clear style="width: 130px" data-testid="filter-status" />
      <a-select v-model:value="f.fund" :options="fundOptions" placeholder="险种" aria-label="险种" allow-clear style="width: 170px" />
      <a-checkbox v-model:checked="f.overdue">只看逾期</a-checkbox>
      <span class="jx-spacer" />
      <template v-if="c.status === 'OPEN'">
        <a-button :disabled="!chosen.length" :loading="busy.urge" @click="urge(chosen)" data-testid="btn-urge-chosen">催办所选（{{ chosen.length }}）</a-button>
        <a-button :loading="busy.urge" @click="urge(null)" data-testid="btn-urge-all">催办全部未完成单位</a-button>
      </template>
      <a-button type="primary" ghost @click="exportSummary" data-testid="btn-export-summary">导出汇总表</a-button>
      <a-button v-if="c.manageable && c.status === 'OPEN'" danger :loading="busy.close" @click="close" data-testid="btn-close">关闭任务</a-button>
    </div>
    <a-table :columns="columns" :data-source="units" row-key="unitId" size="small" :loading="loading" :pagination="false"
             :row-selection="rowSelection" :scroll="{ x: 'max-content' }" bordered data-testid="campaign-matrix">
      <template #bodyCell="{ column, record: u }">
        <template v-if="column.key === 'unit'">{{ u.unit }}</template>
        <template v-else-if="column.key === 'urged'">
          <span v-if="u.urgedAt" class="jx-muted">{{ shortDateTime(u.urgedAt) }}</span><span v-else class="jx-muted">—</span>
        </template>
        <template v-else>
          <div v-if="u.cells[column.key]" :class="{ 'jx-clickable': u.cells[column.key].formId }" @click="open(u.cells[column.key])"
               :data-testid="'cell-' + u.unitId + '-' + column.key">
            <status-tag :status="u.cells[column.key].status" />
            <div v-if="u.cells[column.key].overdue" class="jx-overdue" style="font-size: 12px">逾期</div>
            <div v-else-if="u.cells[column.key].late" class="jx-muted" style="font-size: 12px">补报</div>
          </div>
          <span v-else class="jx-muted">—</span>
        </template>
      </template>
    </a-table>
    </template>
  </div>`,
};
