// 二、年度预期目标 with goal.actual under its name on this table (served by /api/meta), and 总体完成率.
import { useSheet } from '../sheet.js';
import { pct } from '../format.js';
import { goalActualLabel } from '../meta.js';
import JField from './JField.js';
import FillingNotes from './FillingNotes.js';

const { computed } = Vue;

export default {
  name: 'GoalSection',
  components: { JField, FillingNotes },
  setup() {
    const sheet = useSheet();
    const type = computed(() => sheet.form.type);
    const actualLabel = computed(() => goalActualLabel(type.value));
    const c = computed(() => sheet.computedValues || {});
    return { sheet, type, actualLabel, c, pct };
  },
  template: `
  <section class="jx-section">
    <h3 class="jx-section-title">二、{{ type === 'TARGET' ? '年度绩效目标' : '年度预期目标与' + actualLabel }}</h3>
    <filling-notes section="goal" />
    <table class="jx-grid">
      <colgroup><col style="width: 130px"><col></colgroup>
      <tbody>
        <tr>
          <th>{{ type === 'TARGET' ? '年度总体目标' : '年度预期目标' }}</th>
          <td><j-field path="goal.expected" label="年度预期目标" kind="textarea" :min-rows="2" /></td>
        </tr>
        <tr v-if="type !== 'TARGET'">
          <th>{{ actualLabel }}</th>
          <td><j-field path="goal.actual" :label="actualLabel" kind="textarea" :min-rows="2" /></td>
        </tr>
        <tr v-if="type === 'MONITORING'">
          <th>总体完成率</th>
          <td>
            <div class="jx-inline">
              <div style="width: 160px"><j-field path="goal.completionRate" label="总体完成率" kind="percent" suffix="%" /></div>
              <span class="jx-computed-label">按各指标完成率平均（系统计算）</span>
              <b data-testid="computed-overall">{{ pct(c.overallCompletionRate, 0) }}</b>
            </div>
          </td>
        </tr>
      </tbody>
    </table>
  </section>`,
};
