// The dashboard for reviewers and leaders: unit × fund matrix of status for a year and period,
// charts (completion or score, execution rate, counts by status) and the overdue list.
import { api } from '../api.js';
import { MONTHS, YEARS, STATUS_CHART_COLORS, pct, score } from '../format.js';
import { meta, options, fundShort, fundLabel, statusLabel, typeLabel } from '../meta.js';

const FORM_TYPES = options(meta.formTypes);
import StatusTag from '../components/StatusTag.js';
import EChart from '../components/EChart.js';

const { ref, reactive, computed, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;

export default {
  name: 'DashboardPage',
  components: { StatusTag, EChart },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const now = new Date();
    const q = route.query;
    const f = reactive({
      year: q.year ? Number(q.year) : now.getFullYear(),
      type: ['TARGET', 'MONITORING', 'EVALUATION'].includes(q.type) ? q.type : 'MONITORING',
      monitorMonth: q.monitorMonth ? Number(q.monitorMonth) : null,
    });
    const fromUrl = !!q.year;
    const rows = ref([]);
    const loading = ref(false);
    const failure = ref('');
    const fetchRows = async (year) => {
      const res = await api.get('/api/dashboard', { year, type: f.type, monitorMonth: f.type === 'MONITORING' ? f.monitorMonth : null }, { silent: true });
      return res.rows;
    };
    const notice = ref('');
    async function load() {
      router.replace({ query: { year: f.year, type: f.type, ...(f.type === 'MONITORING' && f.monitorMonth ? { monitorMonth: f.monitorMonth } : {}) } });
      loading.value = true;
      failure.value = '';
      notice.value = '';
      try {
        rows.value = await fetchRows(f.year);
      } catch (e) {
        rows.value = [];
        failure.value = e.status === 404 ? '统计接口尚未提供' : e.message;
      } finally { loading.value = false; }
    }
    /** On first open, an empty current year falls back to the latest year that has forms. */
    async function firstLoad() {
      await load();
      if (rows.value.length || failure.value || fromUrl) return;
      for (let y = f.year - 1; y >= f.year - 7; y -= 1) {
        try {
          const found = await fetchRows(y); // eslint-disable-line no-await-in-loop
          if (found.length) {
            f.year = y;
            rows.value = found;
            router.replace({ query: { ...route.query, year: y } });
            notice.value = `${now.getFullYear()}年暂无数据，已显示最近有数据的${y}年`;
            return;
          }
        } catch (e) { return; }
      }
    }
    onMounted(firstLoad);

    const isEval = computed(() => f.type === 'EVALUATION');
    const units = computed(() => {
      const m = new Map();
      rows.value.forEach((r) => { const k = r.unitId; if (!m.has(k)) m.set(k, { key: k, unit: r.unit }); });
      return [...m.values()];
    });
    const funds = computed(() => [...new Set(rows.value.map((r) => r.fund).filter(Boolean))]);
    /** The forms of one unit and fund (several when the period holds more than one month or project). */
    const cellRows = (u, fund) => rows.value.filter((r) => r.unitId === u.key && r.fund === fund);
    // a 未报 cell (a campaign item nobody has started) opens its campaign
    const open = (r) => {
      if (r && r.formId) router.push({ name: 'form', params: { id: r.formId } });
      else if (r && r.campaignId) router.push({ name: 'campaign', params: { id: r.campaignId } });
    };
    const metric = (r) => (isEval.value ? r.score : r.completion);
    const metricText = (r) => (isEval.value ? score(r.score) : pct(r.completion, 0));
    const filed = computed(() => rows.value.filter((r) => r.formId));
    const hasMetric = computed(() => filed.value.some((r) => metric(r) !== null && metric(r) !== undefined));
    const overdue = computed(() => rows.value.filter((r) => r.overdue && r.status !== 'SIGNED'));
    const label = (r) => `${r.unit}·${fundShort(r.fund)}`;

    const completionOption = computed(() => {
      const data = filed.value.filter((r) => metric(r) !== null && metric(r) !== undefined);
      return {
        title: { text: isEval.value ? '自评得分' : '总体完成率（%）', textStyle: { fontSize: 13 } },
        grid: { left: 196, right: 44, top: 30, bottom: 20 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', max: isEval.value ? 100 : null },
        yAxis: { type: 'category', data: data.map(label), axisLabel: { width: 186, overflow: 'truncate' } },
        series: [{
          type: 'bar', data: data.map((r) => ({ value: metric(r), formId: r.formId })), barMaxWidth: 18,
          itemStyle: { color: '#1677ff' }, label: { show: true, position: 'right', formatter: (p) => (isEval.value ? Number(p.value).toFixed(1) : `${Math.round(p.value)}%`) },
          markLine: isEval.value ? undefined : { symbol: 'none', data: f.monitorMonth ? [{ xAxis: Math.round((f.monitorMonth / 12) * 100), name: '时间进度' }] : [], label: { formatter: '时间进度' } },
        }],
      };
    });
    /** 执行率 of a row: as given, or executed / planned (the dashboard rows carry both totals). */
    const execRate = (r) => {
      if (r.executionRate !== undefined && r.executionRate !== null) return Number(r.executionRate);
      if (r.executedTotal === null || r.executedTotal === undefined || !Number(r.plannedTotal)) return null;
      return Math.round((Number(r.executedTotal) / Number(r.plannedTotal)) * 10000) / 100;
    };
    const hasExecution = computed(() => filed.value.some((r) => execRate(r) !== null));
    const executionOption = computed(() => {
      const data = filed.value.filter((r) => execRate(r) !== null);
      return {
        title: { text: '预算执行率（%）', textStyle: { fontSize: 13 } },
        grid: { left: 196, right: 44, top: 30, bottom: 20 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: data.map(label), axisLabel: { width: 186, overflow: 'truncate' } },
        series: [{ type: 'bar', data: data.map((r) => ({ value: execRate(r), formId: r.formId })), barMaxWidth: 18, itemStyle: { color: '#13c2c2' },
          label: { show: true, position: 'right', formatter: (p) => `${Number(p.value).toFixed(1)}%` } }],
      };
    });
    const statusOption = computed(() => {
      const counts = {};
      rows.value.forEach((r) => { const k = r.status || 'NONE'; counts[k] = (counts[k] || 0) + 1; });
      const keys = [...meta.itemStatuses.map((s) => s.code), 'NONE'].filter((k) => counts[k]);
      return {
        title: { text: '各状态表单数（含未报）', textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'item', formatter: '{b}：{c} 张（{d}%）' },
        legend: { bottom: 0, type: 'scroll' },
        series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '48%'],
          data: keys.map((k) => ({ name: k === 'NONE' ? '未填报' : statusLabel(k), value: counts[k], itemStyle: { color: STATUS_CHART_COLORS[k] } })),
          label: { formatter: '{b} {c}' } }],
      };
    });
    const onChartClick = (p) => { if (p && p.data && p.data.formId) open({ formId: p.data.formId }); };
    const summary = computed(() => ({
      total: rows.value.length,
      signed: rows.value.filter((r) => r.status === 'SIGNED').length,
      inProcess: rows.value.filter((r) => r.status && r.status !== 'SIGNED' && r.status !== 'NOT_STARTED').length,
      notStarted: rows.value.filter((r) => r.status === 'NOT_STARTED').length,
      overdue: overdue.value.length,
      errors: rows.value.reduce((s, r) => s + (r.errors || 0), 0),
    }));
    return {
      f, rows, loading, failure, notice, load, units, funds, cellRows, open, hasMetric, metricText, overdue, isEval, summary,
      completionOption, executionOption, statusOption, hasExecution, onChartClick,
      FORM_TYPES, MONTHS, YEARS, fundShort, fundLabel, typeLabel,
    };
  },
  template: `
  <div class="jx-page jx-dashboard">
    <div class="jx-toolbar">
      <b class="jx-page-title">统计看板</b>
      <a-select v-model:value="f.year" :options="YEARS" style="width: 100px" @change="load" aria-label="年度" />
      <a-select v-model:value="f.type" :options="FORM_TYPES" style="width: 150px" @change="load" aria-label="表单类型" />
      <a-select v-if="f.type === 'MONITORING'" v-model:value="f.monitorMonth" :options="MONTHS" placeholder="监控时点（全部）" aria-label="监控时点" allow-clear style="width: 150px" @change="load" />
      <span class="jx-spacer" />
      <span class="jx-dash-kpi">共 <b>{{ summary.total }}</b> 项 · 已签发 <b class="jx-ok">{{ summary.signed }}</b> · 办理中 <b>{{ summary.inProcess }}</b> · 未报 <b class="jx-bad" data-testid="kpi-not-started">{{ summary.notStarted }}</b> · 逾期 <b class="jx-bad">{{ summary.overdue }}</b> · 未解决错误 <b class="jx-bad">{{ summary.errors }}</b></span>
      <a-button @click="load" :loading="loading">刷新</a-button>
    </div>
    <a-alert v-if="failure" type="warning" show-icon :message="failure" style="margin-bottom: 8px" />
    <a-alert v-if="notice" type="info" show-icon closable :message="notice" style="margin-bottom: 8px" />
    <a-spin :spinning="loading">
      <div class="jx-dash-grid">
        <div class="jx-card jx-dash-matrix">
          <div class="jx-card-title">单位 × 险种 办理状态（{{ f.year }}年 {{ typeLabel(f.type) }}）</div>
          <a-empty v-if="!rows.length" description="该期间暂无数据" />
          <div v-else class="jx-table-scroll" tabindex="0" role="region" aria-label="单位 × 险种 办理状态">
            <table class="jx-grid jx-matrix" data-testid="dashboard-matrix">
              <thead><tr><th style="width: 200px">单位</th><th v-for="fd in funds" :key="fd" :title="fundLabel(fd)">{{ fundShort(fd) }}</th></tr></thead>
              <tbody>
                <tr v-for="u in units" :key="u.key">
                  <th>{{ u.unit }}</th>
                  <td v-for="fd in funds" :key="fd">
                    <div v-for="(r, i) in cellRows(u, fd)" :key="r.formId || 'c' + i" class="jx-matrix-item jx-clickable" :class="{ 'jx-matrix-overdue': r.overdue && r.status !== 'SIGNED' }"
                      @click="open(r)" @keydown.enter="open(r)" role="link" tabindex="0" :title="r.monitorMonth ? r.monitorMonth + '月' : ''">
                      <status-tag :status="r.status" />
                      <span v-if="r.monitorMonth && !f.monitorMonth" class="jx-muted">{{ r.monitorMonth }}月</span>
                      <div v-if="r.formId" class="jx-matrix-sub">
                        <span>{{ metricText(r) }}</span>
                        <a-tag v-if="r.errors" color="red" class="jx-mini-tag">错{{ r.errors }}</a-tag>
                        <a-tag v-if="r.warnings" color="orange" class="jx-mini-tag">警{{ r.warnings }}</a-tag>
                        <a-tag v-if="r.overdue && r.status !== 'SIGNED'" color="red" class="jx-mini-tag">逾期</a-tag>
                      </div>
                    </div>
                    <span v-if="!cellRows(u, fd).length" class="jx-muted">—</span>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
        <div class="jx-card">
          <e-chart v-if="rows.length" :option="statusOption" height="250px" data-testid="chart-status" />
          <a-empty v-else description="暂无数据" />
        </div>
        <div class="jx-card">
          <e-chart v-if="hasMetric" :option="completionOption" :height="Math.max(250, rows.length * 26 + 60) + 'px'" @chart-click="onChartClick" data-testid="chart-completion" />
          <a-empty v-else :description="isEval ? '暂无自评得分' : '暂无完成率数据'" />
        </div>
        <div class="jx-card">
          <e-chart v-if="hasExecution" :option="executionOption" :height="Math.max(250, rows.length * 26 + 60) + 'px'" @chart-click="onChartClick" />
          <a-empty v-else description="暂无执行率数据" />
        </div>
        <div class="jx-card jx-dash-overdue">
          <div class="jx-card-title">逾期未办（{{ overdue.length }}）</div>
          <a-empty v-if="!overdue.length" description="没有逾期的表单" />
          <ul v-else class="jx-plain-list">
            <li v-for="(r, i) in overdue" :key="i"><a href="#" @click.prevent="open(r)">{{ r.unit }} · {{ fundLabel(r.fund) }}</a> <status-tag :status="r.status" /></li>
          </ul>
        </div>
      </div>
    </a-spin>
  </div>`,
};
