// 绩效评价报告 beside the self-evaluation table: fund income/expense, the budget figures the report
// measures against, and the six report sections.
import { REPORT_SECTIONS } from '../meta.js';
import JField from './JField.js';
import ItemsEditor from './ItemsEditor.js';

export default {
  name: 'ReportSection',
  components: { JField, ItemsEditor },
  setup() {
    return { REPORT_SECTIONS };
  },
  template: `
  <section class="jx-section">
    <h3 class="jx-section-title">绩效评价报告</h3>
    <table class="jx-grid jx-money">
      <colgroup><col style="width: 150px"><col><col style="width: 150px"><col></colgroup>
      <tbody>
        <tr><th colspan="4" class="jx-subhead">基金收支情况（万元）</th></tr>
        <tr>
          <th>收入合计</th><td><j-field path="report.fund.income" label="收入合计" kind="amount" /></td>
          <th>支出合计</th><td><j-field path="report.fund.expense" label="支出合计" kind="amount" /></td>
        </tr>
        <tr>
          <th>收入明细</th><td><items-editor path="report.fund.incomeItems" label="收入明细" /></td>
          <th>支出明细</th><td><items-editor path="report.fund.expenseItems" label="支出明细" /></td>
        </tr>
        <tr>
          <th>本年收支结余</th><td><j-field path="report.fund.balance" label="本年收支结余" kind="amount" /></td>
          <th>年末滚存结余</th><td><j-field path="report.fund.accumulated" label="年末滚存结余" kind="amount" /></td>
        </tr>
        <tr><th colspan="4" class="jx-subhead">预算完成情况</th></tr>
        <tr>
          <th>预算支出总额</th><td><j-field path="report.budgetedExpense" label="预算支出总额" kind="amount" /></td>
          <th>支出总额</th><td><j-field path="report.executedExpense" label="支出总额（报告）" kind="amount" /></td>
        </tr>
        <tr>
          <th>完成预算的</th><td><j-field path="report.budgetCompletionPct" label="完成预算比例" kind="percent" suffix="%" /></td>
          <th>上年支出</th><td><j-field path="report.previousYearExpense" label="上年支出" kind="amount" /></td>
        </tr>
      </tbody>
    </table>
    <table class="jx-grid">
      <colgroup><col style="width: 150px"><col></colgroup>
      <tbody>
        <tr v-for="s in REPORT_SECTIONS" :key="s.code">
          <th>{{ s.label }}</th>
          <td><j-field :path="'report.sections.' + s.code" :label="s.label" kind="textarea" :min-rows="2" :max-rows="12" /></td>
        </tr>
      </tbody>
    </table>
  </section>`,
};
