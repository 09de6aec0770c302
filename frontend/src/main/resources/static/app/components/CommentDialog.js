// Add or edit a reviewer's comment on one cell (bound to its JSON path).
import { getAt, valueText } from '../form-model.js';

const { ref, watch, computed } = Vue;

export default {
  name: 'CommentDialog',
  props: {
    open: { type: Boolean, default: false },
    path: { type: String, default: '' },
    label: { type: String, default: '' },
    form: { type: Object, default: null },
    initial: { type: String, default: '' },
  },
  emits: ['update:open', 'save', 'remove'],
  setup(props, { emit }) {
    const text = ref('');
    watch(() => props.open, (o) => { if (o) text.value = props.initial || ''; });
    const current = computed(() => (props.form && props.path ? valueText(getAt(props.form, props.path)) : ''));
    function save() {
      if (!text.value.trim()) return;
      emit('save', { path: props.path, comment: text.value.trim() });
      emit('update:open', false);
    }
    return { text, current, save };
  },
  template: `
  <a-modal :open="open" @update:open="v => $emit('update:open', v)" :title="'批注：' + label" ok-text="保存批注" cancel-text="取消"
    :ok-button-props="{ disabled: !text.trim() }" @ok="save" :width="520">
    <div class="jx-muted" style="margin-bottom: 8px">当前内容：{{ current }}</div>
    <a-textarea v-model:value="text" :auto-size="{ minRows: 3, maxRows: 6 }" placeholder="写给填报人的修改意见" data-testid="cell-comment-input" />
    <template #footer>
      <a-button v-if="initial" danger @click="$emit('remove', path); $emit('update:open', false)">删除批注</a-button>
      <a-button @click="$emit('update:open', false)">取消</a-button>
      <a-button type="primary" :disabled="!text.trim()" @click="save" data-test="comment-save">保存批注</a-button>
    </template>
  </a-modal>`,
};
