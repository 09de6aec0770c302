// 指标库 (issue 18): the prefecture's indicators as filers are offered them while typing an indicator name —
// seeded from every signed form, curated here by the prefecture's reviewers (add, correct levels or unit, remove).
import { api } from '../api.js';
import { INDICATOR_LEVELS, LEVEL1 } from '../meta.js';
import { dateTime } from '../format.js';

const { ref, reactive, computed, onMounted } = Vue;
const { message } = antd;

const columns = [
  { title: '三级指标', dataIndex: 'name', key: 'name' },
  { title: '一级指标', dataIndex: 'level1', key: 'level1', width: 100 },
  { title: '二级指标', dataIndex: 'level2', key: 'level2', width: 130 },
  { title: '常用单位', dataIndex: 'unit', key: 'unit', width: 80 },
  { title: '签发表单使用次数', dataIndex: 'uses', key: 'uses', width: 90 },
  { title: '最后修改', key: 'updated', width: 150 },
  { title: '操作', key: 'ops', width: 110 },
];

export default {
  name: 'IndicatorLibraryPage',
  setup() {
    const q = ref('');
    const rows = ref([]);
    const loading = ref(false);
    async function load() {
      loading.value = true;
      try { rows.value = await api.get('/api/indicator-library', { q: q.value }); } catch (e) { /* shown */ } finally { loading.value = false; }
    }
    onMounted(load);

    const edit = reactive({ open: false, id: null, name: '', level1: LEVEL1[0], level2: '', unit: '', busy: false });
    const level2Options = computed(() => (INDICATOR_LEVELS[edit.level1] || []).map((v) => ({ value: v, label: v })));
    function open(row) {
      Object.assign(edit, row
        ? { open: true, id: row.id, name: row.name, level1: row.level1, level2: row.level2, unit: row.unit || '' }
        : { open: true, id: null, name: '', level1: LEVEL1[0], level2: INDICATOR_LEVELS[LEVEL1[0]][0], unit: '' });
    }
    function onLevel1() {
      if (!(INDICATOR_LEVELS[edit.level1] || []).includes(edit.level2)) edit.level2 = (INDICATOR_LEVELS[edit.level1] || [''])[0];
    }
    async function save() {
      edit.busy = true;
      const body = { name: edit.name, level1: edit.level1, level2: edit.level2, unit: edit.unit || null };
      try {
        if (edit.id) await api.put(`/api/indicator-library/${edit.id}`, body);
        else await api.post('/api/indicator-library', body);
        message.success('已保存');
        edit.open = false;
        await load();
      } catch (e) { /* shown */ } finally { edit.busy = false; }
    }
    async function remove(row) {
      try {
        await api.del(`/api/indicator-library/${row.id}`);
        message.success(`已移除 ${row.name}`);
        await load();
      } catch (e) { /* shown */ }
    }
    return { q, rows, loading, load, columns, edit, open, save, remove, onLevel1, level2Options, LEVEL1, dateTime };
  },
  template: `
  <div class="jx-page" data-testid="library-page">
    <div class="jx-toolbar">
      <b class="jx-page-title">指标库</b>
      <a-input-search v-model:value="q" placeholder="按指标名称查找" allow-clear style="max-width: 260px" @search="load" data-testid="library-search" />
      <span class="jx-spacer" />
      <a-button type="primary" @click="open(null)" data-testid="library-add">新增指标</a-button>
    </div>
    <div class="jx-pad">
      <p class="jx-muted">本地区各单位填写三级指标时，系统按名称提示这里的指标，选中后自动填入一级、二级指标和常用单位。每张表签发时，其中的指标自动加入指标库；移除的指标不会再被加入。</p>
      <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="id" size="small" :pagination="false" :scroll="{ x: 760 }" data-testid="library-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'updated'">
            <span class="jx-muted">{{ record.updatedBy === 'system' ? '签发表单' : record.updatedBy }} · {{ dateTime(record.updatedAt) }}</span>
          </template>
          <template v-else-if="column.key === 'ops'">
            <a @click="open(record)">修改</a>
            <a-divider type="vertical" />
            <a-popconfirm :title="'从指标库移除“' + record.name + '”？'" ok-text="移除" cancel-text="取消" @confirm="remove(record)">
              <a class="jx-danger">移除</a>
            </a-popconfirm>
          </template>
        </template>
      </a-table>
    </div>
    <a-modal v-model:open="edit.open" :title="edit.id ? '修改指标' : '新增指标'" ok-text="保存" cancel-text="取消" :confirm-loading="edit.busy" @ok="save">
      <a-form layout="vertical">
        <a-form-item label="三级指标名称" required><a-input v-model:value="edit.name" data-testid="library-name" /></a-form-item>
        <a-form-item label="一级指标"><a-select v-model:value="edit.level1" :options="LEVEL1.map(v => ({ value: v, label: v }))" @change="onLevel1" /></a-form-item>
        <a-form-item label="二级指标"><a-select v-model:value="edit.level2" :options="level2Options" /></a-form-item>
        <a-form-item label="常用单位（如 人、%、万元）"><a-input v-model:value="edit.unit" style="max-width: 160px" /></a-form-item>
      </a-form>
    </a-modal>
  </div>`,
};
