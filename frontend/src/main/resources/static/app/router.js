// Routes (hash history: the server serves index.html at / and the Camunda login redirect uses /#/login).
import { session, loadMe, canSeeDashboard, curatesLibrary, hasArea, worksOnForms } from './session.js';
import { ADMIN_PAGES, firstAdminPage } from './components/admin/AdminNav.js';
import LoginPage from './pages/LoginPage.js';
import InboxPage from './pages/InboxPage.js';
import FormPage from './pages/FormPage.js';
import DashboardPage from './pages/DashboardPage.js';
import CampaignsPage from './pages/CampaignsPage.js';
import CampaignPage from './pages/CampaignPage.js';
import ResultsPage from './pages/ResultsPage.js';
import IndicatorLibraryPage from './pages/IndicatorLibraryPage.js';
import NotFoundPage from './pages/NotFoundPage.js';
import RulesPage from './pages/RulesPage.js';
import OrgsPage from './pages/admin/OrgsPage.js';
import UsersPage from './pages/admin/UsersPage.js';
import SettingsPage from './pages/admin/SettingsPage.js';
import AuditPage from './pages/admin/AuditPage.js';
import UnitFundsPage from './pages/admin/UnitFundsPage.js';

const { createRouter, createWebHashHistory } = VueRouter;

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/inbox' },
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: '登录' } },
    { path: '/inbox', name: 'inbox', component: InboxPage, meta: { title: '待办' } },
    { path: '/forms/:id', name: 'form', component: FormPage, meta: { title: '表单' } },
    { path: '/dashboard', name: 'dashboard', component: DashboardPage, meta: { title: '统计看板', dashboard: true } },
    { path: '/campaigns', name: 'campaigns', component: CampaignsPage, meta: { title: '填报任务', dashboard: true } },
    { path: '/campaigns/:id', name: 'campaign', component: CampaignPage, meta: { title: '填报任务', dashboard: true } },
    { path: '/results', name: 'results', component: ResultsPage, meta: { title: '结果应用' } },
    { path: '/rules/:code?', name: 'rules', component: RulesPage, meta: { title: '校验规则说明' } },
    { path: '/indicator-library', name: 'indicator-library', component: IndicatorLibraryPage, meta: { title: '指标库', curator: true } },
    { path: '/admin', redirect: () => ({ name: firstAdminPage() || 'inbox' }) },
    { path: '/admin/orgs', name: 'admin-orgs', component: OrgsPage, meta: { title: '组织机构', admin: true } },
    { path: '/admin/users', name: 'admin-users', component: UsersPage, meta: { title: '用户', admin: true } },
    { path: '/admin/unit-funds', name: 'admin-unit-funds', component: UnitFundsPage, meta: { title: '单位险种', admin: true } },
    { path: '/admin/settings', name: 'admin-settings', component: SettingsPage, meta: { title: '参数设置', admin: true } },
    { path: '/admin/audit', name: 'admin-audit', component: AuditPage, meta: { title: '审计日志', admin: true } },
    { path: '/:rest(.*)*', name: 'notfound', component: NotFoundPage, meta: { title: '页面不存在' } },
  ],
});

router.beforeEach(async (to) => {
  if (!session.loaded) await loadMe();
  if (to.meta.public) return session.user && to.name === 'login' ? { name: 'inbox' } : true;
  if (!session.user) return { name: 'login', query: to.fullPath && to.fullPath !== '/inbox' ? { redirect: to.fullPath } : {} };
  const home = worksOnForms() ? 'inbox' : firstAdminPage();
  if ((to.name === 'inbox' || to.name === 'form') && !worksOnForms() && home) return { name: home };
  if (to.meta.dashboard && !canSeeDashboard()) return { name: home || 'inbox' };
  if (to.meta.curator && !curatesLibrary()) return { name: home || 'inbox' };
  const page = ADMIN_PAGES.find((p) => p.key === to.name);
  if (page && !hasArea(page.area)) return { name: home || 'inbox' };
  return true;
});
router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 绩效审批` : '绩效审批';
});
