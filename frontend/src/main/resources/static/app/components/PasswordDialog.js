// Change one's own password: POST /api/auth/password {oldPassword, newPassword}.
import { api } from '../api.js';

const { reactive, ref, watch } = Vue;
const { message } = antd;

export default {
  name: 'PasswordDialog',
  props: { open: { type: Boolean, default: false } },
  emits: ['update:open'],
  setup(props, { emit }) {
    const f = reactive({ oldPassword: '', newPassword: '', again: '' });
    const busy = ref(false);
    const error = ref('');
    watch(() => props.open, (o) => { if (o) { f.oldPassword = ''; f.newPassword = ''; f.again = ''; error.value = ''; } });
    async function ok() {
      error.value = '';
      if (!f.oldPassword || !f.newPassword) { error.value = '请填写原密码和新密码'; return; }
      if (f.newPassword.length < 10) { error.value = '新密码至少 10 位'; return; }
      if (f.newPassword !== f.again) { error.value = '两次输入的新密码不一致'; return; }
      busy.value = true;
      try {
        await api.post('/api/auth/password', { oldPassword: f.oldPassword, newPassword: f.newPassword }, { silent: true });
        message.success('密码已修改');
        emit('update:open', false);
      } catch (e) { error.value = e.message; } finally { busy.value = false; }
    }
    return { f, busy, error, ok };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" title="修改密码" ok-text="确定" cancel-text="取消" :confirm-loading="busy" @ok="ok" :width="420">
    <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 12px" />
    <a-form layout="vertical">
      <a-form-item label="原密码"><a-input-password v-model:value="f.oldPassword" autocomplete="current-password" /></a-form-item>
      <a-form-item label="新密码（至少 10 位，含大写、小写、数字、其他字符中的 3 类）"><a-input-password v-model:value="f.newPassword" autocomplete="new-password" /></a-form-item>
      <a-form-item label="再次输入新密码"><a-input-password v-model:value="f.again" autocomplete="new-password" @pressEnter="ok" /></a-form-item>
    </a-form>
  </a-modal>`,
};
