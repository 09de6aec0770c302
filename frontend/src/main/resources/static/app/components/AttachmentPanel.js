// A form's (or a rectification's) attachments: drop files to upload them, the list with size, who and
// when, preview of images and PDFs in place, download, and delete while they may still change.
import { api, upload, download } from '../api.js';
import { dateTime, fileSize } from '../format.js';

const { ref, watch, onMounted } = Vue;
const { message } = antd;

const KINDS = [
  { value: 'EVIDENCE', label: '佐证材料' },
  { value: 'SEALED_SCAN', label: '盖章扫描件' },
  { value: 'REPORT', label: '报告' },
  { value: 'RECTIFICATION', label: '整改材料' },
];
const kindLabel = (k) => (KINDS.find((x) => x.value === k) || { label: k }).label;
const PREVIEW = ['application/pdf', 'image/jpeg', 'image/png'];

export default {
  name: 'AttachmentPanel',
  props: {
    formId: { type: [String, Number], required: true },
    editable: { type: Boolean, default: false },
    /** Only these attachments (e.g. a rectification's); otherwise the form's list is loaded. */
    items: { type: Array, default: null },
    kind: { type: String, default: null },
  },
  emits: ['changed'],
  setup(props, { emit }) {
    const list = ref([]);
    const loading = ref(false);
    const uploading = ref(0);
    const kindChoice = ref(props.kind || 'EVIDENCE');
    const preview = ref(null);

    async function load() {
      if (props.items) { list.value = props.items; return; }
      loading.value = true;
      try { list.value = await api.get(`/api/forms/${props.formId}/attachments`, null, { silent: true }) || []; } catch (e) { list.value = []; } finally { loading.value = false; }
    }
    onMounted(load);
    watch(() => [props.formId, props.items], load);

    async function send({ file, onSuccess, onError }) {
      uploading.value += 1;
      try {
        const created = await upload(`/api/forms/${props.formId}/attachments`, file, {}, { kind: kindChoice.value });
        message.success(`已上传：${created.name}`);
        onSuccess(created);
        if (!props.items) await load();
        emit('changed');
      } catch (e) { onError(e); } finally { uploading.value -= 1; }
    }
    async function remove(a) {
      try { await api.del(`/api/attachments/${a.id}`); message.success('已删除'); if (!props.items) await load(); emit('changed'); } catch (e) { /* shown */ }
    }
    const canPreview = (a) => PREVIEW.includes(a.contentType);
    /** Images in a dialog; a PDF in a tab of its own, in the browser's PDF viewer (pages are never framed). */
    function show(a) {
      if (a.contentType.startsWith('image/')) preview.value = a;
      else window.open(`/api/attachments/${a.id}?inline=true`, '_blank', 'noopener');
    }
    const columns = [
      { title: '文件', key: 'name', ellipsis: true },
      { title: '类别', key: 'kind', width: 96 },
      { title: '大小', key: 'size', width: 84 },
      { title: '上传人', dataIndex: 'uploadedBy', width: 100 },
      { title: '时间', key: 'at', width: 150 },
      { title: '', key: 'actions', width: 150 },
    ];
    return {
      list, loading, uploading, kindChoice, preview, send, remove, canPreview, show, columns, KINDS, kindLabel, dateTime, fileSize,
      get: (a) => download(`/api/attachments/${a.id}`, null, a.name),
    };
  },
  template: `
  <div class="jx-attachments" data-testid="attachments">
    <div v-if="editable" class="jx-attachments-drop">
      <a-space style="margin-bottom: 8px" wrap>
        <span>类别</span>
        <a-select v-model:value="kindChoice" :options="KINDS" size="small" style="width: 130px" :disabled="!!kind" aria-label="附件类别" />
        <span class="jx-muted">PDF、OFD、JPG、PNG、Word、Excel，每个不超过 20 MB，每张表最多 50 个</span>
      </a-space>
      <a-upload-dragger :multiple="true" :show-upload-list="false" :custom-request="send" data-testid="attachment-drop">
        <p class="ant-upload-text">{{ uploading ? '正在上传…' : '将文件拖到此处，或点击选择文件' }}</p>
      </a-upload-dragger>
    </div>
    <a-table :data-source="list" :columns="columns" row-key="id" size="small" :pagination="false" :loading="loading"
      :scroll="{ x: 640 }" :locale="{ emptyText: '暂无附件' }">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'name'"><a @click="get(record)" :title="record.sha256">{{ record.name }}</a></template>
        <template v-else-if="column.key === 'kind'">{{ kindLabel(record.kind) }}</template>
        <template v-else-if="column.key === 'size'">{{ fileSize(record.size) }}</template>
        <template v-else-if="column.key === 'at'">{{ dateTime(record.at) }}</template>
        <template v-else-if="column.key === 'actions'">
          <a-space>
            <a v-if="canPreview(record)" @click="show(record)" data-testid="attachment-preview">预览</a>
            <a @click="get(record)">下载</a>
            <a-popconfirm v-if="editable" title="删除该附件？" ok-text="删除" cancel-text="取消" @confirm="remove(record)">
              <a class="jx-danger">删除</a>
            </a-popconfirm>
          </a-space>
        </template>
      </template>
    </a-table>
    <a-modal :open="!!preview" :title="preview ? preview.name : ''" :footer="null" width="min(960px, 96vw)" @cancel="preview = null" destroy-on-close>
      <template v-if="preview">
        <img :src="'/api/attachments/' + preview.id + '?inline=true'" :alt="preview.name" class="jx-attachment-image" />
      </template>
    </a-modal>
  </div>`,
};
