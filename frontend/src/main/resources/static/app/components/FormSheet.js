// The whole form laid out like the official table: 一、基本情况 … 五、采取的措施, and for the
// self-evaluation the 绩效评价报告. Editable or read-only; findings and comments land on the cells.
import { provideSheet } from '../sheet.js';
import { period } from '../format.js';
import { typeLabel } from '../meta.js';
import BasicInfoSection from './BasicInfoSection.js';
import GoalSection from './GoalSection.js';
import IndicatorTable from './IndicatorTable.js';
import DeviationSection from './DeviationSection.js';
import ReportSection from './ReportSection.js';
import FillerSection from './FillerSection.js';

const { toRef } = Vue;

export default {
  name: 'FormSheet',
  components: { BasicInfoSection, GoalSection, IndicatorTable, DeviationSection, ReportSection, FillerSection },
  props: {
    form: { type: Object, required: true },
    editable: { type: Boolean, default: false },
    findings: { type: Array, default: () => [] },
    computedValues: { type: Object, default: () => ({}) },
    comments: { type: Array, default: () => [] },
    commentable: { type: Boolean, default: false },
  },
  emits: ['cell-click'],
  setup(props, { emit, expose }) {
    const sheet = provideSheet({
      form: toRef(props, 'form'),
      editable: toRef(props, 'editable'),
      findings: toRef(props, 'findings'),
      comments: toRef(props, 'comments'),
      commentable: toRef(props, 'commentable'),
      computedValues: toRef(props, 'computedValues'),
      onCellClick: (path, label) => emit('cell-click', { path, label }),
    });
    expose({ sheet });
    return { sheet, typeLabel, period };
  },
  template: `
  <div class="jx-sheet" :class="{ 'jx-sheet-readonly': !editable, 'jx-sheet-commentable': commentable }">
    <h2 class="jx-sheet-title">
      {{ form.year ? form.year + '年度' : '' }}{{ typeLabel(form.type) }}<span v-if="form.type === 'MONITORING'" class="jx-sheet-sub">（截至{{ period(form.type, form.year, form.monitorMonth) }}）</span>
    </h2>
    <basic-info-section />
    <goal-section />
    <indicator-table />
    <deviation-section v-if="form.type !== 'TARGET'" />
    <report-section v-if="form.type === 'EVALUATION'" />
    <filler-section />
  </div>`,
};
