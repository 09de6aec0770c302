// Filters shared by the inbox and the form list: type, year, fund, status.
import { YEARS } from '../format.js';
import { meta, options } from '../meta.js';

const FORM_TYPES = options(meta.formTypes);
const STATUSES = options(meta.statuses);

export default {
  name: 'FilterBar',
  props: { value: { type: Object, required: true }, showStatus: { type: Boolean, default: true } },
  emits: ['change'],
  setup(props, { emit }) {
    const set = (k, v) => emit('change', { ...props.value, [k]: v === undefined ? null : v });
    const fundOptions = options(meta.funds);
    return { set, FORM_TYPES, fundOptions, STATUSES, YEARS };
  },
  template: `
  <div class="jx-filters" data-testid="filters">
    <a-select :value="value.type" @update:value="v => set('type', v)" :options="FORM_TYPES" placeholder="表单类型" aria-label="表单类型" allow-clear style="width: 140px" />
    <a-select :value="value.year" @update:value="v => set('year', v)" :options="YEARS" placeholder="年度" aria-label="年度" allow-clear style="width: 100px" />
    <a-select :value="value.fund" @update:value="v => set('fund', v)" :options="fundOptions" placeholder="险种" aria-label="险种" allow-clear style="width: 210px" />
    <a-select v-if="showStatus" :value="value.status" @update:value="v => set('status', v)" :options="STATUSES" placeholder="状态" aria-label="状态" allow-clear style="width: 110px" />
    <a-button v-if="value.type || value.year || value.fund || value.status" type="link" @click="$emit('change', { type: null, year: null, fund: null, status: null })">清除筛选</a-button>
  </div>`,
};
