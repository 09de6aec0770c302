// 参数设置: the validation thresholds and the due dates / reminders per prefecture (or system-wide):
// default, system value, the prefecture's own value and the effective one; editable and audited.
// Below them the working-day calendar the review time limits count with.
import { api } from '../../api.js';
import { dateTime } from '../../format.js';
import { hasArea } from '../../session.js';
import AdminNav from '../../components/admin/AdminNav.js';
import WorkCalendarCard from '../../components/admin/WorkCalendarCard.js';

const { ref, reactive, computed, onMounted } = Vue;
const { message } = antd;

export default {
  name: 'SettingsPage',
  components: { AdminNav, WorkCalendarCard },
  setup() {
    const prefectureId = ref(null); // null: system-wide
    const view = ref(null);
    const loading = ref(false);
    const saving = ref(false);
    const draft = reactive({});
    async function load() {
      loading.value = true;
      try {
        view.value = await api.get('/api/admin/settings', { prefectureId: prefectureId.value });
        Object.keys(draft).forEach((k) => delete draft[k]);
        view.value.items.forEach((i) => { draft[i.key] = own(i) ?? ''; });
      } finally { loading.value = false; }
    }
    onMounted(load);
    const own = (i) => (prefectureId.value ? i.prefectureValue : i.systemValue);
    const inherited = (i) => (prefectureId.value ? (i.systemValue ?? i.defaultValue) : i.defaultValue);
    const prefectureOptions = computed(() => [{ value: null, label: '系统默认（所有地区）' }, ...((view.value && view.value.prefectures) || []).map((p) => ({ value: p.id, label: p.name }))]);
    const groups = computed(() => {
      const byGroup = new Map();
      ((view.value && view.value.items) || []).forEach((i) => {
        if (!byGroup.has(i.group)) byGroup.set(i.group, []);
        byGroup.get(i.group).push(i);
      });
      return [...byGroup.entries()].map(([name, items]) => ({ name, items }));
    });
    const changed = computed(() => (view.value ? view.value.items.filter((i) => (draft[i.key] || '') !== (own(i) || '')) : []));
    async function save() {
      const values = {};
      changed.value.forEach((i) => { values[i.key] = (draft[i.key] || '').trim(); });
      saving.value = true;
      try {
        view.value = await api.put('/api/admin/settings', { prefectureId: prefectureId.value, values });
        view.value.items.forEach((i) => { draft[i.key] = own(i) ?? ''; });
        message.success('已保存：校验规则从下一次校验起生效，截止日期和提醒同时调整尚在办理中的表单');
      } catch (e) { /* shown by api.js */ } finally { saving.value = false; }
    }
    const columns = computed(() => [
      { title: '设置项', key: 'key', width: 200 },
      { title: '说明', dataIndex: 'description', key: 'description' },
      { title: '默认值', dataIndex: 'defaultValue', key: 'defaultValue', width: 130 },
      { title: '系统值', key: 'systemValue', width: 110 },
      { title: prefectureId.value ? '本地区设置（留空沿用系统值）' : '系统设置（留空沿用默认值）', key: 'value', width: 220 },
      { title: '生效值', key: 'effectiveValue', width: 130 },
    ]);
    // the security settings (the security administrator's) are system-wide; rules and deadlines may differ per prefecture
    const perPrefecture = hasArea('CALENDAR');
    return { prefectureId, view, loading, saving, draft, load, save, groups, changed, columns, prefectureOptions, inherited, dateTime, perPrefecture };
  },
  template: `
  <admin-nav>
    <div class="jx-toolbar">
      <template v-if="perPrefecture">
      <span>适用范围</span>
      <a-select v-model:value="prefectureId" :options="prefectureOptions" style="width: 240px" @change="load" aria-label="地区" data-testid="settings-prefecture" />
      </template>
      <span class="jx-muted">留空表示沿用{{ prefectureId ? '系统值或默认值' : '默认值' }}；修改记入审计日志。校验规则从下一次校验起生效，截止日期和提醒同时调整尚在办理中的表单。</span>
      <span class="jx-spacer" />
      <a-button @click="load" :loading="loading">放弃修改</a-button>
      <a-button type="primary" :disabled="!changed.length" :loading="saving" @click="save" data-testid="settings-save">保存{{ changed.length ? '（' + changed.length + ' 项）' : '' }}</a-button>
    </div>
    <template v-for="g in groups" :key="g.name">
    <h3 class="jx-section-title" style="margin: 12px 0 6px">{{ g.name }}</h3>
    <a-table :columns="columns" :data-source="g.items" row-key="key" size="small" :loading="loading" :pagination="false" data-testid="settings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'key'"><span data-testid="setting-label">{{ record.label }}</span></template>
        <template v-else-if="column.key === 'systemValue'">{{ record.systemValue ?? '—' }}</template>
        <template v-else-if="column.key === 'value'">
          <a-input v-model:value="draft[record.key]" :placeholder="inherited(record)" size="small" allow-clear :data-testid="'setting-' + record.key" />
          <div v-if="record.updatedBy" class="jx-muted" style="font-size: 12px">{{ record.updatedBy }} {{ dateTime(record.updatedAt) }}</div>
        </template>
        <template v-else-if="column.key === 'effectiveValue'"><b>{{ record.effectiveValue }}</b></template>
      </template>
    </a-table>
    </template>
    <work-calendar-card v-if="perPrefecture" :prefecture-id="prefectureId" />
  </admin-nav>`,
};
