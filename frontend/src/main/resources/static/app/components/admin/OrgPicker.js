// Picks an org from the admin org tree (GET /api/admin/orgs, or the `tree` prop when the page has it).
import { api } from '../../api.js';

const { ref, computed, onMounted } = Vue;

/** Adds `disabled` to nodes the caller does not accept (e.g. inactive ones, or the org being moved). */
function mark(nodes, disable) {
  return (nodes || []).map((n) => ({ ...n, label: n.active ? n.name : `${n.name}（已停用）`, disabled: disable(n), children: mark(n.children, disable) }));
}

export default {
  name: 'OrgPicker',
  props: {
    value: { type: [Number, null], default: null },
    tree: { type: Array, default: null },
    /** (node) => boolean: nodes that cannot be chosen. */
    disable: { type: Function, default: (n) => !n.active },
    placeholder: { type: String, default: '选择机构' },
  },
  emits: ['update:value'],
  setup(props) {
    const loaded = ref([]);
    onMounted(async () => { if (!props.tree) loaded.value = await api.get('/api/admin/orgs'); });
    const data = computed(() => mark(props.tree || loaded.value, props.disable));
    return { data };
  },
  template: `
  <a-tree-select :value="value" @update:value="v => $emit('update:value', v === undefined ? null : v)" :tree-data="data"
    :field-names="{ label: 'label', value: 'id', children: 'children' }" tree-default-expand-all show-search
    tree-node-filter-prop="label" :placeholder="placeholder" allow-clear style="width: 100%" :dropdown-style="{ maxHeight: '420px', overflow: 'auto' }" />`,
};
