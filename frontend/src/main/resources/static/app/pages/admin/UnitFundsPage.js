// 单位险种: which funds each unit files (the unit ↔ fund register). A campaign issued without a list of units
// addresses every active unit with the funds ticked here.
import { api } from '../../api.js';
import { meta, options, fundShort } from '../../meta.js';
import AdminNav from '../../components/admin/AdminNav.js';

const { ref, reactive, computed, onMounted } = Vue;
const { message } = antd;

export default {
  name: 'UnitFundsPage',
  components: { AdminNav },
  setup() {
    const rows = ref([]);
    const loading = ref(false);
    const keyword = ref('');
    const edit = reactive({ open: false, unit: null, funds: [], busy: false });
    async function load() {
      loading.value = true;
      try { rows.value = await api.get('/api/admin/unit-funds'); } finally { loading.value = false; }
    }
    onMounted(load);
    const shown = computed(() => rows.value.filter((r) => !keyword.value || r.unit.includes(keyword.value.trim())));
    function open(row) { Object.assign(edit, { open: true, unit: row, funds: [...row.funds] }); }
    async function save() {
      edit.busy = true;
      try {
        const saved = await api.put(`/api/admin/unit-funds/${edit.unit.unitId}`, { funds: edit.funds });
        rows.value = rows.value.map((r) => (r.unitId === saved.unitId ? saved : r));
        message.success(`已保存 ${saved.unit} 的险种`);
        edit.open = false;
      } catch (e) { /* shown by api.js */ } finally { edit.busy = false; }
    }
    const columns = [
      { title: '单位', dataIndex: 'unit', key: 'unit' },
      { title: '填报险种', key: 'funds' },
      { title: '', key: 'op', width: 80 },
    ];
    const fundOptions = options(meta.funds);
    return { rows, shown, loading, keyword, edit, open, save, columns, fundOptions, fundShort };
  },
  template: `
  <admin-nav>
    <div class="jx-toolbar">
      <a-input-search v-model:value="keyword" placeholder="按单位名称筛选" allow-clear style="width: 240px" />
      <span class="jx-muted">下达填报任务时，未指定单位的任务发给每个在用单位及其登记的险种；修改记入审计日志。</span>
    </div>
    <a-table :columns="columns" :data-source="shown" row-key="unitId" size="small" :loading="loading" :pagination="false"
             :scroll="{ x: 'max-content' }" data-testid="unit-funds-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'unit'">{{ record.unit }} <a-tag v-if="!record.active">已停用</a-tag></template>
        <template v-else-if="column.key === 'funds'">
          <a-tag v-for="f in record.funds" :key="f" color="blue">{{ fundShort(f) }}</a-tag>
          <span v-if="!record.funds.length" class="jx-muted">未登记</span>
        </template>
        <template v-else-if="column.key === 'op'"><a @click="open(record)" :data-testid="'unit-funds-edit-' + record.unitId">修改</a></template>
      </template>
    </a-table>
    <a-modal v-model:open="edit.open" :title="edit.unit ? edit.unit.unit + ' 的填报险种' : ''" :confirm-loading="edit.busy"
             ok-text="保存" @ok="save" data-testid="unit-funds-dialog">
      <a-checkbox-group v-model:value="edit.funds" :options="fundOptions" style="display: grid; gap: 6px" />
    </a-modal>
  </admin-nav>`,
};
