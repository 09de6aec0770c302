// 用户: the table of accounts, create / edit (org, roles, active) and reset password.
import { api } from '../../api.js';
import { dateTime } from '../../format.js';
import { roleLabel } from '../../meta.js';
import { hasArea } from '../../session.js';
import AdminNav from '../../components/admin/AdminNav.js';
import UserDialog from '../../components/admin/UserDialog.js';

const { ref, computed, onMounted, h } = Vue;
const { Modal, message } = antd;

export default {
  name: 'UsersPage',
  components: { AdminNav, UserDialog },
  setup() {
    const users = ref([]);
    const tree = ref([]);
    const loading = ref(false);
    const search = ref('');
    const showInactive = ref(true);
    const dialog = ref(false);
    const editing = ref(null);
    async function load() {
      loading.value = true;
      try {
        [users.value, tree.value] = await Promise.all([api.get('/api/admin/users'), api.get('/api/admin/orgs')]);
      } finally { loading.value = false; }
    }
    onMounted(load);
    const rows = computed(() => {
      const q = search.value.trim().toLowerCase();
      return users.value.filter((u) => (showInactive.value || u.active) && (!q
        || u.username.toLowerCase().includes(q) || (u.displayName || '').toLowerCase().includes(q)
        || (u.org && u.org.name.toLowerCase().includes(q))));
    });
    const columns = [
      { title: '用户名', dataIndex: 'username', key: 'username', width: 150, sorter: (a, b) => a.username.localeCompare(b.username) },
      { title: '姓名', dataIndex: 'displayName', key: 'displayName', width: 120 },
      { title: '所属机构', key: 'org' },
      { title: '角色', key: 'roles', width: 220 },
      { title: '状态', key: 'state', width: 150 },
      { title: '创建时间', key: 'createdAt', width: 150 },
      { title: '操作', key: 'ops', width: 230 },
    ];
    function create() { editing.value = null; dialog.value = true; }
    function edit(u) { editing.value = u; dialog.value = true; }
    function reset(u) {
      Modal.confirm({
        title: `重置 ${u.username}（${u.displayName}）的密码？`,
        content: '系统生成一个临时密码，该用户下次登录时必须修改。',
        okText: '重置', cancelText: '取消',
        async onOk() {
          const r = await api.post(`/api/admin/users/${u.id}/reset-password`, {});
          Modal.success({
            title: '密码已重置',
            content: h('div', [h('p', `请把临时密码告知 ${r.username}：`), h('p', { style: 'font-size: 18px; font-family: monospace', 'data-testid': 'temp-password' }, r.temporaryPassword), h('p', { class: 'jx-muted' }, '该用户登录后须立即修改密码。')]),
            okText: '知道了',
          });
          load();
        },
      });
    }
    const locked = (u) => u.lockedUntil && new Date(u.lockedUntil) > new Date();
    function act(u, what, path, done) {
      Modal.confirm({
        title: `${what} ${u.username}（${u.displayName}）？`, okText: '确定', cancelText: '取消',
        async onOk() { await api.post(`/api/admin/users/${u.id}/${path}`, {}); message.success(done); load(); },
      });
    }
    const unlock = (u) => act(u, '解除登录锁定：', 'unlock', '已解锁');
    const resetMfa = (u) => act(u, '重置双因素认证（须重新绑定验证器）：', 'reset-mfa', '已重置双因素认证');
    const security = hasArea('ACCOUNT_SECURITY');
    return { users, tree, loading, search, showInactive, dialog, editing, rows, columns, create, edit, reset, unlock, resetMfa, security, load, roleLabel, dateTime, locked };
  },
  template: `
  <admin-nav>
    <div class="jx-toolbar">
      <a-input-search v-model:value="search" placeholder="用户名、姓名或机构" allow-clear style="width: 240px" />
      <a-checkbox v-model:checked="showInactive">显示已停用</a-checkbox>
      <span class="jx-spacer" />
      <a-button @click="load" :loading="loading">刷新</a-button>
      <a-button type="primary" @click="create" data-testid="user-create">新增用户</a-button>
    </div>
    <a-table :columns="columns" :data-source="rows" row-key="id" size="small" :loading="loading" :pagination="{ pageSize: 50, showSizeChanger: false, showTotal: t => '共 ' + t + ' 个用户' }" data-testid="user-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'org'">
          <span v-if="record.org">{{ record.org.name }}</span>
        </template>
        <template v-else-if="column.key === 'roles'">
          <a-tag v-for="r in record.roles" :key="r" color="blue">{{ roleLabel(r) }}</a-tag>
        </template>
        <template v-else-if="column.key === 'state'">
          <a-tag :color="record.active ? 'green' : 'default'">{{ record.active ? '启用' : '已停用' }}</a-tag>
          <a-tag v-if="record.mustChangePassword" color="orange">待改密码</a-tag>
          <a-tag v-if="locked(record)" color="red">已锁定</a-tag>
          <a-tag v-if="record.mfaEnabled" color="blue">双因素</a-tag>
        </template>
        <template v-else-if="column.key === 'createdAt'">{{ dateTime(record.createdAt) }}</template>
        <template v-else-if="column.key === 'ops'">
          <a v-if="record.manageable" @click="edit(record)">编辑</a>
          <template v-if="security">
            <a-divider v-if="record.manageable" type="vertical" />
            <a @click="reset(record)" data-testid="user-reset">重置密码</a>
            <template v-if="locked(record)"><a-divider type="vertical" /><a @click="unlock(record)">解锁</a></template>
            <template v-if="record.mfaEnabled"><a-divider type="vertical" /><a @click="resetMfa(record)">重置双因素</a></template>
          </template>
        </template>
      </template>
    </a-table>
    <user-dialog v-model:open="dialog" :user="editing" :tree="tree" @saved="load" />
  </admin-nav>`,
};
