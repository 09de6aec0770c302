// The 修改对比 tab: pick two versions (or the one being edited, or the copy kept in this browser) and
// see what changed. By default: the version that was returned → now.
import { api, showError } from '../api.js';
import { dateTime } from '../format.js';
import VersionDiff from './VersionDiff.js';

const { ref, computed, watch, onMounted } = Vue;

export default {
  name: 'VersionCompare',
  components: { VersionDiff },
  props: {
    formId: { type: [String, Number], required: true },
    current: { type: Object, required: true }, // the document on screen
    editing: { type: Boolean, default: false },
    returnedVersion: { type: Number, default: null }, // from the RETURN history entry
    returnedAt: { type: String, default: null }, // fallback when the entry carries no version
    localCopy: { type: Object, default: null }, // {at, form} kept after a failed save
    focusLocal: { type: Boolean, default: false },
  },
  setup(props) {
    const versions = ref([]);
    const base = ref(null);
    const target = ref(props.focusLocal && props.localCopy ? 'local' : 'current');
    const cache = ref({});
    const before = ref(null);
    const after = ref(null);

    const returned = computed(() => {
      if (props.returnedVersion !== null) return props.returnedVersion;
      if (!props.returnedAt) return null;
      const at = new Date(props.returnedAt).getTime();
      const v = versions.value.filter((x) => new Date(x.savedAt).getTime() <= at + 1000).pop();
      return v ? v.version : null;
    });
    async function formOf(v) {
      if (v === 'current') return props.current;
      if (v === 'local') return props.localCopy ? props.localCopy.form : null;
      if (!cache.value[v]) {
        try {
          const res = await api.get(`/api/forms/${props.formId}/versions/${v}`, null, { silent: true });
          cache.value = { ...cache.value, [v]: res.form };
        } catch (e) { showError(e); }
      }
      return cache.value[v] || null;
    }
    async function refresh() {
      before.value = base.value !== null ? await formOf(base.value) : null;
      after.value = await formOf(target.value);
    }
    onMounted(async () => {
      try {
        const v = await api.get(`/api/forms/${props.formId}/versions`, null, { silent: true });
        versions.value = v.slice().sort((a, b) => a.version - b.version);
      } catch (e) { versions.value = []; }
      const n = versions.value.length;
      if (target.value === 'local') base.value = n ? versions.value[n - 1].version : null;
      else if (returned.value !== null) base.value = returned.value;
      else if (n > 1) base.value = versions.value[n - 2].version;
      else if (n) base.value = versions.value[0].version;
      refresh();
    });
    watch([base, target], refresh);
    watch(() => props.current, () => { if (target.value === 'current') after.value = props.current; }, { deep: true });

    const options = computed(() => versions.value.map((v) => ({
      value: v.version,
      label: `第${v.version}版 · ${dateTime(v.savedAt)}${v.savedBy ? ` · ${v.savedBy}` : ''}`,
    })));
    const targetOptions = computed(() => [
      { value: 'current', label: props.editing ? '正在编辑的内容' : '当前版本' },
      ...(props.localCopy ? [{ value: 'local', label: '本机暂存的修改' }] : []),
      ...options.value,
    ]);
    const label = (v) => {
      if (v === null) return '';
      if (v === 'current') return '当前';
      if (v === 'local') return '本机暂存';
      return `第${v}版`;
    };
    return { versions, base, target, before, after, returned, options, targetOptions, label };
  },
  template: `
  <div class="jx-pad">
    <div class="jx-inline" style="margin-bottom: 12px">
      比较
      <a-select v-model:value="base" :options="options" style="width: 300px" size="small" placeholder="选择版本" aria-label="对比的版本" />
      与
      <a-select v-model:value="target" :options="targetOptions" style="width: 300px" size="small" aria-label="对比到的版本" />
      <a-tag v-if="returned !== null && base === returned" color="orange">第{{ returned }}版为退回时的版本</a-tag>
    </div>
    <version-diff :before="before" :after="after" :before-label="label(base)" :after-label="label(target)" />
  </div>`,
};
