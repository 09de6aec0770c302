// 工作日历: the holidays and 调休 working weekends that review time limits count with, for the
// system (national calendar) or one prefecture (its own differences win there).
import { api } from '../../api.js';
import { date, dateTime } from '../../format.js';
import { meta, options } from '../../meta.js';

const { ref, reactive, watch, onMounted } = Vue;
const { message } = antd;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const KINDS = options(meta.calendarKinds);

export default {
  name: 'WorkCalendarCard',
  props: { prefectureId: { type: Number, default: null } },
  setup(props) {
    const thisYear = new Date().getFullYear();
    const year = ref(thisYear);
    const years = [thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y}年` }));
    const view = ref(null);
    const loading = ref(false);
    const saving = ref(false);
    const add = reactive({ range: null, kind: 'HOLIDAY', note: '' });
    async function load() {
      loading.value = true;
      try {
        view.value = await api.get('/api/admin/calendar', { prefectureId: props.prefectureId, year: year.value });
      } finally { loading.value = false; }
    }
    onMounted(load);
    watch(() => props.prefectureId, load);
    async function change(from, to, kind, note) {
      saving.value = true;
      try {
        view.value = await api.put('/api/admin/calendar', { prefectureId: props.prefectureId, from, to, kind, note });
        if (Number(from.slice(0, 4)) !== year.value) { year.value = Number(from.slice(0, 4)); }
        message.success('工作日历已更新，此后开始计时的审核时限按此计算');
        return true;
      } catch (e) { return false; } finally { saving.value = false; }
    }
    async function submit() {
      if (!add.range || !add.range[0]) { message.warning('请选择日期'); return; }
      if (await change(add.range[0], add.range[1], add.kind, add.note.trim() || null)) {
        add.range = null; add.note = '';
      }
    }
    // a row can be removed only at the level being edited; a system row is overridden, not removed, per prefecture
    const ownLevel = (row) => row.system === (props.prefectureId == null);
    const dayLabel = (d) => `${date(d)} ${WEEKDAYS[new Date(`${d}T00:00:00`).getDay()]}`;
    const columns = [
      { title: '日期', key: 'date', width: 200 },
      { title: '安排', key: 'working', width: 120 },
      { title: '说明', dataIndex: 'note', key: 'note' },
      { title: '设置于', key: 'level', width: 190 },
      { title: '', key: 'action', width: 90 },
    ];
    return { year, years, view, loading, saving, add, KINDS, columns, load, submit, change, ownLevel, dayLabel, dateTime };
  },
  template: `
  <a-card size="small" title="工作日历（审核、签发时限按工作日计算）" style="margin-top: 16px" data-testid="work-calendar">
    <template #extra>
      <a-select v-model:value="year" :options="years" size="small" style="width: 100px" @change="load" aria-label="年度" data-testid="calendar-year" />
    </template>
    <div class="jx-toolbar">
      <span class="jx-muted">默认周一至周五上班。在此登记法定节假日和调休上班日{{ prefectureId ? '；本地区的登记优先于系统日历' : '（适用于所有地区）' }}。</span>
    </div>
    <div class="jx-toolbar">
      <a-range-picker v-model:value="add.range" value-format="YYYY-MM-DD" :placeholder="['开始日期', '结束日期']" data-testid="calendar-range" />
      <a-select v-model:value="add.kind" :options="KINDS" style="width: 220px" aria-label="日期类型" data-testid="calendar-kind" />
      <a-input v-model:value="add.note" placeholder="说明，如 国庆节" style="width: 200px" :maxlength="60" data-testid="calendar-note" />
      <a-button type="primary" :loading="saving" @click="submit" data-testid="calendar-add">登记</a-button>
    </div>
    <a-table v-if="view" :columns="columns" :data-source="view.days" :row-key="(r) => r.date + (r.system ? 's' : 'p')" size="small" :loading="loading"
             :pagination="false" :locale="{ emptyText: view.year + '年没有登记节假日或调休，按周一至周五计算' }" data-testid="calendar-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'date'"><span :style="record.overridden ? 'text-decoration: line-through; color: #999' : ''">{{ dayLabel(record.date) }}</span></template>
        <template v-else-if="column.key === 'working'">
          <a-tag :color="record.working ? 'blue' : 'red'">{{ record.working ? '调休上班' : '节假日' }}</a-tag>
        </template>
        <template v-else-if="column.key === 'level'">
          {{ record.system ? '系统日历' : '本地区' }}<span v-if="record.overridden" class="jx-muted">（本地区另有安排）</span>
          <div v-if="record.updatedBy" class="jx-muted" style="font-size: 12px">{{ record.updatedBy }} {{ dateTime(record.updatedAt) }}</div>
        </template>
        <template v-else-if="column.key === 'action'">
          <a-button v-if="ownLevel(record)" size="small" type="link" danger @click="change(record.date, record.date, 'DEFAULT', null)">删除</a-button>
        </template>
      </template>
    </a-table>
  </a-card>`,
};
