// Create or edit a user: username (create only), name, org, roles, phone, initial password, active.
import { api } from '../../api.js';
import { meta, options, ADMIN_ROLES, roleFits } from '../../meta.js';
import { findNode } from '../../tree.js';
import { hasArea } from '../../session.js';
import OrgPicker from './OrgPicker.js';

const { reactive, ref, watch, computed } = Vue;
const { message } = antd;

const ROLE_OPTIONS = options(meta.roles);

export default {
  name: 'UserDialog',
  components: { OrgPicker },
  props: { open: Boolean, user: { type: Object, default: null }, tree: { type: Array, default: () => [] } },
  emits: ['update:open', 'saved'],
  setup(props, { emit }) {
    const f = reactive({ username: '', displayName: '', orgId: null, roles: [], phone: '', password: '', active: true });
    const busy = ref(false);
    const error = ref('');
    const editing = computed(() => !!props.user);
    watch(() => props.open, (o) => {
      if (!o) return;
      const u = props.user;
      Object.assign(f, {
        username: u ? u.username : '', displayName: u ? u.displayName : '', orgId: u && u.org ? u.org.id : null,
        roles: u ? [...u.roles] : [], phone: (u && u.phone) || '', password: '', active: u ? u.active : true,
      });
      error.value = '';
    });
    const orgLevel = computed(() => { const n = findNode(props.tree, f.orgId); return n ? n.level : null; });
    // the security administrator manages the three administrators' accounts (one role each), the system administrator the rest
    const mine = (role) => ADMIN_ROLES.includes(role) === hasArea('ACCOUNT_SECURITY');
    const roleOptions = computed(() => ROLE_OPTIONS.filter((r) => mine(r.value)).map((r) => ({ ...r, disabled: !!orgLevel.value && !roleFits(r.value, orgLevel.value) })));
    async function ok() {
      error.value = '';
      busy.value = true;
      try {
        let saved;
        if (editing.value) {
          saved = await api.put(`/api/admin/users/${props.user.id}`, {
            displayName: f.displayName, orgId: f.orgId, roles: f.roles, phone: f.phone, active: f.active,
          }, { silent: true });
        } else {
          saved = await api.post('/api/admin/users', {
            username: f.username, displayName: f.displayName, orgId: f.orgId, roles: f.roles, phone: f.phone, password: f.password,
          }, { silent: true });
        }
        message.success(editing.value ? '已保存' : `已创建用户 ${saved.username}，首次登录须修改密码`);
        emit('saved', saved);
        emit('update:open', false);
      } catch (e) { error.value = e.message; } finally { busy.value = false; }
    }
    const roleHint = hasArea('ACCOUNT_SECURITY') ? '角色（三员分立：每个账户只授予一个管理员角色）'
      : '角色（可多选；填报人、单位负责人属于单位，地区审核、地区领导属于地区/州）';
    return { f, busy, error, editing, roleOptions, roleHint, ok };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" :title="editing ? '编辑用户 ' + user.username : '新增用户'"
    ok-text="保存" cancel-text="取消" :confirm-loading="busy" @ok="ok" :width="520" data-testid="user-dialog">
    <a-alert v-if="error" type="error" :message="error" show-icon style="margin-bottom: 12px" />
    <a-form layout="vertical">
      <a-form-item v-if="!editing" label="用户名（登录名，字母、数字、_ . -）" required><a-input v-model:value="f.username" autocomplete="off" data-testid="user-username" /></a-form-item>
      <a-form-item label="姓名" required><a-input v-model:value="f.displayName" data-testid="user-displayname" /></a-form-item>
      <a-form-item label="所属机构" required><org-picker v-model:value="f.orgId" :tree="tree" /></a-form-item>
      <a-form-item :label="roleHint" required>
        <a-checkbox-group v-model:value="f.roles" :options="roleOptions" data-testid="user-roles" />
      </a-form-item>
      <a-form-item label="电话"><a-input v-model:value="f.phone" /></a-form-item>
      <a-form-item v-if="!editing" label="初始密码（至少 10 个字符，用户首次登录须修改）" required>
        <a-input-password v-model:value="f.password" autocomplete="new-password" data-testid="user-password" />
      </a-form-item>
      <a-form-item v-if="editing"><a-checkbox v-model:checked="f.active">启用（停用后不能登录）</a-checkbox></a-form-item>
    </a-form>
  </a-modal>`,
};
