// For filers: import a filled-in official .xlsx as a new draft, or download a blank template.
import { upload, download } from '../api.js';
import { meta } from '../meta.js';

const { ref } = Vue;
const { useRouter } = VueRouter;
const { message, Modal } = antd;

export default {
  name: 'ImportMenu',
  setup() {
    const router = useRouter();
    const fileEl = ref(null);
    const busy = ref(false);
    function pick() { fileEl.value.value = ''; fileEl.value.click(); }
    async function onFile(e) {
      const file = e.target.files && e.target.files[0];
      if (!file) return;
      if (!/\.xlsx$/i.test(file.name)) { message.error('请选择 .xlsx 格式的官方表样文件'); return; }
      busy.value = true;
      try {
        const res = await upload('/api/forms/import', file, { silent: true });
        message.success('已导入为草稿，请核对后提交');
        router.push({ name: 'form', params: { id: res.id } });
      } catch (err) {
        const lines = err.findings.filter((f) => f.severity === 'ERROR').slice(0, 8).map((f) => f.message);
        Modal.error({ title: '导入失败', content: [err.message, ...lines].join('\n'), width: 520, wrapClassName: 'jx-preline' });
      } finally {
        busy.value = false;
      }
    }
    const template = (t) => download(`/api/templates/${t.code}.xlsx`, null, `${t.label}模板.xlsx`);
    return { fileEl, busy, pick, onFile, template, types: meta.formTypes };
  },
  template: `
  <span>
    <input ref="fileEl" type="file" accept=".xlsx" style="display: none" @change="onFile" />
    <a-dropdown>
      <a-button :loading="busy">导入 / 模板 ▾</a-button>
      <template #overlay>
        <a-menu>
          <a-menu-item key="import" @click="pick">导入已填好的 Excel（官方表样）…</a-menu-item>
          <a-menu-divider />
          <a-menu-item v-for="t in types" :key="t.code" @click="template(t)">下载空白模板：{{ t.label }}</a-menu-item>
        </a-menu>
      </template>
    </a-dropdown>
  </span>`,
};
