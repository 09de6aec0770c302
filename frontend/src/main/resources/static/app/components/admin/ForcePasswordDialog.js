// Shown (and not closable) while /api/auth/me says mustChangePassword: after an administrator set or
// reset the password, its owner chooses a new one before doing anything else.
import { api } from '../../api.js';
import { session, logout } from '../../session.js';

const { reactive, ref } = Vue;
const { message } = antd;
const { useRouter } = VueRouter;

export default {
  name: 'ForcePasswordDialog',
  setup() {
    const router = useRouter();
    const f = reactive({ oldPassword: '', newPassword: '', again: '' });
    const busy = ref(false);
    const error = ref('');
    async function ok() {
      error.value = '';
      if (!f.oldPassword || !f.newPassword) { error.value = '请填写当前密码和新密码'; return; }
      if (f.newPassword.length < 10) { error.value = '新密码至少 10 个字符'; return; }
      if (f.newPassword !== f.again) { error.value = '两次输入的新密码不一致'; return; }
      busy.value = true;
      try {
        await api.post('/api/auth/password', { oldPassword: f.oldPassword, newPassword: f.newPassword }, { silent: true });
        session.user.mustChangePassword = false;
        session.user.passwordExpired = false;
        message.success('密码已修改');
      } catch (e) { error.value = e.message; } finally { busy.value = false; }
    }
    async function quit() {
      await logout();
      router.push({ name: 'login' });
    }
    return { f, busy, error, ok, quit, session };
  },
  template: `
  <a-modal :open="true" title="请修改密码" :closable="false" :mask-closable="false" :keyboard="false" :width="440" data-testid="force-password">
    <a-alert type="warning" show-icon :message="session.user.passwordExpired ? '您的密码已过期，请先设置新密码再继续使用。' : '管理员为您设置或重置了密码，请先设置新密码再继续使用。'" style="margin-bottom: 12px" />
    <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 12px" />
    <a-form layout="vertical">
      <a-form-item label="当前密码（管理员提供的临时密码）"><a-input-password v-model:value="f.oldPassword" autocomplete="current-password" /></a-form-item>
      <a-form-item label="新密码（至少 10 个字符，含大写、小写、数字、其他字符中的 3 类，不含用户名，不能是最近用过的）"><a-input-password v-model:value="f.newPassword" autocomplete="new-password" /></a-form-item>
      <a-form-item label="再次输入新密码"><a-input-password v-model:value="f.again" autocomplete="new-password" @pressEnter="ok" /></a-form-item>
    </a-form>
    <template #footer>
      <a-button @click="quit">退出登录</a-button>
      <a-button type="primary" :loading="busy" @click="ok">确定</a-button>
    </template>
  </a-modal>`,
};
