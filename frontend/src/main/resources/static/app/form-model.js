// The jixiao-form/1 document on the client: indicator taxonomy, JSON paths, blank forms, copying a
// signed target form, and Chinese labels for paths (used by findings, comments and the diff).
import { REPORT_SECTIONS, INDICATOR_LEVELS, LEVEL1, goalActualLabel } from './meta.js';

// ---------------------------------------------------------------- paths
/** "indicators[3].actual" → ["indicators", 3, "actual"]. Accepts a/b/0 and /a/0/b too. */
export function parsePath(path) {
  if (Array.isArray(path)) return path;
  if (!path) return [];
  let p = String(path).trim();
  if (p.startsWith('$.')) p = p.slice(2);
  if (p.startsWith('/')) p = p.slice(1).split('/').join('.');
  const out = [];
  p.replace(/\[(\d+)\]|\[["']([^"']+)["']\]|([^.[\]]+)/g, (m, idx, quoted, name) => {
    if (idx !== undefined) out.push(Number(idx));
    else if (quoted !== undefined) out.push(quoted);
    else if (/^\d+$/.test(name)) out.push(Number(name));
    else out.push(name);
    return m;
  });
  return out;
}
/** ["indicators", 3, "actual"] → "indicators[3].actual". */
export function formatPath(parts) {
  return parts.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : (s ? `${s}.${k}` : k)), '');
}
export const normalizePath = (path) => formatPath(parsePath(path));

export function getAt(obj, path) {
  return parsePath(path).reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
}
/** Sets a value, creating the objects on the way. */
export function setAt(obj, path, value) {
  const parts = parsePath(path);
  let o = obj;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const k = parts[i];
    if (o[k] === null || o[k] === undefined || typeof o[k] !== 'object') o[k] = typeof parts[i + 1] === 'number' ? [] : {};
    o = o[k];
  }
  o[parts[parts.length - 1]] = value;
}
/** The path and its ancestors, longest first: a.b[2].c, a.b[2], a.b, a. */
export function pathAncestors(path) {
  const parts = parsePath(path);
  const out = [];
  for (let n = parts.length; n > 0; n -= 1) out.push(formatPath(parts.slice(0, n)));
  return out;
}

export const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

// ---------------------------------------------------------------- blank forms
const money = () => ({ total: null, main: null, other: null });

export function blankIndicator(type, prev) {
  const level1 = prev ? prev.level1 : LEVEL1[0];
  const row = { level1, level2: prev ? prev.level2 : INDICATOR_LEVELS[level1][0], name: '', target: '' };
  if (type !== 'TARGET') row.actual = '';
  if (type === 'MONITORING') { row.completionRate = null; row.notDue = false; }
  return row;
}

export function blankForm({ type, year, monitorMonth, fund, unit, project }) {
  const form = {
    schema: 'jixiao-form/1',
    type,
    year,
    unit: unit || '',
    project: project || '',
    fund,
    amountUnit: '万元',
    budget: { planned: money() },
    goal: { expected: '' },
    // one row under each 一级指标, with its first 二级指标
    indicators: LEVEL1.map((level1) => ({ ...blankIndicator(type), level1, level2: INDICATOR_LEVELS[level1][0] })),
    filler: { name: null, phone: null },
  };
  if (type === 'MONITORING') {
    form.monitorMonth = monitorMonth || null;
    form.budget.arrived = money();
  }
  if (type !== 'TARGET') {
    form.budget.executed = money();
    form.budget.executionRate = null;
    form.goal.actual = '';
    form.deviation = { reason: null, measures: null };
  }
  if (type === 'MONITORING') form.goal.completionRate = null;
  if (type === 'EVALUATION') {
    form.report = {
      fund: { income: null, incomeItems: {}, expense: null, expenseItems: {}, balance: null, accumulated: null },
      budgetedExpense: null,
      executedExpense: null,
      budgetCompletionPct: null,
      previousYearExpense: null,
      sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s.code, ''])),
    };
  }
  return form;
}

/**
 * A new MONITORING or EVALUATION form started from a signed TARGET form: unit, project, fund, year,
 * planned budget, expected goal and the indicators with their targets are copied.
 */
export function formFromTarget(target, type, monitorMonth) {
  const form = blankForm({
    type, year: target.year, monitorMonth, fund: target.fund, unit: target.unit, project: target.project,
  });
  form.amountUnit = target.amountUnit || '万元';
  form.budget.planned = { ...money(), ...clone((target.budget && target.budget.planned) || {}) };
  form.goal.expected = (target.goal && target.goal.expected) || '';
  const rows = (target.indicators || []).map((i) => ({
    ...blankIndicator(type), level1: i.level1, level2: i.level2, name: i.name, target: i.target,
  }));
  if (rows.length) form.indicators = rows;
  return form;
}

