// The tabs of 系统管理 (ADMIN only) and the link to the Camunda console; wraps each admin page.
const { computed } = Vue;
const { useRoute, useRouter } = VueRouter;

export const ADMIN_PAGES = [
  { key: 'admin-orgs', label: '组织机构' },
  { key: 'admin-users', label: '用户' },
  { key: 'admin-settings', label: '参数设置' },
  { key: 'admin-audit', label: '审计日志' },
];

export default {
  name: 'AdminNav',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const current = computed(() => route.name);
    return { ADMIN_PAGES, current, go: (k) => router.push({ name: k }) };
  },
  template: `
  <div class="jx-page" data-testid="admin">
    <div class="jx-toolbar" style="border-bottom: 1px solid #e5e8ef; padding-bottom: 6px">
      <b class="jx-page-title">系统管理</b>
      <a-radio-group :value="current" button-style="solid" size="small" @update:value="go">
        <a-radio-button v-for="p in ADMIN_PAGES" :key="p.key" :value="p.key" :data-testid="p.key">{{ p.label }}</a-radio-button>
      </a-radio-group>
      <span class="jx-spacer" />
      <a href="/camunda/app/cockpit/" target="_blank" rel="noopener" data-testid="camunda-link">流程引擎控制台（Camunda Cockpit）↗</a>
    </div>
    <slot />
  </div>`,
};
