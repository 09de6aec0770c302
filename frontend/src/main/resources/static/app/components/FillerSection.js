// 填报人 and 联系电话 at the foot of every table.
import JField from './JField.js';

export default {
  name: 'FillerSection',
  components: { JField },
  template: `
  <table class="jx-grid jx-filler">
    <colgroup><col style="width: 130px"><col><col style="width: 110px"><col></colgroup>
    <tbody>
      <tr>
        <th>填报人</th><td><j-field path="filler.name" label="填报人" /></td>
        <th>联系电话</th><td><j-field path="filler.phone" label="联系电话" /></td>
      </tr>
    </tbody>
  </table>`,
};
