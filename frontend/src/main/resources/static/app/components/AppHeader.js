// The header: app name, navigation, the user's unit and role, notifications, logout.
import { session, logout, rolesText, orgName, canSeeDashboard, curatesLibrary, worksOnForms } from '../session.js';
import NotificationBell from './NotificationBell.js';
import PasswordDialog from './PasswordDialog.js';
import MfaDialog from './MfaDialog.js';
import ForcePasswordDialog from './admin/ForcePasswordDialog.js';
import { firstAdminPage } from './admin/AdminNav.js';

const { computed, ref } = Vue;
const { useRoute, useRouter } = VueRouter;

export default {
  name: 'AppHeader',
  components: { NotificationBell, PasswordDialog, MfaDialog, ForcePasswordDialog },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const pwOpen = ref(false);
    const mfaOpen = ref(false);
    const adminHome = computed(() => firstAdminPage());
    const nav = computed(() => {
      const items = worksOnForms() ? [{ key: 'inbox', label: '待办与表单' }] : [];
      if (canSeeDashboard()) items.push({ key: 'dashboard', label: '统计看板' }, { key: 'campaigns', label: '填报任务' });
      if (worksOnForms()) items.push({ key: 'results', label: '结果应用' });
      if (curatesLibrary()) items.push({ key: 'indicator-library', label: '指标库' });
      if (adminHome.value) items.push({ key: adminHome.value, label: '系统管理' });
      return items;
    });
    const active = computed(() => [route.name === 'form' ? 'inbox' : (route.name === 'campaign' ? 'campaigns' : (String(route.name || '').startsWith('admin-') ? adminHome.value : route.name))]);
    async function doLogout() {
      await logout();
      router.push({ name: 'login' });
    }
    const home = () => router.push({ name: worksOnForms() ? 'inbox' : adminHome.value });
    return { session, nav, active, pwOpen, mfaOpen, doLogout, rolesText, orgName, home, go: (k) => router.push({ name: k }) };
  },
  template: `
  <header class="jx-header">
    <div class="jx-brand" @click="home">绩效审批</div>
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
      <span class="jx-user">{{ session.user.displayName }} ▾</span>
      <template #overlay>
        <a-menu>
          <a-menu-item key="pw" @click="pwOpen = true">修改密码</a-menu-item>
          <a-menu-item key="mfa" @click="mfaOpen = true" data-testid="mfa-menu">双因素认证{{ session.user.mfaEnabled ? '（已启用）' : '' }}</a-menu-item>
          <a-menu-item key="out" @click="doLogout" data-testid="logout">退出登录</a-menu-item>
        </a-menu>
      </template>
    </a-dropdown>
    <password-dialog v-model:open="pwOpen" />
    <mfa-dialog v-model:open="mfaOpen" />
    <force-password-dialog v-if="session.user.mustChangePassword" />
    <mfa-dialog v-else-if="session.user.mfaEnrolmentRequired" :open="true" forced />
  </header>`,
};
