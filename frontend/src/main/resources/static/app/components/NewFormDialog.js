// A new form: blank (type / year / fund / 监控时点 / project), or started from a signed target form of
// the same unit (unit, project, fund, year, planned budget, expected goal and indicators are copied).
import { api, showError } from '../api.js';
import { session } from '../session.js';
import { MONTHS, YEARS, period } from '../format.js';
import { meta, options, fundLabel } from '../meta.js';

const FORM_TYPES = options(meta.formTypes);
const FUNDS = options(meta.funds);
import { blankForm, formFromTarget } from '../form-model.js';

const { reactive, ref, watch, computed } = Vue;
const { useRouter } = VueRouter;
const { message } = antd;

export default {
  name: 'NewFormDialog',
  props: { open: { type: Boolean, default: false } },
  emits: ['update:open'],
  setup(props, { emit }) {
    const router = useRouter();
    const f = reactive({ source: 'blank', type: 'MONITORING', year: new Date().getFullYear(), fund: null, monitorMonth: null, project: '', targetId: null });
    const targets = ref([]);
    const loadingTargets = ref(false);
    const busy = ref(false);
    const error = ref('');
    async function loadTargets() {
      loadingTargets.value = true;
      try {
        const res = await api.get('/api/forms', { type: 'TARGET', status: 'SIGNED', page: 0, size: 200 }, { silent: true });
        targets.value = res.items;
      } catch (e) { targets.value = []; } finally { loadingTargets.value = false; }
    }
    watch(() => props.open, (o) => {
      if (!o) return;
      error.value = '';
      const m = new Date().getMonth(); // last completed month
      f.monitorMonth = m === 0 ? 12 : m;
      loadTargets();
    });
    watch(() => f.source, (s) => { if (s === 'target' && f.type === 'TARGET') f.type = 'MONITORING'; });
    const typeOptions = computed(() => (f.source === 'target' ? FORM_TYPES.filter((t) => t.value !== 'TARGET') : FORM_TYPES));
    const targetOptions = computed(() => targets.value.map((t) => ({
      value: t.id,
      label: `${t.year}年 · ${fundLabel(t.fund)} · ${t.project || ''}`,
    })));
    const selectedTarget = computed(() => targets.value.find((t) => t.id === f.targetId));

    async function create() {
      error.value = '';
      if (f.type === 'MONITORING' && !f.monitorMonth) { error.value = '请选择监控时点'; return; }
      let doc;
      busy.value = true;
      try {
        if (f.source === 'target') {
          if (!f.targetId) { error.value = '请选择一张已签发的目标表'; return; }
          const rec = await api.get(`/api/forms/${f.targetId}`, null, { silent: true });
          doc = formFromTarget(rec.form, f.type, f.monitorMonth);
        } else {
          if (!f.fund) { error.value = '请选择险种'; return; }
          if (!f.project.trim()) { error.value = '请填写项目名称'; return; }
          doc = blankForm({
            type: f.type, year: f.year, fund: f.fund, monitorMonth: f.monitorMonth,
            unit: session.user.org ? session.user.org.name : '', project: f.project.trim(),
          });
        }
        const res = await api.post('/api/forms', doc, { silent: true });
        message.success('已创建草稿');
        emit('update:open', false);
        router.push({ name: 'form', params: { id: res.id } });
      } catch (e) {
        error.value = e.message;
        if (e.findings && e.findings.length) showError(e);
      } finally {
        busy.value = false;
      }
    }
    return { f, targets, loadingTargets, typeOptions, targetOptions, selectedTarget, busy, error, create, FUNDS, MONTHS, YEARS, fundLabel, period };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" title="新建填报" ok-text="创建" cancel-text="取消"
    :confirm-loading="busy" @ok="create" :width="600" data-testid="new-form-dialog">
    <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 12px" />
    <a-form layout="horizontal" :label-col="{ style: { width: '96px' } }">
      <a-form-item label="开始方式">
        <a-radio-group v-model:value="f.source">
          <a-radio-button value="blank">空白表</a-radio-button>
          <a-radio-button value="target">从已签发的目标表开始</a-radio-button>
        </a-radio-group>
      </a-form-item>
      <a-form-item label="表单类型">
        <a-radio-group v-model:value="f.type" :options="typeOptions" />
      </a-form-item>
      <template v-if="f.source === 'target'">
        <a-form-item label="目标表">
          <a-select v-model:value="f.targetId" :options="targetOptions" :loading="loadingTargets" show-search option-filter-prop="label"
            placeholder="选择本单位已签发的绩效目标表" :not-found-content="loadingTargets ? '加载中…' : '本单位暂无已签发的目标表'" />
        </a-form-item>
        <a-form-item v-if="selectedTarget" label=" " :colon="false">
          <div class="jx-muted">将复制：单位、项目名称、险种（{{ fundLabel(selectedTarget.fund) }}）、年度（{{ selectedTarget.year }}年）、预算数、年度目标及全部指标和指标值。</div>
        </a-form-item>
      </template>
      <template v-else>
        <a-form-item label="年度"><a-select v-model:value="f.year" :options="YEARS" style="width: 140px" /></a-form-item>
        <a-form-item label="险种"><a-select v-model:value="f.fund" :options="FUNDS" placeholder="选择险种" /></a-form-item>
        <a-form-item label="项目名称"><a-input v-model:value="f.project" placeholder="如：喀什市城乡居民基本养老保险基金支出项目" /></a-form-item>
      </template>
      <a-form-item v-if="f.type === 'MONITORING'" label="监控时点">
        <a-select v-model:value="f.monitorMonth" :options="MONTHS" style="width: 140px" /> <span class="jx-muted">截至该月末的执行情况</span>
      </a-form-item>
    </a-form>
  </a-modal>`,
};
