// The domain vocabulary as the server's Java enums serve it at GET /api/meta: funds, form types and statuses,
// org levels, roles, tasks with their decisions, history actions, report sections, severities, rule titles and
// the indicator taxonomy. Loaded once with a top-level await, so every module importing this one runs after it
// has arrived and no screen types these words again.
import { api } from './api.js';

/** {funds: [{code, label, shortLabel, medical}], tasks: [{code, label, step, status, role, group, recallable, decisions}], …} */
export const meta = Object.freeze(await load());

async function load() {
  try {
    return await api.get('/api/meta', null, { silent: true });
  } catch (e) {
    // nothing can show without the vocabulary: say so instead of a blank page
    document.getElementById('app').textContent = `系统暂时无法使用（${e.message}），请稍后刷新页面重试。`;
    throw e;
  }
}

const index = (list) => Object.fromEntries(list.map((t) => [t.code, t]));
const FUNDS = index(meta.funds);
const TYPES = index(meta.formTypes);
// a campaign item's status: 未报 while nothing is filed, else its form's
const STATUSES = index(meta.itemStatuses);
const ROLES = index(meta.roles);
const TASKS = index(meta.tasks);
const ACTIONS = index(meta.actions);
const LEVELS = index(meta.orgLevels);
const SEVERITIES = index(meta.severities);
const RULES = index(meta.rules);
const AUDIT_ACTIONS = index(meta.auditActions);

/** The label of the term with this code; an unknown code shows as itself, none as —. */
const labelIn = (terms, field = 'label') => (code, fallback) => {
  if (terms[code]) return terms[code][field];
  return fallback !== undefined ? fallback : code || '—';
};

/** A list of terms as select options. */
export const options = (list) => list.map((t) => ({ value: t.code, label: t.label }));

export const fundLabel = labelIn(FUNDS);
export const fundShort = labelIn(FUNDS, 'shortLabel');
export const typeLabel = labelIn(TYPES);
export const typeShort = labelIn(TYPES, 'shortLabel');
/** The name of goal.actual on a table of this type (目前/实际完成情况), as the server's FormType has it. */
export const goalActualLabel = labelIn(TYPES, 'goalActual');
export const statusLabel = labelIn(STATUSES);
export const roleLabel = labelIn(ROLES);
export const orgLevelLabel = labelIn(LEVELS);
export const severityLabel = labelIn(SEVERITIES);
export const auditActionLabel = labelIn(AUDIT_ACTIONS);
/** The finding only says a field is not filled in yet. */
export const isBlankFinding = (f) => !!RULES[f.code] && RULES[f.code].blank;
/** A task's name: its key's label, else the name the engine gave it. */
export const taskLabel = labelIn(TASKS);

/** The task with this BPMN key: {code, label, step, status, role, group, recallable, decisions}, or null. */
export const taskOf = (key) => TASKS[key] || null;
/** A decision as the task names it (the unit head's APPROVE is 审核上报), else the history action's label. */
export function actionLabel(action, taskKey) {
  const task = TASKS[taskKey];
  const decision = task && task.decisions.find((d) => d.code === action);
  if (decision) return decision.label;
  return ACTIONS[action] ? ACTIONS[action].label : action || '—';
}

/** The three administrators of 三员分立, granted alone. */
export const ADMIN_ROLES = meta.roles.filter((r) => r.administrator).map((r) => r.code);
/** Whether an account with this role may belong to an org of this level. */
export const roleFits = (role, level) => !!ROLES[role] && ROLES[role].levels.includes(level);
/** The levels an org of this level may hold. */
export const childLevels = (level) => (LEVELS[level] ? LEVELS[level].children : []);

/** 其中主要来源 of the budget: 财政资金 on the monitoring table, 医保基金 / 社保基金 by fund elsewhere. */
export const mainSourceLabel = (type, fund) => {
  const t = TYPES[type];
  return t ? t.mainSources[fund] || t.mainSource : '';
};

/** 一级指标 → its 二级指标, the older names of the 一级指标, and the choices of the indicator columns. */
export const INDICATOR_LEVELS = Object.fromEntries(meta.indicatorLevels.map((l) => [l.label, l.level2]));
export const LEVEL1 = meta.indicatorLevels.map((l) => l.label);
export const LEVEL1_SYNONYMS = Object.fromEntries(meta.indicatorLevels.flatMap((l) => l.synonyms.map((s) => [s, l.label])));
// the document holds these by their Chinese label
export const LIKELIHOODS = meta.likelihoods.map((t) => t.label);
export const QUALITATIVE_LEVELS = meta.qualitativeLevels.map((t) => t.label);
export const DEVIATION_CATEGORIES = meta.deviationCategories.map((t) => t.label);
/** The report's sections in print order: {code (the key in report.sections), label (the printed heading), title}. */
export const REPORT_SECTIONS = meta.reportSections;
/** The 填表说明 notes (as the Excel template has them) to show beside one part of the editor's table of a type. */
export const fillingNotes = (section, type) => meta.fillingNotes.filter((n) => n.sections.includes(section) && n.types.includes(type));
