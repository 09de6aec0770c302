// 三、绩效指标: the indicator table with 一级/二级 pickers, add/remove/reorder rows, 未达监控节点, the
// computed completion rate per row, and keyboard navigation (Enter/arrow keys move between cells).
import { useSheet } from '../sheet.js';
import { blankIndicator } from '../form-model.js';
import { INDICATOR_LEVELS as LEVELS, LEVEL1, LEVEL1_SYNONYMS, LIKELIHOODS, QUALITATIVE_LEVELS } from '../meta.js';
import { pct } from '../format.js';
import { pastedBlock, fillDown, cellValue } from '../tsv.js';
import JField from './JField.js';
import JCell from './JCell.js';
import FillingNotes from './FillingNotes.js';
import IndicatorNameField from './IndicatorNameField.js';

const { computed, ref, nextTick, watch } = Vue;
const { message } = antd;

function columnsFor(type, extended) {
  const cols = [
    { key: 'level1', title: '一级指标', width: 106, kind: 'select' },
    { key: 'level2', title: '二级指标', width: 136, kind: 'select' },
    { key: 'name', title: '三级指标', kind: 'textarea' },
    { key: 'target', title: type === 'MONITORING' ? '预期指标值' : '指标值', width: 130, kind: 'textarea' },
  ];
  if (type !== 'TARGET') cols.push({ key: 'actual', title: type === 'MONITORING' ? '指标完成值' : '实际完成值', width: 130, kind: 'textarea' });
  if (type === 'MONITORING') cols.push({ key: 'completionRate', title: '完成率(%)', width: 78, kind: 'percent' });
  if (type !== 'TARGET') cols.push({ key: '$achievement', title: '系统计算', width: 70, computed: true });
  // the 自评表's per-row 得分 (分值 × capped completion), as the exported table prints it
  if (type === 'EVALUATION') cols.push({ key: '$score', title: '得分', width: 56, computed: true });
  if (type === 'MONITORING') cols.push({ key: 'notDue', title: '未达监控节点', width: 58, kind: 'checkbox' });
  if (type === 'MONITORING' && extended) {
    cols.push({ key: 'forecast', title: '全年预计完成值', width: 110, kind: 'textarea' });
    cols.push({ key: 'likelihood', title: '完成目标可能性', width: 104, kind: 'select', options: LIKELIHOODS });
  }
  if (type === 'EVALUATION' && extended) {
    cols.push({ key: 'weight', title: '分值', width: 64, kind: 'number' });
    cols.push({ key: 'qualitativeLevel', title: '定性等级', width: 96, kind: 'select', options: QUALITATIVE_LEVELS });
  }
  return cols;
}

function caretAt(el, where) {
  if (!el || typeof el.selectionStart !== 'number') return true;
  if (el.selectionStart !== el.selectionEnd) return false;
  return where === 'start' ? el.selectionStart === 0 : el.selectionEnd === (el.value || '').length;
}
function caretOnEdgeLine(el, where) {
  if (!el || el.tagName !== 'TEXTAREA') return true;
  const v = el.value || '';
  return where === 'first' ? !v.slice(0, el.selectionStart).includes('\n') : !v.slice(el.selectionEnd).includes('\n');
}

