// Loading a form, saving it (PUT with its version), autosave every ~10 s while dirty (it overwrites the
// working copy; only an explicit save or a workflow step keeps a version), a 409 conflict dialog that keeps the user's copy in localStorage, and the unsaved-changes guards.
import { api } from '../api.js';
import { clone, completeForEditing } from '../form-model.js';
import { dateTime } from '../format.js';

const { ref, computed, onMounted, onBeforeUnmount } = Vue;
const { onBeforeRouteLeave } = VueRouter;
const { Modal, message } = antd;

const AUTOSAVE_MS = 10000;
const localKey = (id) => `jixiao:unsaved:${id}`;

export function useFormDocument(idRef, { canEdit }) {
  const record = ref(null); // GET /api/forms/{id}
  const form = ref(null); // the document being edited or shown
  const version = ref(null);
  const savedJson = ref('');
  const loading = ref(false);
  const loadError = ref(null);
  const saving = ref(false);
  const lastSavedAt = ref(null);
  const conflict = ref(false);
  const localCopy = ref(null); // {at, version, form} left by an earlier conflict or a closed tab

  const dirty = computed(() => !!form.value && canEdit() && JSON.stringify(form.value) !== savedJson.value);

  async function load() {
    loading.value = true;
    loadError.value = null;
    try {
      const rec = await api.get(`/api/forms/${idRef.value}`, null, { silent: true });
      record.value = rec;
      form.value = completeForEditing(clone(rec.form || {}));
      version.value = rec.version;
      savedJson.value = JSON.stringify(form.value);
      conflict.value = false;
      readLocalCopy();
    } catch (e) {
      loadError.value = e;
    } finally {
      loading.value = false;
    }
  }

  function readLocalCopy() {
    try {
      const raw = localStorage.getItem(localKey(idRef.value));
      const copy = raw ? JSON.parse(raw) : null;
      if (copy && JSON.stringify(copy.form) !== savedJson.value && canEdit()) localCopy.value = copy;
      else { localCopy.value = null; localStorage.removeItem(localKey(idRef.value)); }
    } catch (e) { localCopy.value = null; }
  }
  function keepLocalCopy() {
    try {
      localStorage.setItem(localKey(idRef.value), JSON.stringify({ at: new Date().toISOString(), version: version.value, form: form.value }));
    } catch (e) { /* storage full or disabled */ }
  }
  function dropLocalCopy() {
    localStorage.removeItem(localKey(idRef.value));
    localCopy.value = null;
  }
  function restoreLocalCopy() {
    if (!localCopy.value) return;
    form.value = completeForEditing(clone(localCopy.value.form));
    localCopy.value = null; // stays in storage until saved
    message.info('已恢复您之前未保存的修改，将自动保存');
  }

  /** PUT the document; `autosave`: overwrite the working copy without keeping a version. True when saved (or nothing to save). */
  async function save({ quiet = false, autosave = false } = {}) {
    if (!form.value || !canEdit() || conflict.value) return !conflict.value;
    if (!dirty.value) return true;
    if (saving.value) return false;
    saving.value = true;
    const sent = JSON.stringify(form.value);
    try {
      const res = await api.put(`/api/forms/${idRef.value}`, { version: version.value, form: JSON.parse(sent), autosave }, { silent: true });
      version.value = res && res.version !== undefined ? res.version : version.value + 1;
      if (res && res.status && record.value) record.value.status = res.status;
      savedJson.value = sent;
      lastSavedAt.value = new Date();
      localStorage.removeItem(localKey(idRef.value));
      if (!quiet) message.success('已保存');
      return true;
    } catch (e) {
      if (e.status === 409) onConflict(e);
      else if (!quiet || e.status !== 0) message.error(`保存失败：${e.message}`);
      if (e.status === 0) keepLocalCopy();
      return false;
    } finally {
      saving.value = false;
    }
  }

  function onConflict(e) {
    conflict.value = true;
    keepLocalCopy();
    Modal.confirm({
      title: '无法保存：这张表已被他人修改，或当前已不能编辑',
      content: `${(e.message || '').replace(/[。.！!]?$/, '。')}您的修改已暂存在本机浏览器中，重新加载后可在页面顶部的提示中对比或恢复这些修改。`,
      okText: '重新加载',
      cancelText: '留在此页',
      onOk: () => load(),
    });
  }

  let timer = null;
  const onBeforeUnload = (ev) => {
    if (!dirty.value) return undefined;
    keepLocalCopy();
    ev.preventDefault();
    ev.returnValue = '有未保存的修改';
    return ev.returnValue;
  };
  const onKey = (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && (ev.key === 's' || ev.key === 'S')) {
      ev.preventDefault();
      if (canEdit()) save();
    }
  };
  onMounted(() => {
    timer = setInterval(() => { if (dirty.value && !saving.value && !conflict.value) save({ quiet: true, autosave: true }); }, AUTOSAVE_MS);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKey);
  });
  onBeforeUnmount(() => {
    clearInterval(timer);
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('keydown', onKey);
  });

  onBeforeRouteLeave(async () => {
    if (!dirty.value) return true;
    if (!conflict.value && await save({ quiet: true, autosave: true })) return true;
    return new Promise((resolve) => {
      Modal.confirm({
        title: '有未保存的修改',
        content: '修改未能保存到服务器（已暂存在本机浏览器）。仍要离开吗？',
        okText: '离开', cancelText: '留下', okButtonProps: { danger: true },
        onOk: () => { keepLocalCopy(); resolve(true); },
        onCancel: () => resolve(false),
      });
    });
  });

  /** After a task completes, the form is no longer ours to edit: forget dirtiness. */
  function markClean() { savedJson.value = JSON.stringify(form.value); }

  const saveState = computed(() => {
    if (!canEdit()) return '';
    if (conflict.value) return '未保存（版本冲突）';
    if (saving.value) return '正在保存…';
    if (dirty.value) return '有未保存的修改（10秒内自动保存）';
    if (lastSavedAt.value) return `已自动保存 ${dateTime(lastSavedAt.value).slice(-5)}`;
    return '已保存';
  });

  return {
    record, form, version, loading, loadError, saving, dirty, conflict, lastSavedAt, saveState,
    localCopy, load, save, markClean, restoreLocalCopy, dropLocalCopy,
  };
}
