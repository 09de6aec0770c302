// The summary of findings beside the sheet: errors first, then warnings; a click scrolls to the cell.
import { pathLabel } from '../form-model.js';
import { scrollToCell } from '../sheet.js';
import { isBlankFinding } from '../meta.js';

const { computed } = Vue;

export default {
  name: 'FindingsPanel',
  props: {
    findings: { type: Array, default: () => [] },
    form: { type: Object, default: null },
    loading: { type: Boolean, default: false },
    failure: { type: String, default: '' },
    notes: { type: Object, default: () => ({}) }, // "CODE|path" → note already given by the filer
    editing: { type: Boolean, default: false }, // group "not filled in yet" apart while editing
  },
  setup(props) {
    const missing = computed(() => (props.editing ? props.findings.filter((f) => f.severity === 'ERROR' && isBlankFinding(f)) : []));
    const errors = computed(() => props.findings.filter((f) => f.severity === 'ERROR' && !missing.value.includes(f)));
    const warnings = computed(() => props.findings.filter((f) => f.severity === 'WARNING'));
    const others = computed(() => props.findings.filter((f) => f.severity !== 'ERROR' && f.severity !== 'WARNING'));
    const label = (f) => (f.path ? pathLabel(f.path, props.form) : '整张表');
    const note = (f) => props.notes[`${f.code}|${f.path || ''}`];
    // the rule's entry in docs/rules.md, as the app serves it (RulesPage)
    const ruleLink = (f) => `#/rules/${encodeURIComponent(f.code)}`;
    return { ruleLink, errors, warnings, others, missing, label, note, go: (f) => scrollToCell(f.path || '') };
  },
  template: `
  <div class="jx-findings" data-testid="findings-panel">
    <div class="jx-findings-head">
      <span>校验结果</span>
      <a-tag v-if="missing.length" color="pink">待填 {{ missing.length }}</a-tag>
      <a-tag v-if="errors.length" color="red">错误 {{ errors.length }}</a-tag>
      <a-tag v-if="warnings.length" color="orange">警告 {{ warnings.length }}</a-tag>
      <a-spin v-if="loading" size="small" />
    </div>
    <a-alert v-if="failure" type="warning" :message="failure" show-icon style="margin-bottom: 8px" />
    <div v-if="!findings.length && !loading && !failure" class="jx-findings-ok">✓ 未发现问题</div>
    <ul class="jx-findings-list">
      <li v-for="(f, i) in errors" :key="'e' + i" class="jx-finding jx-finding-error" @click="go(f)" :title="f.code">
        <div class="jx-finding-where">{{ label(f) }}</div>
        <div>{{ f.message }}<a class="jx-finding-rule" :href="ruleLink(f)" target="_blank" rel="noopener" @click.stop data-testid="finding-rule">规则说明</a></div>
      </li>
      <li v-for="(f, i) in warnings" :key="'w' + i" class="jx-finding jx-finding-warning" @click="go(f)" :title="f.code">
        <div class="jx-finding-where">{{ label(f) }}</div>
        <div>{{ f.message }}<a class="jx-finding-rule" :href="ruleLink(f)" target="_blank" rel="noopener" @click.stop data-testid="finding-rule">规则说明</a></div>
        <div v-if="note(f)" class="jx-finding-note">说明：{{ note(f) }}</div>
      </li>
      <li v-for="(f, i) in others" :key="'o' + i" class="jx-finding" @click="go(f)">
        <div class="jx-finding-where">{{ label(f) }}</div>
        <div>{{ f.message }}</div>
      </li>
    </ul>
    <div v-if="missing.length" class="jx-missing" data-testid="missing-list">
      <div class="jx-missing-head">待填写（提交前须填完）</div>
      <a v-for="(f, i) in missing" :key="'m' + i" class="jx-missing-item" @click="go(f)" :title="f.message">{{ label(f) }}</a>
    </div>
  </div>`,
};
