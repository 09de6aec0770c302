// 双因素认证 (TOTP): enrol from the user menu, or — forced, not closable — when the user's roles require it.
// POST /api/auth/mfa/enroll → {secret, otpauthUri, qrCode}; POST /api/auth/mfa/confirm {code} → {recoveryCodes}.
import { api } from '../api.js';
import { session, logout } from '../session.js';

const { reactive, ref, watch } = Vue;
const { useRouter } = VueRouter;

export default {
  name: 'MfaDialog',
  props: { open: { type: Boolean, default: false }, forced: { type: Boolean, default: false } },
  emits: ['update:open'],
  setup(props, { emit }) {
    const router = useRouter();
    const enrolment = ref(null);
    const codes = ref(null);
    const f = reactive({ code: '' });
    const busy = ref(false);
    const error = ref('');
    watch(() => props.open, (o) => { if (o) { enrolment.value = null; codes.value = null; f.code = ''; error.value = ''; } }, { immediate: true });
    async function start() {
      error.value = '';
      busy.value = true;
      try { enrolment.value = await api.post('/api/auth/mfa/enroll', {}, { silent: true }); } catch (e) { error.value = e.message; } finally { busy.value = false; }
    }
    async function confirm() {
      error.value = '';
      if (!/^\d{6}$/.test(f.code.trim())) { error.value = '请输入验证器应用显示的 6 位数字'; return; }
      busy.value = true;
      try {
        codes.value = (await api.post('/api/auth/mfa/confirm', { code: f.code.trim() }, { silent: true })).recoveryCodes;
      } catch (e) { error.value = e.message; } finally { busy.value = false; }
    }
    function done() {
      session.user.mfaEnabled = true;
      session.user.mfaEnrolmentRequired = false;
      emit('update:open', false);
    }
    async function quit() {
      await logout();
      router.push({ name: 'login' });
    }
    return { session, enrolment, codes, f, busy, error, start, confirm, done, quit };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" title="双因素认证" :closable="!forced" :mask-closable="!forced" :keyboard="!forced" :width="480" data-testid="mfa-dialog">
    <a-alert v-if="forced" type="warning" show-icon message="您的角色须使用双因素认证：请先用验证器应用（如微信小程序“腾讯身份验证器”、Microsoft Authenticator）绑定，再继续使用。" style="margin-bottom: 12px" />
    <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 12px" />
    <template v-if="session.user.mfaEnabled && !codes">
      <p>已启用双因素认证：登录时输入密码后，还须输入验证器应用显示的 6 位验证码（或一个恢复码）。</p>
      <p class="jx-muted">更换手机或丢失恢复码时，请联系安全管理员重置。</p>
    </template>
    <template v-else-if="codes">
      <a-alert type="success" show-icon message="已启用双因素认证" style="margin-bottom: 12px" />
      <p>恢复码（手机不在身边时代替验证码登录，每个只能用一次）。请立即抄下或打印并妥善保存，此后不再显示：</p>
      <div class="jx-recovery-codes" data-testid="recovery-codes"><code v-for="c in codes" :key="c">{{ c }}</code></div>
    </template>
    <template v-else-if="enrolment">
      <p>1. 用验证器应用扫描二维码（或手动输入密钥）：</p>
      <div style="text-align: center"><img :src="enrolment.qrCode" alt="二维码" width="200" height="200" data-testid="mfa-qr" /></div>
      <p class="jx-muted" style="word-break: break-all">密钥：<code data-testid="mfa-secret">{{ enrolment.secret }}</code></p>
      <p>2. 输入应用显示的 6 位验证码：</p>
      <a-input v-model:value="f.code" maxlength="6" size="large" inputmode="numeric" autocomplete="one-time-code" @pressEnter="confirm" data-testid="mfa-confirm-code" />
    </template>
    <template v-else>
      <p>启用后，登录时除密码外还须输入手机验证器应用每 30 秒更新的 6 位验证码，密码泄露也无法登录。</p>
    </template>
    <template #footer>
      <a-button v-if="forced && !codes" @click="quit">退出登录</a-button>
      <a-button v-if="!forced && !codes" @click="$emit('update:open', false)">关闭</a-button>
      <a-button v-if="!session.user.mfaEnabled && !enrolment && !codes" type="primary" :loading="busy" @click="start" data-testid="mfa-start">开始绑定</a-button>
      <a-button v-if="enrolment && !codes" type="primary" :loading="busy" @click="confirm" data-testid="mfa-confirm">确认绑定</a-button>
      <a-button v-if="codes" type="primary" @click="done" data-testid="mfa-done">我已保存恢复码</a-button>
    </template>
  </a-modal>`,
};
