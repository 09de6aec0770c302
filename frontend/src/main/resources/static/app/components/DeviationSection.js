// 四、偏差原因分析 and 五、采取的措施 (monitoring and self-evaluation).
import { useSheet } from '../sheet.js';
import { DEVIATION_CATEGORIES } from '../meta.js';
import JField from './JField.js';

const { computed } = Vue;

export default {
  name: 'DeviationSection',
  components: { JField },
  setup() {
    const sheet = useSheet();
    const required = computed(() => !!(sheet.computedValues && sheet.computedValues.deviationRequired));
    const isEval = computed(() => sheet.form.type === 'EVALUATION');
    return { sheet, required, isEval, DEVIATION_CATEGORIES };
  },
  template: `
  <section class="jx-section">
    <h3 class="jx-section-title">四、偏差原因分析　五、{{ isEval ? '改进措施' : '采取的措施' }}
      <a-tag v-if="required" color="red" style="margin-left: 8px">执行率或指标完成明显偏离进度，须说明偏差原因和措施</a-tag>
    </h3>
    <table class="jx-grid">
      <colgroup><col style="width: 130px"><col></colgroup>
      <tbody>
        <tr>
          <th>偏差原因分类</th>
          <td><j-field path="deviation.categories" label="偏差原因分类" kind="checkboxes" :options="DEVIATION_CATEGORIES" /></td>
        </tr>
        <tr>
          <th :class="{ 'jx-required': required }">偏差原因</th>
          <td><j-field path="deviation.reason" label="偏差原因" kind="textarea" :min-rows="2" placeholder="未发生偏差可填“无”；执行率或指标明显落后于时间进度时须说明原因" /></td>
        </tr>
        <tr>
          <th :class="{ 'jx-required': required }">{{ isEval ? '改进措施' : '采取的措施' }}</th>
          <td><j-field path="deviation.measures" label="采取的措施" kind="textarea" :min-rows="2" /></td>
        </tr>
      </tbody>
    </table>
  </section>`,
};
