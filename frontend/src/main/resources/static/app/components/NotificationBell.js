// The bell in the header: unread count, a list of notifications; a click marks one read and opens its form.
import { api } from '../api.js';
import { ago } from '../format.js';

const { ref, onMounted, onBeforeUnmount } = Vue;
const { useRouter } = VueRouter;

const POLL_MS = 60000;

export default {
  name: 'NotificationBell',
  setup() {
    const router = useRouter();
    const items = ref([]);
    const unread = ref(0);
    const open = ref(false);
    const unavailable = ref(false);
    let timer = null;
    async function refresh() {
      try {
        const res = await api.get('/api/notifications', null, { silent: true });
        // {items: [{id, formId, kind, message, createdAt, readAt}], unread}; `read` follows readAt here
        items.value = res.items.map((n) => ({ ...n, read: !!n.readAt }));
        unread.value = res.unread;
        unavailable.value = false;
      } catch (e) {
        unavailable.value = e.status === 404;
      }
    }
    async function openItem(n) {
      if (!n.read) {
        try {
          await api.post(`/api/notifications/${n.id}/read`, undefined, { silent: true });
          n.read = true;
          unread.value = Math.max(0, unread.value - 1);
        } catch (e) { /* not critical */ }
      }
      open.value = false;
      if (n.formId) router.push({ name: 'form', params: { id: n.formId } });
    }
    async function readAll() {
      const list = items.value.filter((n) => !n.read);
      await Promise.all(list.map((n) => api.post(`/api/notifications/${n.id}/read`, undefined, { silent: true }).then(() => { n.read = true; }).catch(() => {})));
      unread.value = items.value.filter((n) => !n.read).length;
    }
    onMounted(() => { refresh(); timer = setInterval(refresh, POLL_MS); });
    onBeforeUnmount(() => clearInterval(timer));
    function toggle(o) {
      open.value = o;
      if (o) refresh();
    }
    return { items, unread, open, unavailable, openItem, readAll, refresh, toggle, ago };
  },
  template: `
  <a-popover :open="open" @update:open="toggle" trigger="click" placement="bottomRight" overlay-class-name="jx-notify-pop">
    <template #title>
      <div class="jx-notify-title"><span>通知</span><a v-if="unread" href="#" @click.prevent="readAll">全部标为已读</a></div>
    </template>
    <template #content>
      <div class="jx-notify-list" data-testid="notifications">
        <a-empty v-if="!items.length" :description="unavailable ? '通知服务暂不可用' : '没有通知'" />
        <div v-for="n in items" :key="n.id" class="jx-notify-item" :class="{ 'jx-unread': !n.read }" @click="openItem(n)"
          @keydown.enter="openItem(n)" role="link" tabindex="0">
          <div>{{ n.message }}</div>
          <div class="jx-muted">{{ ago(n.createdAt) }}</div>
        </div>
      </div>
    </template>
    <a-badge :count="unread" :overflow-count="99" size="small">
      <button class="jx-icon-btn" title="通知" data-testid="bell" aria-label="通知">
        <svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true"><path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/></svg>
      </button>
    </a-badge>
  </a-popover>`,
};
