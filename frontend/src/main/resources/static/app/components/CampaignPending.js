// 待填报: the filer's campaign items not yet started (soonest due first), at the top of the inbox; 开始填报 opens
// a draft pre-filled from the signed target (or the existing form when someone has just started it).
import { api } from '../api.js';
import { TYPE_COLORS, period, dueText } from '../format.js';
import { typeShort, fundLabel } from '../meta.js';

const { ref, onMounted } = Vue;
const { useRouter } = VueRouter;
const { message } = antd;

/** Items due within this many days are marked urgent. */
const URGENT_DAYS = 7;

export default {
  name: 'CampaignPending',
  setup() {
    const router = useRouter();
    const items = ref([]);
    const busy = ref(null);
    async function load() {
      try { items.value = await api.get('/api/campaigns/pending', null, { silent: true }); } catch (e) { items.value = []; }
    }
    onMounted(load);
    const key = (i) => `${i.campaignId}-${i.unitId}-${i.fund}`;
    async function start(i) {
      busy.value = key(i);
      try {
        const started = await api.post(`/api/campaigns/${i.campaignId}/items/start`, { unitId: i.unitId, fund: i.fund }, { silent: true });
        message.success(started.prefilledFrom ? '已按已签发的绩效目标表预填，请填写本期数据' : '已创建草稿');
        router.push({ name: 'form', params: { id: started.formId } });
      } catch (e) {
        if (e.status === 409 && e.body && e.body.formId) {
          message.info('该项已开始填报，已为您打开');
          router.push({ name: 'form', params: { id: e.body.formId } });
        } else {
          message.error(e.message);
          load();
        }
      } finally { busy.value = null; }
    }
    return { items, busy, key, start, typeShort, TYPE_COLORS, fundLabel, period, dueText, URGENT_DAYS };
  },
  template: `
  <div v-if="items.length" class="jx-pending" data-testid="campaign-pending">
    <div class="jx-pending-title">待填报 <a-badge :count="items.length" :number-style="{ backgroundColor: '#fa8c16' }" /></div>
    <div v-for="i in items" :key="key(i)" class="jx-pending-item" :data-testid="'pending-' + i.fund">
      <a-tag :color="TYPE_COLORS[i.type]">{{ typeShort(i.type) }}</a-tag>
      <span class="jx-pending-what">{{ fundLabel(i.fund) }} · {{ period(i.type, i.year, i.monitorMonth) }}</span>
      <span class="jx-muted jx-pending-campaign" :title="i.title">{{ i.title }}</span>
      <span :class="{ 'jx-overdue': i.daysLeft <= URGENT_DAYS }">{{ dueText(i.due) }}</span>
      <a-button size="small" type="primary" :loading="busy === key(i)" @click="start(i)" :data-testid="'start-' + i.fund">开始填报</a-button>
    </div>
  </div>`,
};
