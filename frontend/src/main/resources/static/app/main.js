// Boot: Vue 3 + vue-router + Ant Design Vue (zh_CN) from WebJars, templates compiled in the browser.
import { router } from './router.js';
import { session } from './session.js';
import { onUnauthorized, onPasswordChangeRequired } from './api.js';
import AppHeader from './components/AppHeader.js';

const { createApp } = Vue;

dayjs.locale('zh-cn');

const App = {
  name: 'App',
  components: { AppHeader },
  setup() {
    return { session, zhCN: antd.locales && antd.locales.zh_CN, theme: { token: { borderRadius: 4, fontSize: 13 } } };
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
