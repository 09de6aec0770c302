// 审计日志: filter by user, form, action and time; page through; export the same filter as CSV.
import { api, download, toApiPage } from '../../api.js';
import { dateTime } from '../../format.js';
import { meta, options, auditActionLabel } from '../../meta.js';
import { worksOnForms } from '../../session.js';
import AdminNav from '../../components/admin/AdminNav.js';

const { ref, reactive, onMounted } = Vue;
const { useRouter } = VueRouter;


export default {
  name: 'AuditPage',
  components: { AdminNav },
  setup() {
    const router = useRouter();
    const f = reactive({ user: '', formId: '', action: null, range: null });
    const rows = ref([]);
    const total = ref(0);
    const page = ref(1);
    const size = ref(50);
    const loading = ref(false);
    const query = () => ({
      user: f.user.trim(), formId: String(f.formId || '').trim(), action: f.action,
      from: f.range && f.range[0] ? f.range[0] : null, to: f.range && f.range[1] ? f.range[1] : null,
    });
    async function load() {
      loading.value = true;
      try {
        const res = await api.get('/api/admin/audit', { ...query(), page: toApiPage(page.value), size: size.value });
        rows.value = res.items;
        total.value = res.total;
      } catch (e) { rows.value = []; total.value = 0; } finally { loading.value = false; }
    }
    onMounted(load);
    const search = () => { page.value = 1; load(); };
    const clear = () => { Object.assign(f, { user: '', formId: '', action: null, range: null }); search(); };
    const onPage = (p, s) => { page.value = p; size.value = s; load(); };
    const exportCsv = () => download('/api/admin/audit/export', query(), '审计日志.csv');
    const actionOptions = options(meta.auditActions);
    const columns = [
      { title: '时间', key: 'at', width: 160 },
      { title: '用户', dataIndex: 'username', key: 'username', width: 130 },
      { title: '操作', key: 'action', width: 170 },
      { title: '表单', key: 'formId', width: 80 },
      { title: '详情', dataIndex: 'detail', key: 'detail', ellipsis: true },
      { title: 'IP', dataIndex: 'remoteIp', key: 'remoteIp', width: 130 },
    ];
    const openForm = (id) => router.push({ name: 'form', params: { id } });
    const verifying = ref(false);
    const verdict = ref(null);
    async function verify() {
      verifying.value = true;
      try { verdict.value = await api.get('/api/admin/audit/verify'); } finally { verifying.value = false; }
    }
    return { f, rows, total, page, size, loading, search, clear, onPage, exportCsv, actionOptions, columns, auditActionLabel, dateTime, openForm, formLinks: worksOnForms(), verify, verifying, verdict };
  },
  template: `
  <admin-nav>
    <div class="jx-toolbar" data-testid="audit-filters">
      <a-input v-model:value="f.user" placeholder="用户名" allow-clear style="width: 140px" @pressEnter="search" />
      <a-input v-model:value="f.formId" placeholder="表单 ID" allow-clear style="width: 110px" @pressEnter="search" />
      <a-select v-model:value="f.action" :options="actionOptions" placeholder="操作" aria-label="操作" allow-clear show-search option-filter-prop="label" style="width: 220px" />
      <a-range-picker v-model:value="f.range" value-format="YYYY-MM-DD" :placeholder="['开始日期', '结束日期']" />
      <a-button type="primary" @click="search">查询</a-button>
      <a-button @click="clear">清除</a-button>
      <span class="jx-spacer" />
      <a-button :loading="verifying" @click="verify" data-testid="audit-verify">校验完整性</a-button>
      <a-button @click="exportCsv" data-testid="audit-export">导出 CSV</a-button>
    </div>
    <a-alert v-if="verdict && verdict.intact" type="success" show-icon style="margin-bottom: 8px" data-testid="audit-verdict"
      :message="'审计日志完整：哈希链上 ' + verdict.rows + ' 条记录均未被修改或删除' + (verdict.pending ? '；另有 ' + verdict.pending + ' 条新记录待封存（数秒内完成）' : '')" />
    <a-alert v-if="verdict && !verdict.intact" type="error" show-icon style="margin-bottom: 8px" data-testid="audit-verdict"
      :message="'审计日志已被篡改：哈希链在记录 ' + (verdict.firstBrokenId ?? '（链尾）') + ' 处断开，请立即上报'" />
    <a-table :columns="columns" :data-source="rows" row-key="id" size="small" :loading="loading" data-testid="audit-table"
      :pagination="{ current: page, pageSize: size, total, showSizeChanger: true, pageSizeOptions: ['20', '50', '100', '200'], showTotal: t => '共 ' + t + ' 条', onChange: onPage }">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'at'">{{ dateTime(record.at) }}</template>
        <template v-else-if="column.key === 'action'">{{ auditActionLabel(record.action) }}</template>
        <template v-else-if="column.key === 'formId'"><a v-if="record.formId && formLinks" @click="openForm(record.formId)">{{ record.formId }}</a><span v-else>{{ record.formId }}</span></template>
        <template v-else-if="column.key === 'detail'"><span :title="record.detail">{{ record.detail }}</span></template>
      </template>
    </a-table>
  </admin-nav>`,
};
