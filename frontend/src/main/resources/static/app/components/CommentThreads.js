// Cell comments as threads: each a reviewer's comment on one cell, with replies; the commenter or the
// filer marks it resolved. "已修改" says the cell changed since the comment was made.
import { api } from '../api.js';
import { session } from '../session.js';
import { pathLabel } from '../form-model.js';
import { scrollToCell } from '../sheet.js';
import { shortDateTime } from '../format.js';

const { reactive } = Vue;

export default {
  name: 'CommentThreads',
  props: {
    formId: { type: [String, Number], required: true },
    form: { type: Object, required: true },
    filer: { type: String, default: '' },
    threads: { type: Array, default: () => [] },
  },
  emits: ['changed'],
  setup(props, { emit }) {
    const drafts = reactive({});
    const busy = reactive({});
    const me = () => session.user && session.user.username;
    const mayResolve = (t) => !t.resolved && (t.author === me() || props.filer === me());
    async function act(t, what) {
      busy[t.id] = true;
      try {
        const url = `/api/forms/${props.formId}/comments/${t.id}/${what}`;
        const updated = what === 'replies' ? await api.post(url, { text: drafts[t.id] || '' }) : await api.post(url);
        drafts[t.id] = '';
        emit('changed', updated);
      } catch (e) { /* shown */ } finally { busy[t.id] = false; }
    }
    return { drafts, busy, mayResolve, act, pathLabel, scrollToCell, shortDateTime };
  },
  template: `
  <div class="jx-threads" data-testid="threads">
    <a-empty v-if="!threads.length" description="没有批注讨论" />
    <div v-for="t in threads" :key="t.id" class="jx-thread" :class="{ 'jx-thread-done': t.resolved }" :data-thread="t.path">
      <div class="jx-thread-where">
        <a @click="scrollToCell(t.path)">{{ pathLabel(t.path, form) }}</a>
        <a-tag v-if="t.resolved" color="green" data-testid="thread-resolved">已解决 · {{ t.resolvedByName || t.resolvedBy }}</a-tag>
        <a-tag v-else color="orange">待解决</a-tag>
        <a-tag v-if="t.answered" color="blue">已修改</a-tag>
      </div>
      <div class="jx-thread-msg"><b>{{ t.authorName || t.author }}</b> <span class="jx-muted">{{ shortDateTime(t.at) }}</span><div>{{ t.text }}</div></div>
      <div v-for="(r, i) in t.replies" :key="i" class="jx-thread-msg jx-thread-reply">
        <b>{{ r.authorName || r.author }}</b> <span class="jx-muted">{{ shortDateTime(r.at) }}</span><div>{{ r.text }}</div>
      </div>
      <div v-if="!t.resolved" class="jx-thread-actions">
        <a-input v-model:value="drafts[t.id]" size="small" :maxlength="2000" placeholder="回复…" @press-enter="act(t, 'replies')" data-testid="thread-reply" />
        <a-button size="small" :disabled="!(drafts[t.id] || '').trim()" :loading="busy[t.id]" @click="act(t, 'replies')" data-testid="thread-send">回复</a-button>
        <a-button v-if="mayResolve(t)" size="small" type="primary" ghost :loading="busy[t.id]" @click="act(t, 'resolve')" data-testid="thread-resolve">解决</a-button>
      </div>
    </div>
  </div>`,
};
