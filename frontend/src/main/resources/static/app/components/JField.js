// An input bound to a JSON path of the sheet's document, inside a JCell. Read-only sheets show text.
import { useSheet } from '../sheet.js';
import { getAt, setAt } from '../form-model.js';
import { amount } from '../format.js';
import JCell from './JCell.js';

const { computed, ref } = Vue;
const NUMERIC = ['number', 'amount', 'percent', 'int'];

export default {
  name: 'JField',
  components: { JCell },
  props: {
    path: { type: String, required: true },
    label: { type: String, default: '' },
    kind: { type: String, default: 'text' }, // text | textarea | number | amount | percent | int | select | checkbox | checkboxes
    options: { type: Array, default: () => [] },
    placeholder: { type: String, default: '' },
    minRows: { type: Number, default: 2 },
    maxRows: { type: Number, default: 8 },
    size: { type: String, default: 'small' },
    readonly: { type: Boolean, default: false },
    allowClear: { type: Boolean, default: false },
    suffix: { type: String, default: '' },
  },
  setup(props) {
    const sheet = useSheet();
    const editable = computed(() => !props.readonly && !!sheet.editable);
    const value = computed(() => getAt(sheet.form, props.path));
    const numeric = computed(() => NUMERIC.includes(props.kind));
    function set(v) {
      let next = v;
      if (numeric.value && (v === '' || v === undefined)) next = null;
      if (props.kind === 'select' && v === undefined) next = null;
      setAt(sheet.form, props.path, next);
    }
    const display = computed(() => {
      const v = value.value;
      if (props.kind === 'checkbox') return v ? '是' : '否';
      if (v === null || v === undefined || v === '') return '';
      if (props.kind === 'amount') return amount(v);
      if (props.kind === 'percent') return `${v}%`;
      if (Array.isArray(v)) return v.join('、');
      const opt = props.options.find((o) => (o.value ?? o) === v);
      if (opt && opt.label) return opt.label;
      return String(v);
    });
    const selectOptions = computed(() => props.options.map((o) => (typeof o === 'object' ? o : { value: o, label: o })));
    const groupThousands = (v) => {
      if (v === null || v === undefined || v === '') return '';
      const [i, d] = String(v).split('.');
      return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? `.${d}` : '');
    };
    const ungroup = (v) => String(v || '').replace(/,/g, '');
    // the cell's tooltip stays away while its dropdown is open: it would lie over the options
    const dropdownOpen = ref(false);
    return { editable, value, set, display, numeric, selectOptions, groupThousands, ungroup, dropdownOpen };
  },
  template: `
  <j-cell :path="path" :label="label" :block="kind === 'textarea'" :tip-hidden="dropdownOpen">
    <template v-if="editable">
      <a-textarea v-if="kind === 'textarea'" :value="value" @update:value="set" :placeholder="placeholder" :aria-label="label"
        :auto-size="{ minRows, maxRows }" :size="size" />
      <a-input-number v-else-if="numeric" :value="value" @update:value="set" :placeholder="placeholder" :aria-label="label"
        :controls="false" :size="size" :precision="kind === 'int' ? 0 : (kind === 'amount' ? 2 : undefined)" style="width: 100%"
        :formatter="kind === 'amount' ? groupThousands : undefined" :parser="kind === 'amount' ? ungroup : undefined"
        :addon-after="suffix || undefined" />
      <a-select v-else-if="kind === 'select'" :value="value" @update:value="set" :options="selectOptions"
        :placeholder="placeholder" :size="size" :allow-clear="allowClear" style="width: 100%" :aria-label="label"
        @dropdown-visible-change="v => dropdownOpen = v" />
      <a-checkbox v-else-if="kind === 'checkbox'" :checked="!!value" @update:checked="set" :aria-label="label" />
      <a-checkbox-group v-else-if="kind === 'checkboxes'" :value="value || []" @update:value="set" :options="selectOptions" />
      <a-input v-else :value="value" @update:value="set" :placeholder="placeholder" :size="size" :aria-label="label" />
    </template>
    <span v-else class="jx-ro" :class="{ 'jx-ro-multi': kind === 'textarea', 'jx-ro-num': numeric, 'jx-ro-empty': !display }">{{ display || '—' }}</span>
  </j-cell>`,
};
