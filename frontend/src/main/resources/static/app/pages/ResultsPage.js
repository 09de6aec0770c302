// 结果应用: per year, every signed form of the caller's scope (unit × fund) with its grade or completion, how its
// result was applied and the state of its rectifications; the leader records a measure; export as .xlsx.
import { api, download } from '../api.js';
import { hasRole } from '../session.js';
import { YEARS, wan, pct, score, dateTime } from '../format.js';
import { meta, options, typeLabel } from '../meta.js';

const FORM_TYPES = options(meta.formTypes);

const { ref, reactive, computed, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;
const { message } = antd;

const RECTIFICATION_COLORS = { OPEN: 'orange', SUBMITTED: 'blue', ACCEPTED: 'green' };

export default {
  name: 'ResultsPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const f = reactive({
      year: route.query.year ? Number(route.query.year) : new Date().getFullYear(),
      type: FORM_TYPES.some((t) => t.value === route.query.type) ? route.query.type : null,
    });
    const rows = ref([]);
    const loading = ref(false);
    const measures = ref([]);
    const isLeader = computed(() => hasRole('PREFECTURE_LEADER'));

    async function load() {
      router.replace({ query: { year: f.year, ...(f.type ? { type: f.type } : {}) } });
      loading.value = true;
      try { rows.value = await api.get('/api/results', { year: f.year, type: f.type }) || []; } catch (e) { rows.value = []; } finally { loading.value = false; }
    }
    onMounted(async () => {
      load();
      try { measures.value = await api.get('/api/results/measures', null, { silent: true }) || []; } catch (e) { measures.value = []; }
    });
    const exportXlsx = () => download('/api/results', { year: f.year, type: f.type, format: 'xlsx' }, `${f.year}年度结果应用.xlsx`);

    // the leader's record of a measure
    const recording = ref(null);
    const entry = reactive({ measure: null, amount: null, note: '' });
    const withAmount = computed(() => !!(measures.value.find((m) => m.code === entry.measure) || {}).withAmount);
    function openRecord(row) { recording.value = row; Object.assign(entry, { measure: null, amount: null, note: '' }); }
    const busy = ref(false);
    async function save() {
      busy.value = true;
      try {
        await api.post(`/api/forms/${recording.value.formId}/applications`, {
          measure: entry.measure, amount: withAmount.value ? entry.amount : null, note: entry.note || null,
        });
        message.success('已记录');
        recording.value = null;
        load();
      } catch (e) { /* shown */ } finally { busy.value = false; }
    }

    const columns = [
      { title: '单位', dataIndex: 'unit', width: 180, fixed: 'left' },
      { title: '险种', dataIndex: 'fundLabel', width: 150 },
      { title: '表', key: 'type', width: 110 },
      { title: '等级 / 得分', key: 'grade', width: 110 },
      { title: '完成率', key: 'completion', width: 90 },
      { title: '应用措施', key: 'measures' },
      { title: '整改', key: 'rectification', width: 90 },
      { title: '', key: 'actions', width: 120 },
    ];
    const typeOptions = [{ value: null, label: '全部表' }, ...FORM_TYPES.map((t) => ({ value: t.value, label: t.label }))];
    return {
      f, rows, loading, load, exportXlsx, isLeader, columns, typeOptions, measures, recording, entry, withAmount, openRecord,
      save, busy, YEARS, typeLabel, wan, pct, score, dateTime, RECTIFICATION_COLORS,
      open: (r) => router.push({ name: 'form', params: { id: r.formId }, query: r.rectifications ? { tab: 'rectifications' } : {} }),
    };
  },
  template: `
  <div class="jx-page jx-results" data-testid="results-page">
    <div class="jx-toolbar">
      <b class="jx-page-title">结果应用</b>
      <a-select v-model:value="f.year" :options="YEARS" style="width: 110px" @change="load" aria-label="年度" data-testid="results-year" />
      <a-select v-model:value="f.type" :options="typeOptions" style="width: 150px" @change="load" aria-label="表单类型" />
      <span class="jx-spacer" />
      <a-button @click="exportXlsx" data-testid="results-export">导出 Excel</a-button>
    </div>
    <div class="jx-pad">
      <a-table :data-source="rows" :columns="columns" row-key="formId" size="small" :loading="loading" :pagination="false"
        :scroll="{ x: 980 }" :locale="{ emptyText: f.year + '年暂无已签发的表' }" data-testid="results-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'type'">{{ typeLabel(record.formType) }}<span v-if="record.monitorMonth" class="jx-muted"> {{ record.monitorMonth }}月</span></template>
          <template v-else-if="column.key === 'grade'">
            <span v-if="record.grade"><b>{{ record.grade }}</b> {{ score(record.score) }}</span><span v-else class="jx-muted">—</span>
          </template>
          <template v-else-if="column.key === 'completion'">{{ record.completion === null ? '—' : pct(record.completion) }}</template>
          <template v-else-if="column.key === 'measures'">
            <span v-if="!record.measures.length" class="jx-muted">未记录</span>
            <a-tag v-for="m in record.measures" :key="m.id" :title="(m.note || '') + ' ' + dateTime(m.at)">
              {{ m.measureLabel }}<span v-if="m.amount !== null"> {{ wan(m.amount) }}</span>
            </a-tag>
          </template>
          <template v-else-if="column.key === 'rectification'">
            <a-tag v-if="record.rectificationStatus" :color="RECTIFICATION_COLORS[record.rectificationStatus]">{{ record.rectificationLabel }}</a-tag>
            <span v-else class="jx-muted">无</span>
          </template>
          <template v-else-if="column.key === 'actions'">
            <a-space>
              <a @click="open(record)">查看</a>
              <a v-if="isLeader" @click="openRecord(record)" data-testid="record-measure">记录应用</a>
            </a-space>
          </template>
        </template>
      </a-table>
    </div>
    <a-modal :open="!!recording" title="记录结果应用" ok-text="确认" cancel-text="取消" :confirm-loading="busy"
      :ok-button-props="{ disabled: !entry.measure || (withAmount && !(entry.amount > 0)) }" @ok="save" @cancel="recording = null">
      <p v-if="recording">{{ recording.unit }} · {{ recording.fundLabel }} · {{ typeLabel(recording.formType) }}</p>
      <div class="jx-field-label">应用措施</div>
      <a-radio-group v-model:value="entry.measure">
        <a-radio v-for="m in measures" :key="m.code" :value="m.code">{{ m.label }}</a-radio>
      </a-radio-group>
      <template v-if="withAmount">
        <div class="jx-field-label" style="margin-top: 8px">调减金额（万元）</div>
        <a-input-number v-model:value="entry.amount" :min="0.01" :precision="2" :step="1" style="width: 200px" string-mode />
      </template>
      <div class="jx-field-label" style="margin-top: 8px">说明</div>
      <a-textarea v-model:value="entry.note" :auto-size="{ minRows: 2, maxRows: 4 }" :maxlength="2000" />
    </a-modal>
  </div>`,
};
