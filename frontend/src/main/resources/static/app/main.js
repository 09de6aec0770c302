// Boot: Vue 3 + vue-router + Ant Design Vue (zh_CN) from WebJars, templates compiled in the browser.
import { router } from './router.js';
import { session } from './session.js';
import { onUnauthorized, onPasswordChangeRequired } from './api.js';
import AppHeader from './components/AppHeader.js';
import { installA11yRepairs } from './a11y.js';

const { createApp } = Vue;

dayjs.locale('zh-cn');

/**
 * Ant Design's colours, darkened where its defaults miss WCAG 2.1 AA's 4.5:1 for text (GB/T 37668): the blue of
 * links, tabs and primary buttons (#1677ff is 4.1:1 under white text), the red of 退回, the greys of hints and
 * placeholders.
 */
const THEME = {
  token: {
    borderRadius: 4, fontSize: 13,
    colorPrimary: '#0958d9', colorLink: '#0958d9', colorError: '#cf1322', colorSuccess: '#237804', colorWarning: '#ad4e00',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)', colorTextDescription: 'rgba(0, 0, 0, 0.6)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

const App = {
  name: 'App',
  components: { AppHeader },
  setup() {
    return { session, zhCN: antd.locales && antd.locales.zh_CN, theme: THEME };
  },
  template: `
  <a-config-provider :locale="zhCN" :theme="theme">
    <div class="jx-app" :class="{ 'jx-app-public': !session.user }">
      <app-header v-if="session.user && $route.name !== 'login'" />
      <main class="jx-main"><router-view :key="$route.name === 'form' ? $route.fullPath : $route.name" /></main>
    </div>
  </a-config-provider>`,
};

onUnauthorized(() => {
  if (!session.user) return;
  session.user = null;
  antd.message.warning('登录已失效，请重新登录');
  const current = router.currentRoute.value;
  router.push({ name: 'login', query: { redirect: current.fullPath } });
});

onPasswordChangeRequired(() => {
  if (session.user) session.user.mustChangePassword = true;
});

const app = createApp(App);
app.config.errorHandler = (err, instance, info) => {
  console.error('[jixiao]', info, err); // eslint-disable-line no-console
  antd.message.error('页面出错了，请刷新后重试');
};
app.use(antd);
app.use(router);
app.mount('#app');
installA11yRepairs();
