// A cell of the form sheet bound to a JSON path: shows the findings for that path (red border for
// ERROR, orange for WARNING, messages in a tooltip), reviewers' comments (blue corner), and in review
// mode a click adds a comment to the path.
import { useSheet, useCellRegistration, worstSeverity } from '../sheet.js';
import { normalizePath, pathLabel } from '../form-model.js';
import { severityLabel, isBlankFinding } from '../meta.js';

const { computed, ref, watch } = Vue;

export default {
  name: 'JCell',
  props: {
    path: { type: String, required: true },
    label: { type: String, default: '' },
    block: { type: Boolean, default: false },
    /** while true (the cell's dropdown is open) the tooltip is not shown, so it cannot cover the options */
    tipHidden: { type: Boolean, default: false },
  },
  setup(props) {
    const sheet = useSheet();
    const norm = computed(() => normalizePath(props.path));
    const update = sheet ? useCellRegistration(sheet, () => props.path) : () => {};
    watch(() => props.path, update);
    const findings = computed(() => (sheet ? sheet.placement.byCell[norm.value] || [] : []));
    const comments = computed(() => (sheet ? sheet.commentsByCell[norm.value] || [] : []));
    const severity = computed(() => worstSeverity(findings.value));
    const commentable = computed(() => !!(sheet && sheet.commentable));
    // while editing, an empty required cell is "to fill in", not yet an error
    const onlyMissing = computed(() => !!(sheet && sheet.editable) && findings.value.length > 0 && findings.value.every(isBlankFinding));
    const cls = computed(() => ({
      'jx-cell': true,
      'jx-cell-block': props.block,
      'jx-cell-missing': onlyMissing.value,
      'jx-cell-error': severity.value === 'ERROR' && !onlyMissing.value,
      'jx-cell-warning': severity.value === 'WARNING',
      'jx-cell-commentable': commentable.value,
      'jx-cell-commented': comments.value.length > 0,
    }));
    const hasTip = computed(() => findings.value.length + comments.value.length > 0);
    const hovered = ref(false);
    function onClick() {
      if (commentable.value) sheet.onCellClick(norm.value, props.label || pathLabel(norm.value, sheet.form));
    }
    return { sheet, norm, findings, comments, cls, hasTip, hovered, onClick, severityLabel };
  },
  template: `
  <div :class="cls" :data-path="norm" @click="onClick">
    <a-tooltip v-if="hasTip" placement="topLeft" overlay-class-name="jx-tip" :mouse-enter-delay="0.15"
      :open="hovered && !tipHidden" @open-change="v => hovered = v">
      <template #title>
        <div v-for="(f, i) in findings" :key="'f'+i" class="jx-tip-line">
          <span :class="f.severity === 'ERROR' ? 'jx-tip-error' : 'jx-tip-warning'">[{{ severityLabel(f.severity) }}]</span> {{ f.message }}
        </div>
        <div v-for="(c, i) in comments" :key="'c'+i" class="jx-tip-line">
          <span class="jx-tip-comment">[批注{{ c.author ? '·' + c.author : '' }}]</span> {{ c.comment }}
        </div>
      </template>
      <div class="jx-cell-body"><slot /></div>
    </a-tooltip>
    <div v-else class="jx-cell-body"><slot /></div>
    <span v-if="comments.length" class="jx-comment-flag" />
  </div>`,
};
