// The approval history of a form: who, when, what, the comment, cell comments and findings.
import { actionColor, dateTime } from '../format.js';
import { actionLabel, taskLabel } from '../meta.js';
import { pathLabel } from '../form-model.js';
import { scrollToCell } from '../sheet.js';

export default {
  name: 'HistoryTimeline',
  props: { entries: { type: Array, default: () => [] }, form: { type: Object, default: null }, loading: { type: Boolean, default: false } },
  setup(props) {
    const count = (v) => (Array.isArray(v) ? v.length : (typeof v === 'number' ? v : 0));
    const findingsText = (e) => {
      if (Array.isArray(e.findings)) {
        const errs = e.findings.filter((f) => f.severity === 'ERROR').length;
        const warns = e.findings.filter((f) => f.severity === 'WARNING').length;
        if (!errs && !warns) return e.findings.length ? `校验问题 ${e.findings.length} 项` : '';
        return [errs ? `错误 ${errs}` : '', warns ? `警告 ${warns}` : ''].filter(Boolean).join('，');
      }
      if (e.findings && typeof e.findings === 'object') {
        return [e.findings.errors ? `错误 ${e.findings.errors}` : '', e.findings.warnings ? `警告 ${e.findings.warnings}` : ''].filter(Boolean).join('，');
      }
      return count(e.findings) ? `校验问题 ${count(e.findings)} 项` : '';
    };
    const acks = (e) => e.acknowledgements || [];
    return { actionLabel, actionColor, dateTime, taskLabel, pathLabel, findingsText, scrollToCell, acks };
  },
  template: `
  <div class="jx-history" data-testid="history">
    <a-spin v-if="loading" />
    <a-empty v-else-if="!entries.length" description="暂无审批记录" />
    <a-timeline v-else>
      <a-timeline-item v-for="(e, i) in entries" :key="i" :color="actionColor(e.action)">
        <div class="jx-history-head">
          <b>{{ actionLabel(e.action, e.task) }}</b>
          <span class="jx-muted" v-if="e.task">（{{ taskLabel(e.task) }}）</span>
          <span>{{ e.actorName }}</span>
          <span class="jx-muted">{{ dateTime(e.at) }}</span>
          <span v-if="e.version" class="jx-muted">第{{ e.version }}版</span>
          <a-tag v-if="findingsText(e)" color="orange">{{ findingsText(e) }}</a-tag>
        </div>
        <div v-if="e.comment" class="jx-history-comment">“{{ e.comment }}”</div>
        <ul v-if="e.fieldComments && e.fieldComments.length" class="jx-history-fields">
          <li v-for="(c, j) in e.fieldComments" :key="j"><a @click="scrollToCell(c.path)">{{ pathLabel(c.path, form) }}</a>：{{ c.comment }}</li>
        </ul>
        <ul v-if="acks(e).length" class="jx-history-fields">
          <li v-for="(w, j) in acks(e)" :key="'w' + j">说明警告「{{ pathLabel(w.path, form) }}」：{{ w.note }}</li>
        </ul>
      </a-timeline-item>
    </a-timeline>
  </div>`,
};
