// Login: username and password, then — for accounts with a second factor — the authenticator's code (or a
// recovery code). The API's message is shown on 401 (wrong password or code) and 429 (locked, throttled).
import { login, loginCode } from '../session.js';

const { reactive, ref, nextTick } = Vue;
const { useRoute, useRouter } = VueRouter;

export default {
  name: 'LoginPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const f = reactive({ username: '', password: '', code: '' });
    const codeStep = ref(false);
    const busy = ref(false);
    const error = ref('');
    function enter() {
      const to = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/') ? route.query.redirect : '/inbox';
      router.replace(to);
    }
    async function submit() {
      error.value = '';
      if (!f.username.trim() || !f.password) { error.value = '请输入用户名和密码'; return; }
      busy.value = true;
      try {
        const answer = await login(f.username.trim(), f.password);
        if (answer && answer.mfaRequired) {
          codeStep.value = true;
          await nextTick();
          const input = document.getElementById('mfa-code');
          if (input) input.focus();
        } else {
          enter();
        }
      } catch (e) {
        error.value = e.message || '登录失败';
        f.password = '';
      } finally {
        busy.value = false;
      }
    }
    async function submitCode() {
      error.value = '';
      if (!f.code.trim()) { error.value = '请输入验证码'; return; }
      busy.value = true;
      try {
        await loginCode(f.code.trim());
        enter();
      } catch (e) {
        error.value = e.message || '验证失败';
        f.code = '';
        if (e.status === 429 || (e.code && e.code !== 'BAD_CODE')) { codeStep.value = false; f.password = ''; }
      } finally {
        busy.value = false;
      }
    }
    function back() { codeStep.value = false; f.password = ''; f.code = ''; error.value = ''; }
    return { f, codeStep, busy, error, submit, submitCode, back };
  },
  template: `
  <div class="jx-login">
    <div class="jx-login-card">
      <h1>绩效审批</h1>
      <p class="jx-muted">社会保险基金支出绩效管理 · 目标 · 监控 · 自评</p>
      <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 16px" data-testid="login-error" />
      <a-form v-if="!codeStep" layout="vertical" @submit.prevent="submit">
        <a-form-item label="用户名" html-for="username">
          <a-input v-model:value="f.username" size="large" autocomplete="username" autofocus id="username" @pressEnter="submit" />
        </a-form-item>
        <a-form-item label="密码" html-for="password">
          <a-input-password v-model:value="f.password" size="large" autocomplete="current-password" id="password" @pressEnter="submit" />
        </a-form-item>
        <a-button type="primary" size="large" block :loading="busy" @click="submit" id="login-submit">登录</a-button>
      </a-form>
      <a-form v-else layout="vertical" @submit.prevent="submitCode">
        <p>请输入验证器应用显示的 6 位验证码（手机不在身边时可输入一个恢复码）。</p>
        <a-form-item label="验证码" html-for="mfa-code">
          <a-input v-model:value="f.code" size="large" autocomplete="one-time-code" inputmode="numeric" id="mfa-code" @pressEnter="submitCode" />
        </a-form-item>
        <a-button type="primary" size="large" block :loading="busy" @click="submitCode" id="mfa-submit">验证</a-button>
        <a-button type="link" block @click="back" style="margin-top: 8px">返回，重新输入用户名和密码</a-button>
      </a-form>
      <p class="jx-muted jx-login-foot">连续输错密码或验证码多次，账户将被暂时锁定。忘记密码或更换手机请联系安全管理员。</p>
    </div>
  </div>`,
};
