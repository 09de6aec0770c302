// 一、基本情况: project, unit (the form's org, set by the server), fund, period and the 资金情况 table (预算数 / 到位数 / 执行数, 合计 / 主要来源 / 其他).
import { useSheet } from '../sheet.js';
import { MONTHS, pct } from '../format.js';
import { meta, options, mainSourceLabel } from '../meta.js';

const FUNDS = options(meta.funds);
import JField from './JField.js';
import JCell from './JCell.js';
import FillingNotes from './FillingNotes.js';

const { computed } = Vue;

export default {
  name: 'BasicInfoSection',
  components: { JField, JCell, FillingNotes },
  setup() {
    const sheet = useSheet();
    const type = computed(() => sheet.form.type);
    const rows = computed(() => {
      const out = [{ key: 'planned', label: type.value === 'TARGET' ? '年度资金总额' : '预算数（调整后）' }];
      if (type.value === 'MONITORING') out.push({ key: 'arrived', label: '到位数' });
      if (type.value !== 'TARGET') out.push({ key: 'executed', label: '执行数' });
      return out;
    });
    const mainLabel = computed(() => mainSourceLabel(type.value, sheet.form.fund));
    const c = computed(() => sheet.computedValues || {});
    const years = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() + 1 - i);
    return { sheet, type, rows, mainLabel, c, FUNDS, MONTHS, pct, years };
  },
  template: `
  <section class="jx-section">
    <h3 class="jx-section-title">一、基本情况</h3>
    <filling-notes section="basic" />
    <table class="jx-grid">
      <colgroup><col style="width: 130px"><col><col style="width: 110px"><col style="width: 260px"></colgroup>
      <tbody>
        <tr>
          <th>项目名称</th>
          <td colspan="3"><j-field path="project" label="项目名称" placeholder="如：喀什地区本级企业职工基本养老保险基金支出项目" /></td>
        </tr>
        <tr>
          <th>实施单位</th>
          <td><j-field path="unit" label="实施单位" readonly /></td>
          <th>险种</th>
          <td><j-field path="fund" label="险种" kind="select" :options="FUNDS" /></td>
        </tr>
        <tr>
          <th>年度</th>
          <td><j-field path="year" label="年度" kind="select" :options="years.map(y => ({ value: y, label: y + '年' }))" /></td>
          <template v-if="type === 'MONITORING'">
            <th>监控时点</th>
            <td><j-field path="monitorMonth" label="监控时点" kind="select" :options="MONTHS" placeholder="截至几月" /></td>
          </template>
          <template v-else>
            <th>金额单位</th>
            <td><span class="jx-ro">{{ sheet.form.amountUnit || '万元' }}</span></td>
          </template>
        </tr>
      </tbody>
    </table>

    <filling-notes section="budget" />
    <table class="jx-grid jx-money" data-testid="budget-table">
      <colgroup><col style="width: 130px"><col><col><col></colgroup>
      <thead>
        <tr><th>资金情况（{{ sheet.form.amountUnit || '万元' }}）</th><th>合计</th><th>{{ mainLabel }}</th><th>其他资金</th></tr>
      </thead>
      <tbody>
        <tr v-for="r in rows" :key="r.key">
          <th>{{ r.label }}</th>
          <td><j-field :path="'budget.' + r.key + '.total'" :label="r.label + '·合计'" kind="amount" /></td>
          <td><j-field :path="'budget.' + r.key + '.main'" :label="r.label + '·' + mainLabel" kind="amount" /></td>
          <td><j-field :path="'budget.' + r.key + '.other'" :label="r.label + '·其他'" kind="amount" /></td>
        </tr>
        <tr v-if="type !== 'TARGET'">
          <th>预算执行率</th>
          <td><j-field path="budget.executionRate" label="预算执行率（表上填写）" kind="percent" suffix="%" placeholder="表上如有填写" /></td>
          <td class="jx-computed-cell"><span class="jx-computed-label">系统计算</span> <b data-testid="computed-execution-rate">{{ pct(c.executionRate) }}</b></td>
          <td class="jx-computed-cell"><span class="jx-computed-label">时间进度</span> <b>{{ pct(c.timeProgress, 0) }}</b></td>
        </tr>
      </tbody>
    </table>
  </section>`,
};
