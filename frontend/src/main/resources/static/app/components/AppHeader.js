// The header: app name, navigation, the user's unit and role, notifications, logout. On a phone the links, the
// unit and the account's menu move into a drawer behind one 菜单 button (they wrapped per character there).
import { session, logout, rolesText, orgName, canSeeDashboard, curatesLibrary, worksOnForms } from '../session.js';
import NotificationBell from './NotificationBell.js';
import PasswordDialog from './PasswordDialog.js';
import MfaDialog from './MfaDialog.js';
import ForcePasswordDialog from './admin/ForcePasswordDialog.js';
import { firstAdminPage } from './admin/AdminNav.js';
import { useNarrow } from '../composables/useNarrow.js';

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
    const drawerOpen = ref(false);
    const narrow = useNarrow();
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
    const homeRoute = computed(() => ({ name: worksOnForms() ? 'inbox' : adminHome.value }));
    /** A menu entry chosen in the drawer: the drawer closes first, so that focus goes back to the page. */
    function fromDrawer(action) {
      drawerOpen.value = false;
      action();
    }
    return { session, nav, active, pwOpen, mfaOpen, drawerOpen, narrow, doLogout, rolesText, orgName, homeRoute, fromDrawer };
  },
  template: `
  <header class="jx-header">
    <router-link class="jx-brand" :to="homeRoute">绩效审批</router-link>
    <nav v-if="!narrow" class="jx-nav" aria-label="主菜单">
      <router-link v-for="n in nav" :key="n.key" :to="{ name: n.key }" :class="{ active: active.includes(n.key) }"
        :aria-current="active.includes(n.key) ? 'page' : null">{{ n.label }}</router-link>
    </nav>
    <span class="jx-spacer" />
    <span class="jx-who" data-testid="who">
      <span class="jx-org">{{ orgName() }}</span>
      <a-tag color="blue" class="jx-role">{{ rolesText() }}</a-tag>
    </span>
    <notification-bell />
    <button v-if="narrow" type="button" class="jx-icon-btn jx-menu-btn" aria-label="菜单" :aria-expanded="drawerOpen ? 'true' : 'false'"
      @click="drawerOpen = true" data-testid="menu-button">
      <svg viewBox="0 0 24 24" width="22" height="22" fill="currentColor" aria-hidden="true"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></svg>
    </button>
    <a-drawer v-if="narrow" v-model:open="drawerOpen" placement="right" width="min(300px, 85vw)" :title="session.user.displayName"
      root-class-name="jx-menu-drawer">
      <p class="jx-drawer-who">{{ orgName() }}<br><a-tag color="blue" class="jx-role">{{ rolesText() }}</a-tag></p>
      <nav class="jx-drawer-nav" aria-label="主菜单" data-testid="drawer-nav">
        <router-link v-for="n in nav" :key="n.key" :to="{ name: n.key }" :class="{ active: active.includes(n.key) }"
          :aria-current="active.includes(n.key) ? 'page' : null" @click="drawerOpen = false">{{ n.label }}</router-link>
      </nav>
      <div class="jx-drawer-account">
        <button type="button" class="jx-link-btn" @click="fromDrawer(() => { pwOpen = true; })">修改密码</button>
        <button type="button" class="jx-link-btn" @click="fromDrawer(() => { mfaOpen = true; })">双因素认证{{ session.user.mfaEnabled ? '（已启用）' : '' }}</button>
        <button type="button" class="jx-link-btn" @click="fromDrawer(doLogout)">退出登录</button>
      </div>
    </a-drawer>
    <a-dropdown v-else placement="bottomRight">
      <button type="button" class="jx-user">{{ session.user.displayName }} ▾</button>
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
