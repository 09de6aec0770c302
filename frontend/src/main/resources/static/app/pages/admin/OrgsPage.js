// 组织机构: the org tree with add (unit / county / 本级 unit), rename, move and deactivate.
import { api } from '../../api.js';
import AdminNav from '../../components/admin/AdminNav.js';
import OrgPicker from '../../components/admin/OrgPicker.js';
import { meta, orgLevelLabel, childLevels as childLevelsOf } from '../../meta.js';
import { findNode } from '../../tree.js';

const { ref, reactive, computed, onMounted } = Vue;
const { message } = antd;


function toTree(nodes) {
  return (nodes || []).map((n) => ({ key: n.id, title: n.name, org: n, children: toTree(n.children) }));
}

export default {
  name: 'OrgsPage',
  components: { AdminNav, OrgPicker },
  setup() {
    const orgs = ref([]);
    const loading = ref(false);
    const selectedId = ref(null);
    const expanded = ref([]);
    const selected = computed(() => findNode(orgs.value, selectedId.value));
    const parent = computed(() => (selected.value && selected.value.parentId ? findNode(orgs.value, selected.value.parentId) : null));
    const treeData = computed(() => toTree(orgs.value));

    // who acts for the selected org: reviewers and leaders of a prefecture, filers and heads of a unit
    const users = ref([]);
    const staff = computed(() => {
      const s = selected.value;
      if (!s) return [];
      const roles = meta.roles.filter((r) => !r.administrator && r.levels.includes(s.level));
      const here = users.value.filter((u) => u.active && u.org && u.org.id === s.id);
      return roles.map(({ code: role, label }) => ({
        role, label, names: here.filter((u) => (u.roles || []).includes(role)).map((u) => `${u.displayName}（${u.username}）`),
      }));
    });
    async function load() {
      loading.value = true;
      try {
        [orgs.value, users.value] = await Promise.all([api.get('/api/admin/orgs'), api.get('/api/admin/users')]);
        if (!expanded.value.length) {
          const keys = [];
          const walk = (ns, depth) => ns.forEach((n) => { if (depth < 2) { keys.push(n.id); walk(n.children, depth + 1); } });
          walk(orgs.value, 0);
          expanded.value = keys;
        }
      } finally { loading.value = false; }
    }
    onMounted(load);

    // add
    const add = reactive({ open: false, name: '', shortName: '', code: '', level: 'UNIT', sortOrder: 0, department: '', busy: false });
    const childLevels = computed(() => (selected.value ? childLevelsOf(selected.value.level) : []));
    function openAdd() {
      Object.assign(add, { open: true, name: '', shortName: '', code: '', sortOrder: 0, department: '', level: childLevels.value.includes('UNIT') ? 'UNIT' : childLevels.value[0] });
    }
    async function saveAdd() {
      add.busy = true;
      try {
        const created = await api.post('/api/admin/orgs', {
          parentId: selected.value.id, name: add.name, shortName: add.shortName || null, code: add.code || null, level: add.level, sortOrder: add.sortOrder,
          department: add.level === 'UNIT' ? add.department || null : null,
        });
        message.success(`已添加 ${created.name}`);
        add.open = false;
        if (!expanded.value.includes(selected.value.id)) expanded.value = [...expanded.value, selected.value.id];
        await load();
        selectedId.value = created.id;
      } catch (e) { /* shown by api.js */ } finally { add.busy = false; }
    }

    // edit (rename, short name, order)
    const edit = reactive({ open: false, name: '', shortName: '', sortOrder: 0, department: '', busy: false });
    function openEdit() {
      const s = selected.value;
      Object.assign(edit, { open: true, name: s.name, shortName: s.shortName || '', sortOrder: s.sortOrder, department: s.department || '' });
    }
    async function saveEdit() {
      edit.busy = true;
      try {
        await api.put(`/api/admin/orgs/${selected.value.id}`, {
          name: edit.name, shortName: edit.shortName, sortOrder: edit.sortOrder,
          ...(selected.value.level === 'UNIT' ? { department: edit.department } : {}),
        });
        message.success('已保存');
        edit.open = false;
        await load();
      } catch (e) { /* shown */ } finally { edit.busy = false; }
    }

    // move
    const move = reactive({ open: false, parentId: null, busy: false });
    const moveDisable = (n) => !n.active || !selected.value || n.path.startsWith(selected.value.path)
      || !childLevelsOf(n.level).includes(selected.value.level);
    function openMove() { Object.assign(move, { open: true, parentId: null }); }
    async function saveMove() {
      if (!move.parentId) { message.warning('请选择新的上级机构'); return; }
      move.busy = true;
      try {
        await api.put(`/api/admin/orgs/${selected.value.id}`, { parentId: move.parentId });
        message.success('已移动，下级机构一并移动');
        move.open = false;
        await load();
      } catch (e) { /* shown */ } finally { move.busy = false; }
    }

    async function setActive(active) {
      try {
        await api.put(`/api/admin/orgs/${selected.value.id}`, { active });
        message.success(active ? '已启用' : '已停用');
        await load();
      } catch (e) { /* shown */ }
    }
    const orgOf = (p) => p.org || (p.dataRef && p.dataRef.org) || (p.data && p.data.org) || null;
    return {
      orgs, loading, selectedId, staff, expanded, selected, parent, treeData, load, orgLevelLabel,
      add, childLevels, openAdd, saveAdd, edit, openEdit, saveEdit, move, moveDisable, openMove, saveMove, setActive, orgOf,
      onSelect: (keys) => { if (keys.length) selectedId.value = keys[0]; },
    };
  },
  template: `
  <admin-nav>
    <div class="jx-split">
      <div class="jx-card jx-split-main jx-org-tree-card">
        <a-spin :spinning="loading">
          <a-tree v-if="treeData.length" :tree-data="treeData" v-model:expanded-keys="expanded" :selected-keys="selectedId ? [selectedId] : []"
            @select="onSelect" block-node data-testid="org-tree">
            <template #title="p">
              <template v-if="orgOf(p)">
                <span :class="{ 'jx-muted': !orgOf(p).active }">{{ orgOf(p).name }}</span>
                <a-tag style="margin-left: 6px" :bordered="false">{{ orgLevelLabel(orgOf(p).level) }}</a-tag>
                <a-tag v-if="orgOf(p).ownLevel" color="blue" :bordered="false">本级</a-tag>
                <a-tag v-if="!orgOf(p).active" color="default">已停用</a-tag>
              </template>
              <span v-else>{{ p.title }}</span>
            </template>
          </a-tree>
        </a-spin>
      </div>
      <div class="jx-split-side" data-testid="org-detail">
        <a-empty v-if="!selected" description="在左侧选择一个机构" />
        <template v-else>
          <a-descriptions :column="1" size="small" bordered :title="selected.name">
            <a-descriptions-item label="级别">{{ orgLevelLabel(selected.level) }}<span v-if="selected.ownLevel">（地区本级单位）</span></a-descriptions-item>
            <a-descriptions-item label="简称">{{ selected.shortName || '—' }}</a-descriptions-item>
            <a-descriptions-item v-if="selected.level === 'UNIT'" label="主管部门">
              <span v-if="selected.department" data-testid="org-department">{{ selected.department }}</span>
              <a-typography-text v-else type="warning">尚未填写（导出的表上“主管部门”一栏为空）</a-typography-text>
            </a-descriptions-item>
            <a-descriptions-item label="编码">{{ selected.code }}</a-descriptions-item>
            <a-descriptions-item label="上级">{{ parent ? parent.name : '—' }}</a-descriptions-item>
            <a-descriptions-item label="排序">{{ selected.sortOrder }}</a-descriptions-item>
            <a-descriptions-item label="状态"><a-tag :color="selected.active ? 'green' : 'default'">{{ selected.active ? '启用' : '已停用' }}</a-tag></a-descriptions-item>
            <a-descriptions-item v-for="g in staff" :key="g.role" :label="g.label">
              <span v-if="g.names.length" :data-testid="'org-staff-' + g.role">{{ g.names.join('、') }}</span>
              <a-typography-text v-else type="warning">尚未指定（在“用户”中给本机构的用户分配该角色）</a-typography-text>
            </a-descriptions-item>
          </a-descriptions>
          <div class="jx-inline" style="margin-top: 12px">
            <a-button v-if="childLevels.length && selected.active" type="primary" @click="openAdd" data-testid="org-add">新增下级</a-button>
            <a-button @click="openEdit" data-testid="org-rename">编辑</a-button>
            <a-button v-if="selected.parentId" @click="openMove" data-testid="org-move">移动</a-button>
            <a-popconfirm v-if="selected.parentId && selected.active" title="停用后该机构不能再新增用户和表单，确定停用？" ok-text="停用" cancel-text="取消" @confirm="setActive(false)">
              <a-button danger data-testid="org-deactivate">停用</a-button>
            </a-popconfirm>
            <a-button v-if="!selected.active" @click="setActive(true)">启用</a-button>
          </div>
        </template>
      </div>
    </div>

    <a-modal v-model:open="add.open" :title="selected ? '在 ' + selected.name + ' 下新增' : '新增'" ok-text="添加" cancel-text="取消" :confirm-loading="add.busy" @ok="saveAdd">
      <a-form layout="vertical">
        <a-form-item label="级别">
          <a-radio-group v-model:value="add.level">
            <a-radio v-for="l in childLevels" :key="l" :value="l">{{ orgLevelLabel(l) }}<span v-if="l === 'UNIT' && selected && selected.level === 'PREFECTURE'">（地区本级单位）</span></a-radio>
          </a-radio-group>
        </a-form-item>
        <a-form-item label="名称" required><a-input v-model:value="add.name" data-testid="org-add-name" /></a-form-item>
        <a-form-item label="简称"><a-input v-model:value="add.shortName" /></a-form-item>
        <a-form-item v-if="add.level === 'UNIT'" label="主管部门（印在导出的表上）"><a-input v-model:value="add.department" placeholder="如 喀什市人力资源和社会保障局" /></a-form-item>
        <a-form-item label="编码（留空自动生成；字母、数字、连字符）"><a-input v-model:value="add.code" /></a-form-item>
        <a-form-item label="排序"><a-input-number v-model:value="add.sortOrder" :min="0" /></a-form-item>
      </a-form>
    </a-modal>

    <a-modal v-model:open="edit.open" title="编辑" ok-text="保存" cancel-text="取消" :confirm-loading="edit.busy" @ok="saveEdit">
      <a-form layout="vertical">
        <a-form-item label="名称" required><a-input v-model:value="edit.name" /></a-form-item>
        <a-form-item label="简称"><a-input v-model:value="edit.shortName" /></a-form-item>
        <a-form-item v-if="selected && selected.level === 'UNIT'" label="主管部门（印在导出的表上）"><a-input v-model:value="edit.department" data-testid="org-edit-department" /></a-form-item>
        <a-form-item label="排序"><a-input-number v-model:value="edit.sortOrder" :min="0" /></a-form-item>
      </a-form>
    </a-modal>

    <a-modal v-model:open="move.open" :title="selected ? '移动 ' + selected.name : '移动'" ok-text="移动" cancel-text="取消" :confirm-loading="move.busy" @ok="saveMove">
      <p class="jx-muted">下级机构随之移动；地区审核、领导和参数设置按新的所属地区生效。</p>
      <org-picker v-model:value="move.parentId" :tree="orgs" :disable="moveDisable" placeholder="新的上级机构" />
    </a-modal>
  </admin-nav>`,
};
