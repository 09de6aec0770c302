// The tabs of 系统管理 — those the user's roles open (三员分立: the server names them in /api/auth/me as adminAreas)
// — and, for the system administrator, the link to the Camunda console; wraps each admin page.
import { hasArea } from '../../session.js';

const { computed } = Vue;
const { useRoute, useRouter } = VueRouter;

export const ADMIN_PAGES = [
  { key: 'admin-orgs', label: '组织机构', area: 'ORGS' },
  { key: 'admin-users', label: '用户', area: 'USERS' },
  { key: 'admin-unit-funds', label: '单位险种', area: 'UNIT_FUNDS' },
  { key: 'admin-settings', label: '参数设置', area: 'SETTINGS' },
  { key: 'admin-audit', label: '审计日志', area: 'AUDIT' },
];
/** The first admin page the user may open, or null. */
export const firstAdminPage = () => (ADMIN_PAGES.find((p) => hasArea(p.area)) || {}).key || null;

export default {
  name: 'AdminNav',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const current = computed(() => route.name);
    const pages = computed(() => ADMIN_PAGES.filter((p) => hasArea(p.area)));
    return { pages, current, hasArea, go: (k) => router.push({ name: k }) };
  },
  template: `
  <div class="jx-page" data-testid="admin">
    <div class="jx-toolbar" style="border-bottom: 1px solid #e5e8ef; padding-bottom: 6px">
      <b class="jx-page-title">系统管理</b>
      <a-radio-group :value="current" button-style="solid" size="small" @update:value="go">
        <a-radio-button v-for="p in pages" :key="p.key" :value="p.key" :data-testid="p.key">{{ p.label }}</a-radio-button>
      </a-radio-group>
      <span class="jx-spacer" />
      <a v-if="hasArea('ENGINE_CONSOLE')" href="/camunda/app/cockpit/" target="_blank" rel="noopener" data-testid="camunda-link">流程引擎控制台（Camunda Cockpit）↗</a>
    </div>
    <slot />
  </div>`,
};
