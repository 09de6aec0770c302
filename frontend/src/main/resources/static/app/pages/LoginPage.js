// Login: username and password; the API's message is shown on 401 (wrong password) and 429 (locked).
import { login } from '../session.js';

const { reactive, ref } = Vue;
const { useRoute, useRouter } = VueRouter;

export default {
  name: 'LoginPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const f = reactive({ username: '', password: '' });
    const busy = ref(false);
    const error = ref('');
    async function submit() {
      error.value = '';
      if (!f.username.trim() || !f.password) { error.value = '请输入用户名和密码'; return; }
      busy.value = true;
      try {
        await login(f.username.trim(), f.password);
        const to = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/') ? route.query.redirect : '/inbox';
        router.replace(to);
      } catch (e) {
        error.value = e.message || '登录失败';
        f.password = '';
      } finally {
        busy.value = false;
      }
    }
    return { f, busy, error, submit };
  },
  template: `
  <div class="jx-login">
    <div class="jx-login-card">
      <h1>绩效审批</h1>
      <p class="jx-muted">社会保险基金支出绩效管理 · 目标 · 监控 · 自评</p>
      <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 16px" data-testid="login-error" />
      <a-form layout="vertical" @submit.prevent="submit">
        <a-form-item label="用户名">
          <a-input v-model:value="f.username" size="large" autocomplete="username" autofocus id="username" @pressEnter="submit" />
        </a-form-item>
        <a-form-item label="密码">
          <a-input-password v-model:value="f.password" size="large" autocomplete="current-password" id="password" @pressEnter="submit" />
        </a-form-item>
        <a-button type="primary" size="large" block :loading="busy" @click="submit" id="login-submit">登录</a-button>
      </a-form>
      <p class="jx-muted jx-login-foot">连续输错密码多次，账户将被暂时锁定。忘记密码请联系系统管理员。</p>
    </div>
  </div>`,
};