/** Ensures the keys the editor binds to exist (forms from import or the fixtures may omit some). */
export function completeForEditing(form) {
  const f = form;
  const t = f.type;
  f.budget = f.budget || {};
  f.budget.planned = f.budget.planned || money();
  if (t === 'MONITORING') f.budget.arrived = f.budget.arrived || money();
  if (t !== 'TARGET') {
    f.budget.executed = f.budget.executed || money();
    if (!('executionRate' in f.budget)) f.budget.executionRate = null;
    f.deviation = f.deviation || { reason: null, measures: null };
  }
  f.goal = f.goal || { expected: '' };
  f.indicators = f.indicators || [];
  f.filler = f.filler || { name: null, phone: null };
  if (t === 'EVALUATION') {
    const blank = blankForm({ type: t }).report;
    f.report = f.report || blank;
    f.report.fund = f.report.fund || blank.fund;
    f.report.sections = { ...blank.sections, ...(f.report.sections || {}) };
  }
  return f;
}

// ---------------------------------------------------------------- labels for paths
const FIELD_LABELS = {
  schema: '格式', type: '表单类型', year: '年度', monitorMonth: '监控时点', unit: '实施单位', project: '项目名称',
  fund: '险种', amountUnit: '金额单位',
  budget: '资金情况', 'budget.planned': '预算数', 'budget.arrived': '到位数', 'budget.executed': '执行数',
  'budget.executionRate': '预算执行率(填报)',
  goal: '年度目标', 'goal.expected': '年度预期目标', 'goal.completionRate': '总体完成率',
  indicators: '绩效指标', deviation: '偏差说明', 'deviation.reason': '偏差原因', 'deviation.measures': '采取的措施',
  'deviation.categories': '偏差原因分类',
  report: '绩效评价报告', 'report.fund': '基金收支', 'report.fund.income': '收入合计',
  'report.fund.incomeItems': '收入明细', 'report.fund.expense': '支出合计', 'report.fund.expenseItems': '支出明细',
  'report.fund.balance': '本年收支结余', 'report.fund.accumulated': '年末滚存结余',
  'report.budgetedExpense': '预算支出总额', 'report.executedExpense': '支出总额(报告)',
  'report.budgetCompletionPct': '完成预算比例', 'report.previousYearExpense': '上年支出',
  'report.sections': '报告正文', filler: '填报人', 'filler.name': '填报人', 'filler.phone': '联系电话',
};
const MONEY_PARTS = { total: '合计', main: '主要来源', other: '其他资金' };
const INDICATOR_FIELDS = {
  level1: '一级指标', level2: '二级指标', name: '三级指标', target: '预期指标值', actual: '完成值',
  completionRate: '完成率', notDue: '未达监控节点', forecast: '全年预计完成值', likelihood: '完成可能性',
  weight: '分值', qualitativeLevel: '定性等级',
};
REPORT_SECTIONS.forEach((s) => { FIELD_LABELS[`report.sections.${s.code}`] = s.title; });

/** "indicators[3].actual" → "第4行指标「参保人数」· 完成值". `form` gives the indicator names. */
export function pathLabel(path, form) {
  const parts = parsePath(path);
  if (!parts.length) return '整张表';
  if (parts[0] === 'indicators' && typeof parts[1] === 'number') {
    const row = form && form.indicators ? form.indicators[parts[1]] : null;
    const name = row && row.name ? `「${row.name}」` : '';
    const head = `第${parts[1] + 1}行指标${name}`;
    return parts[2] ? `${head} · ${INDICATOR_FIELDS[parts[2]] || parts[2]}` : head;
  }
  const key = formatPath(parts);
  if (key === 'goal.actual') return goalActualLabel(form && form.type, goalActualLabel('MONITORING'));
  if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  const parent = formatPath(parts.slice(0, -1));
  const last = parts[parts.length - 1];
  if (parts[0] === 'budget' && MONEY_PARTS[last]) return `${FIELD_LABELS[parent] || parent} · ${MONEY_PARTS[last]}`;
  if (FIELD_LABELS[parent]) return `${FIELD_LABELS[parent]} · ${last}`;
  return key;
}

/** A value for display in comments and the diff. */
export function valueText(v) {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map(valueText).join('、') : '（空）';
  if (typeof v === 'object') {
    if (v.name !== undefined || v.target !== undefined) return [v.level1, v.level2, v.name, v.target, v.actual].filter((x) => x).join(' / ');
    return Object.entries(v).map(([k, x]) => `${MONEY_PARTS[k] || k}: ${valueText(x)}`).join('；');
  }
  return String(v);
}
