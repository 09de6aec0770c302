// 三级指标 name cell with the prefecture's 指标库 as suggestions (issue 18): typing offers the indicators signed
// forms of the prefecture used (most used first); choosing one fills the row's 一级/二级指标 and puts the usual
// unit after a bare number (or alone) in the 指标值 cell. Read-only sheets show the plain JField.
import { api } from '../api.js';
import { useSheet } from '../sheet.js';
import { getAt, setAt } from '../form-model.js';
import JCell from './JCell.js';
import JField from './JField.js';

const { computed, ref } = Vue;
const BARE_NUMBER = /^\s*[≥≤><=]?\s*\d+(\.\d+)?\s*$/;

export default {
  name: 'IndicatorNameField',
  components: { JCell, JField },
  props: {
    index: { type: Number, required: true },
    label: { type: String, default: '' },
  },
  setup(props) {
    const sheet = useSheet();
    const path = computed(() => `indicators[${props.index}].name`);
    const value = computed(() => getAt(sheet.form, path.value));
    const entries = ref([]);
    let timer = null;
    let asked = 0;
    function search(text) {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++asked;
        try {
          const found = await api.get('/api/indicator-library', { q: (text || '').trim() }, { silent: true });
          if (mine === asked) entries.value = found;
        } catch (e) { entries.value = []; } // no library for this account: no suggestions, nothing to say
      }, 200);
    }
    const options = computed(() => entries.value
      .filter((e) => e.name !== value.value)
      .map((e) => ({ value: e.name, entry: e })));
    function choose(name) {
      const e = entries.value.find((x) => x.name === name);
      if (!e) return;
      const row = sheet.form.indicators[props.index];
      row.name = e.name;
      row.level1 = e.level1;
      row.level2 = e.level2;
      if (e.unit && (!row.target || BARE_NUMBER.test(row.target)) && !String(row.target || '').endsWith(e.unit)) {
        row.target = `${(row.target || '').trim()}${e.unit}`;
      }
    }
    return { sheet, path, value, options, search, choose, set: (v) => setAt(sheet.form, path.value, v) };
  },
  template: `
  <j-field v-if="!sheet.editable" :path="path" :label="label" kind="textarea" />
  <j-cell v-else :path="path" :label="label" :block="true">
    <a-auto-complete :value="value" :options="options" @search="search" @focus="search(value)" @select="choose"
      :default-active-first-option="false" :popup-match-select-width="false"
      popup-class-name="jx-library-popup" style="width: 100%" data-testid="indicator-name-autocomplete">
      <template #option="{ entry }">
        <div class="jx-library-option" :data-testid="'library-option-' + entry.id">
          <div>{{ entry.name }}</div>
          <div class="jx-muted">{{ entry.level1 }} / {{ entry.level2 }}<span v-if="entry.unit">　单位：{{ entry.unit }}</span></div>
        </div>
      </template>
      <a-textarea :value="value" @update:value="set" :aria-label="label" :auto-size="{ minRows: 1, maxRows: 4 }" size="small" />
    </a-auto-complete>
  </j-cell>`,
};
