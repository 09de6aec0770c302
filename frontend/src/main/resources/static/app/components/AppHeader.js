// The header: app name, navigation, the user's unit and role, notifications, logout.
import { session, logout, rolesText, orgName, canSeeDashboard, hasRole } from '../session.js';
import NotificationBell from './NotificationBell.js';
import PasswordDialog from './PasswordDialog.js';
import ForcePasswordDialog from './admin/ForcePasswordDialog.js';

const { computed, ref } = Vue;
const { useRoute, useRouter } = VueRouter;

export default {
  name: 'AppHeader',
  components: { NotificationBell, PasswordDialog, ForcePasswordDialog },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const pwOpen = ref(false);
    const nav = computed(() => {
      const items = [{ key: 'inbox', label: '待办与表单' }];
      if (canSeeDashboard()) items.push({ key: 'dashboard', label: '统计看板' });
      if (hasRole('ADMIN')) items.push({ key: 'admin-orgs', label: '系统管理' });
      return items;
    });
    const active = computed(() => [route.name === 'form' ? 'inbox' : (String(route.name || '').startsWith('admin-') ? 'admin-orgs' : route.name)]);
    async function doLogout() {
      await logout();
      router.push({ name: 'login' });
    }
    return { session, nav, active, pwOpen, doLogout, rolesText, orgName, go: (k) => router.push({ name: k }) };
  },
  template: `
  <header class="jx-header">
    <div class="jx-brand" @click="go('inbox')">绩效审批</div>
    <nav class="jx-nav">
      <a v-for="n in nav" :key="n.key" :class="{ active: active.includes(n.key) }" @click="go(n.key)">{{ n.label }}</a>
    </nav>
    <span class="jx-spacer" />
    <span class="jx-who" data-testid="who">
      <span class="jx-org">{{ orgName() }}</span>
      <a-tag color="blue" class="jx-role">{{ rolesText() }}</a-tag>
    </span>
    <notification-bell />
    <a-dropdown placement="bottomRight">
      <span class="jx-user">{{ session.user.displayName || session.user.username }} ▾</span>
      <template #overlay>
        <a-menu>
          <a-menu-item key="pw" @click="pwOpen = true">修改密码</a-menu-item>
          <a-menu-item key="out" @click="doLogout" data-testid="logout">退出登录</a-menu-item>
        </a-menu>
      </template>
    </a-dropdown>
    <password-dialog v-model:open="pwOpen" />
    <force-password-dialog v-if="session.user.mustChangePassword" />
  </header>`,
};
