// Beside the sheet: the computed values, the findings summary and the cell comments.
import { pathLabel } from '../form-model.js';
import { scrollToCell } from '../sheet.js';
import ComputedSummary from './ComputedSummary.js';
import FindingsPanel from './FindingsPanel.js';
import CommentThreads from './CommentThreads.js';

const { computed } = Vue;

export default {
  name: 'FormSidePanel',
  components: { ComputedSummary, FindingsPanel, CommentThreads },
  props: {
    form: { type: Object, required: true },
    findings: { type: Array, default: () => [] },
    computedValues: { type: Object, default: () => ({}) },
    loading: { type: Boolean, default: false },
    failure: { type: String, default: '' },
    explained: { type: Object, default: () => ({}) },
    comments: { type: Array, default: () => [] },
    mode: { type: String, required: true },
    activeTab: { type: String, default: 'findings' },
    formId: { type: [String, Number], default: null },
    filer: { type: String, default: '' },
    threads: { type: Array, default: () => [] },
  },
  emits: ['update:activeTab', 'remove-comment', 'threads-changed'],
  setup(props) {
    const count = computed(() => props.findings.filter((f) => f.severity === 'ERROR' || f.severity === 'WARNING').length);
    const reviewing = computed(() => props.mode === 'review' || props.mode === 'signoff');
    const openThreads = computed(() => props.threads.filter((t) => !t.resolved).length);
    return { count, reviewing, pathLabel, scrollToCell, openThreads };
  },
  template: `
  <aside class="jx-form-side">
    <computed-summary :type="form.type" :values="computedValues" :stated="form.goal || {}" :form="form" />
    <a-tabs :activeKey="activeTab" @update:activeKey="k => $emit('update:activeTab', k)" size="small">
      <a-tab-pane key="findings" :tab="'校验 ' + count">
        <findings-panel :findings="findings" :form="form" :loading="loading" :failure="failure" :notes="explained" :editing="mode === 'edit'" />
      </a-tab-pane>
      <a-tab-pane key="comments" :tab="'批注 ' + comments.length">
        <a-empty v-if="!comments.length" :description="reviewing ? '点击表中单元格添加批注' : '没有批注'" />
        <ul class="jx-findings-list">
          <li v-for="(c, i) in comments" :key="i" class="jx-finding jx-finding-comment" @click="scrollToCell(c.path)">
            <div class="jx-finding-where">{{ pathLabel(c.path, form) }}<span v-if="c.author"> · {{ c.author }}</span></div>
            <div>{{ c.comment }}</div>
            <a v-if="reviewing && c.mine" @click.stop="$emit('remove-comment', c.path)">删除</a>
          </li>
        </ul>
      </a-tab-pane>
      <a-tab-pane v-if="threads.length" key="threads" :tab="'讨论 ' + openThreads + '/' + threads.length">
        <comment-threads :form-id="formId" :form="form" :filer="filer" :threads="threads" @changed="t => $emit('threads-changed', t)" />
      </a-tab-pane>
    </a-tabs>
  </aside>`,
};