export default {
  name: 'IndicatorTable',
  components: { JField, JCell, FillingNotes, IndicatorNameField },
  setup() {
    const sheet = useSheet();
    const type = computed(() => sheet.form.type);
    const rows = computed(() => sheet.form.indicators || []);
    const hasExtendedValues = computed(() => rows.value.some((r) => r.forecast || r.likelihood || r.weight || r.qualitativeLevel));
    const showExtended = ref(null);
    const extended = computed(() => (showExtended.value === null ? hasExtendedValues.value : showExtended.value));
    const cols = computed(() => columnsFor(type.value, extended.value));
    const editable = computed(() => !!sheet.editable);
    const achievements = computed(() => ((sheet.computedValues && sheet.computedValues.indicators) || []));
    const synonymsUsed = computed(() => rows.value.some((r) => LEVEL1_SYNONYMS[r.level1]));
    const tableEl = ref(null);

    function level1Options(row) {
      const opts = LEVEL1.map((v) => ({ value: v, label: v }));
      if (row.level1 && !LEVEL1.includes(row.level1)) opts.push({ value: row.level1, label: `${row.level1}（旧称）` });
      return opts;
    }
    function level2Options(row) {
      const l1 = LEVEL1_SYNONYMS[row.level1] || row.level1;
      const list = LEVELS[l1] || Object.values(LEVELS).flat();
      const opts = list.map((v) => ({ value: v, label: v }));
      if (row.level2 && !list.includes(row.level2)) opts.push({ value: row.level2, label: `${row.level2}（不属于该一级指标）` });
      return opts;
    }
    function optionsFor(col, row) {
      if (col.key === 'level1') return level1Options(row);
      if (col.key === 'level2') return level2Options(row);
      return (col.options || []).map((v) => ({ value: v, label: v }));
    }
    // a 二级指标 that does not belong to the new 一级指标 is cleared, never replaced by a guess: a returned
    // form once went out as 数量指标 because the first option was picked silently
    function onLevel1Change(row) {
      const l1 = LEVEL1_SYNONYMS[row.level1] || row.level1;
      if (row.level2 && LEVELS[l1] && !LEVELS[l1].includes(row.level2)) row.level2 = null;
    }
    // when a row's 一级指标 changes, its 二级指标 stays only if it is one of the new level's
    const lastLevel1 = new WeakMap();
    watch(() => rows.value.map((r) => r.level1), () => {
      rows.value.forEach((r) => {
        const prev = lastLevel1.get(r);
        if (editable.value && prev !== undefined && prev !== r.level1) onLevel1Change(r);
        lastLevel1.set(r, r.level1);
      });
    }, { immediate: true });
    function normaliseSynonyms() {
      rows.value.forEach((r) => { if (LEVEL1_SYNONYMS[r.level1]) r.level1 = LEVEL1_SYNONYMS[r.level1]; });
    }

    function focusCell(r, c) {
      nextTick(() => {
        const td = tableEl.value && tableEl.value.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
        if (!td) return;
        const el = td.querySelector('textarea, input:not([type=hidden])');
        if (!el) return;
        el.focus();
        if (el.tagName === 'INPUT' && el.type !== 'checkbox' && el.select) el.select();
      });
    }
    function addRow(at) {
      const list = sheet.form.indicators;
      const prev = list[at - 1] || list[list.length - 1];
      list.splice(at, 0, blankIndicator(type.value, prev));
      const nameCol = cols.value.findIndex((c) => c.key === 'name');
      focusCell(at, nameCol);
    }
    function removeRow(i) { sheet.form.indicators.splice(i, 1); }
    function moveRow(i, d) {
      const list = sheet.form.indicators;
      const j = i + d;
      if (j < 0 || j >= list.length) return;
      const [row] = list.splice(i, 1);
      list.splice(j, 0, row);
    }
    function onKeydown(e) {
      const td = e.target.closest && e.target.closest('td[data-r]');
      if (!td) return;
      const r = Number(td.dataset.r);
      const c = Number(td.dataset.c);
      // a select keeps Enter and the arrows; the name cell's suggestions only while their list is open
      const select = e.target.closest('.ant-select');
      const inSelect = !!select && (!select.classList.contains('ant-select-auto-complete')
        || select.classList.contains('ant-select-open'));
      let dr = 0;
      let dc = 0;
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !inSelect) dr = 1;
      else if (e.key === 'ArrowDown' && !inSelect && caretOnEdgeLine(e.target, 'last')) dr = 1;
      else if (e.key === 'ArrowUp' && !inSelect && caretOnEdgeLine(e.target, 'first')) dr = -1;
      else if (e.key === 'ArrowLeft' && caretAt(e.target, 'start')) dc = -1;
      else if (e.key === 'ArrowRight' && caretAt(e.target, 'end')) dc = 1;
      else return;
      const nr = r + dr;
      let nc = c + dc;
      while (cols.value[nc] && cols.value[nc].computed) nc += dc;
      if (nr < 0 || nr >= rows.value.length || nc < 0 || nc >= cols.value.length) return;
      e.preventDefault();
      focusCell(nr, nc);
    }
    /** Pasting a block copied from Excel/WPS/Word (text or HTML table) fills the cells from the focused one, adding rows as needed. */
    function onPaste(e) {
      if (!editable.value) return;
      const td = e.target.closest && e.target.closest('td[data-r]');
      if (!td) return;
      const block = pastedBlock(e.clipboardData || window.clipboardData);
      if (block.length < 2 && (!block[0] || block[0].length < 2)) return; // one cell: let the input take it
      e.preventDefault();
      const r0 = Number(td.dataset.r);
      const editableCols = cols.value.map((c, i) => ({ ...c, i })).filter((c) => !c.computed);
      const start = editableCols.findIndex((c) => c.i === Number(td.dataset.c));
      // a table copied from Word/Excel leaves 一级/二级 blank below a merged cell: they mean "as above"
      fillDown(block, editableCols.slice(start).map((c, m) => (c.key === 'level1' || c.key === 'level2' ? m : -1)).filter((m) => m >= 0));
      const list = sheet.form.indicators;
      block.forEach((cells, k) => {
        const r = r0 + k;
        while (list.length <= r) list.push(blankIndicator(type.value, list[list.length - 1]));
        cells.forEach((raw, m) => {
          const col = editableCols[start + m];
          if (col) list[r][col.key] = cellValue(col.kind, raw);
        });
      });
      message.success(`已从剪贴板粘贴 ${block.length} 行`);
    }
    return {
      onPaste,
      sheet, type, rows, cols, editable, achievements, extended, showExtended, synonymsUsed, tableEl,
      optionsFor, onLevel1Change, normaliseSynonyms, addRow, removeRow, moveRow, onKeydown, pct,
    };
  },
  template: `
  <section class="jx-section">
    <h3 class="jx-section-title">
      <j-cell path="indicators" label="绩效指标"><span>三、年度绩效指标</span></j-cell>
      <span v-if="type !== 'TARGET'" class="jx-section-tools">
        <a-switch size="small" :aria-label="type === 'EVALUATION' ? '显示分值/定性等级' : '显示全年预计/完成可能性'" :checked="extended" @update:checked="v => showExtended = v" />
        <span class="jx-muted">{{ type === 'EVALUATION' ? '分值/定性等级' : type === 'MONITORING' ? '全年预计/完成可能性' : '' }}</span>
      </span>
    </h3>
    <filling-notes section="indicators" />
    <a-alert v-if="synonymsUsed && editable" type="info" show-icon style="margin-bottom: 8px"
      message="表中使用了旧的一级指标名称（项目完成指标、项目效果指标）。">
      <template #action><a-button size="small" @click="normaliseSynonyms">统一改为产出指标/效益指标</a-button></template>
    </a-alert>
    <table ref="tableEl" class="jx-grid jx-indicators" :class="{ 'jx-editable': editable }" @keydown="onKeydown" @paste="onPaste" data-testid="indicator-table">
      <colgroup>
        <col style="width: 36px">
        <col v-for="col in cols" :key="col.key" :style="col.width ? { width: col.width + 'px' } : {}">
        <col v-if="editable" style="width: 86px">
      </colgroup>
      <thead>
        <tr>
          <th>序号</th>
          <th v-for="col in cols" :key="col.key">{{ col.title }}</th>
          <th v-if="editable">操作</th>
        </tr>
      </thead>
      <tbody>
        <tr v-for="(row, i) in rows" :key="i" :class="{ 'jx-row-notdue': row.notDue }">
          <td class="jx-rownum"><j-cell :path="'indicators[' + i + ']'" :label="'第' + (i + 1) + '行指标'">{{ i + 1 }}</j-cell></td>
          <td v-for="(col, c) in cols" :key="col.key" :data-r="i" :data-c="c" :class="{ 'jx-computed-cell': col.computed, 'jx-center': col.kind === 'checkbox' }">
            <template v-if="col.key === '$score'">
              <span class="jx-score" :data-testid="'score-' + i">{{ achievements[i] && achievements[i].score != null ? achievements[i].score : '—' }}</span>
            </template>
            <template v-else-if="col.computed">
              <span class="jx-achievement" :data-testid="'achievement-' + i">{{ achievements[i] && achievements[i].achievement != null ? pct(achievements[i].achievement, 1) : (row.notDue ? '未到期' : '—') }}</span>
            </template>
            <indicator-name-field v-else-if="col.key === 'name'" :index="i" :label="col.title" />
            <j-field v-else :path="'indicators[' + i + '].' + col.key" :label="col.title" :kind="col.kind" size="small"
              :options="optionsFor(col, row)" :min-rows="1" :max-rows="4" :allow-clear="col.key === 'likelihood' || col.key === 'qualitativeLevel'" />
          </td>
          <td v-if="editable" class="jx-row-ops">
            <a-tooltip title="上移"><a-button type="text" size="small" :disabled="i === 0" @click="moveRow(i, -1)">↑</a-button></a-tooltip>
            <a-tooltip title="下移"><a-button type="text" size="small" :disabled="i === rows.length - 1" @click="moveRow(i, 1)">↓</a-button></a-tooltip>
            <a-tooltip title="在下方插入一行"><a-button type="text" size="small" @click="addRow(i + 1)">＋</a-button></a-tooltip>
            <a-popconfirm title="删除这一行指标？" ok-text="删除" cancel-text="取消" @confirm="removeRow(i)">
              <a-tooltip title="删除"><a-button type="text" size="small" danger>✕</a-button></a-tooltip>
            </a-popconfirm>
          </td>
        </tr>
        <tr v-if="!rows.length"><td :colspan="cols.length + 2" class="jx-empty-row">尚无指标</td></tr>
      </tbody>
    </table>
    <div v-if="editable" class="jx-table-foot">
      <a-button size="small" @click="addRow(rows.length)">＋ 添加指标</a-button>
      <span class="jx-muted">可从 Excel/Word 复制多行多列后在任一单元格粘贴（合并单元格的一级/二级指标自动向下填充）；Enter / ↑ ↓ 上下移动，光标在行首/行尾时 ← → 移到相邻单元格。</span>
    </div>
  </section>`,
};
