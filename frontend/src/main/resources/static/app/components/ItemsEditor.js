// Editable name → amount list for the report's 收入明细 / 支出明细 (an object keyed by item name).
import { useSheet } from '../sheet.js';
import { getAt, setAt } from '../form-model.js';
import { amount } from '../format.js';
import JCell from './JCell.js';

const { computed } = Vue;

export default {
  name: 'ItemsEditor',
  components: { JCell },
  props: { path: { type: String, required: true }, label: { type: String, default: '' } },
  setup(props) {
    const sheet = useSheet();
    const entries = computed(() => Object.entries(getAt(sheet.form, props.path) || {}));
    const sum = computed(() => entries.value.reduce((s, [, v]) => s + (Number(v) || 0), 0));
    function write(list) {
      setAt(sheet.form, props.path, Object.fromEntries(list));
    }
    function rename(i, name) {
      const list = entries.value.map((e) => [...e]);
      list[i][0] = name;
      write(list);
    }
    function revalue(i, v) {
      const list = entries.value.map((e) => [...e]);
      list[i][1] = v === '' || v === undefined ? null : v;
      write(list);
    }
    function add() {
      const list = entries.value.map((e) => [...e]);
      let name = '新项目';
      let n = 1;
      while (list.some(([k]) => k === name)) { n += 1; name = `新项目${n}`; }
      list.push([name, null]);
      write(list);
    }
    function remove(i) {
      const list = entries.value.map((e) => [...e]);
      list.splice(i, 1);
      write(list);
    }
    return { sheet, entries, sum, rename, revalue, add, remove, amount };
  },
  template: `
  <j-cell :path="path" :label="label" block>
    <table class="jx-items">
      <tbody>
        <tr v-for="([name, value], i) in entries" :key="i">
          <td>
            <a-input v-if="sheet.editable" size="small" :value="name" @change="e => rename(i, e.target.value)" />
            <span v-else>{{ name }}</span>
          </td>
          <td style="width: 150px">
            <a-input-number v-if="sheet.editable" size="small" :controls="false" style="width: 100%" :value="value" @update:value="v => revalue(i, v)" />
            <span v-else class="jx-ro-num">{{ amount(value) }}</span>
          </td>
          <td v-if="sheet.editable" style="width: 30px"><a-button type="text" size="small" danger @click="remove(i)">✕</a-button></td>
        </tr>
        <tr class="jx-items-sum"><td>明细合计</td><td class="jx-ro-num">{{ amount(sum) }}</td><td v-if="sheet.editable"></td></tr>
      </tbody>
    </table>
    <a-button v-if="sheet.editable" size="small" type="dashed" @click="add">＋ 添加明细</a-button>
  </j-cell>`,
};
