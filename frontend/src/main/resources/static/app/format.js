// Labels and formatting shared by every screen: one place for 万元, 2020年9月, status and task names.

/** A getter of one field of the entry with this code, falling back to the code itself (or —). */
const byCode = (entries, field, fallback) => {
  const index = Object.fromEntries(entries.map((e) => [e.value, e]));
  return (code) => (index[code] ? index[code][field] : fallback !== undefined ? fallback : code || '—');
};

export const FUNDS = [
  { value: 'ENTERPRISE_PENSION', label: '企业职工基本养老保险', short: '企业养老' },
  { value: 'PUBLIC_PENSION', label: '机关事业单位养老保险', short: '机关养老' },
  { value: 'RESIDENT_PENSION', label: '城乡居民基本养老保险', short: '居民养老' },
  { value: 'EMPLOYEE_MEDICAL', label: '城镇职工基本医疗保险(含生育)', short: '职工医保' },
  { value: 'RESIDENT_MEDICAL', label: '城乡居民基本医疗保险', short: '居民医保' },
  { value: 'WORK_INJURY', label: '工伤保险', short: '工伤' },
  { value: 'UNEMPLOYMENT', label: '失业保险', short: '失业' },
  { value: 'MATERNITY', label: '生育保险', short: '生育' },
  { value: 'ALL', label: '社会保险基金(综合)', short: '综合' },
];
export const fundLabel = byCode(FUNDS, 'label');
export const fundShort = byCode(FUNDS, 'short');
export const isMedicalFund = (code) => code === 'EMPLOYEE_MEDICAL' || code === 'RESIDENT_MEDICAL' || code === 'MATERNITY';

export const FORM_TYPES = [
  { value: 'TARGET', label: '绩效目标表', short: '目标' },
  { value: 'MONITORING', label: '绩效监控情况表', short: '监控' },
  { value: 'EVALUATION', label: '绩效自评表', short: '自评' },
];
export const typeLabel = byCode(FORM_TYPES, 'label');
export const typeShort = byCode(FORM_TYPES, 'short');
export const TYPE_COLORS = { TARGET: 'cyan', MONITORING: 'geekblue', EVALUATION: 'purple' };

export const STATUSES = [
  { value: 'DRAFT', label: '草稿', color: 'default' },
  { value: 'UNIT_REVIEW', label: '单位审核', color: 'processing' },
  { value: 'PREFECTURE_REVIEW', label: '地区审核', color: 'blue' },
  { value: 'SIGN_OFF', label: '领导签发', color: 'purple' },
  { value: 'SIGNED', label: '已签发', color: 'success' },
  { value: 'RETURNED', label: '退回修改', color: 'error' },
  { value: 'WITHDRAWN', label: '已撤销', color: 'default' },
];
export const statusLabel = byCode(STATUSES, 'label');
export const statusColor = byCode(STATUSES, 'color', 'default');
/** Hex colours for charts, in the same order as STATUSES. */
export const STATUS_CHART_COLORS = {
  DRAFT: '#bfbfbf', UNIT_REVIEW: '#69b1ff', PREFECTURE_REVIEW: '#1677ff', SIGN_OFF: '#9254de',
  SIGNED: '#52c41a', RETURNED: '#ff4d4f', WITHDRAWN: '#8c8c8c', NONE: '#f0f0f0',
};

export const TASKS = {
  draft: '填报',
  unitReview: '单位审核上报',
  prefectureReview: '地区审核',
  correct: '退回修改',
  signOff: '领导签发',
};
export const taskLabel = (key, fallback) => TASKS[key] || fallback || key || '—';

export const ROLES = {
  FILER: '填报人',
  UNIT_HEAD: '单位负责人',
  PREFECTURE_REVIEWER: '地区审核',
  PREFECTURE_LEADER: '地区领导',
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
};
export const roleLabel = (r) => ROLES[r] || r;
/** 三员分立: these are granted alone, by the security administrator; the others are the business roles. */
export const ADMIN_ROLES = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'];

export const DECISIONS = {
  SUBMIT: '提交', APPROVE: '审核通过', RETURN: '退回', SIGN: '签发',
};
const ACTIONS = {
  CREATE: '创建', CREATED: '创建', IMPORT: '导入', SAVE: '保存', UPDATE: '保存',
  SUBMIT: '提交', APPROVE: '审核通过', RETURN: '退回', SIGN: '签发', RECALL: '撤回', WITHDRAW: '撤销',
  CLAIM: '领取', UNCLAIM: '释放', URGE: '催办', TRANSFER: '转办', CC: '抄送',
};
/** A history action, with the task it happened in when that says more (单位审核 APPROVE = 上报). */
export function actionLabel(action, taskKey) {
  if (action === 'APPROVE' && taskKey === 'unitReview') return '审核上报';
  return ACTIONS[action] || action || '—';
}
export const actionColor = (action) => (
  { RETURN: 'red', SIGN: 'green', APPROVE: 'blue', SUBMIT: 'blue', RECALL: 'orange', URGE: 'orange' }[action] || 'gray');

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));

function yearOptions() {
  const now = new Date().getFullYear();
  const out = [];
  for (let y = now + 1; y >= 2019; y -= 1) out.push({ value: y, label: `${y}年` });
  return out;
}
export const YEARS = yearOptions();

const isNum = (n) => n !== null && n !== undefined && n !== '' && !Number.isNaN(Number(n));

/** 161556 → "161,556.00"; null → "—". Amounts are always shown in 万元 with two decimals. */
export function amount(n) {
  if (!isNum(n)) return '—';
  return Number(n).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
/** 161556 → "161,556.00 万元". */
export function wan(n) {
  return isNum(n) ? `${amount(n)} 万元` : '—';
}
/** 72.58 → "72.58%"; digits default 2; null → "—". */
export function pct(n, digits = 2) {
  if (!isNum(n)) return '—';
  return `${Number(n).toFixed(digits)}%`;
}
/** Score with one decimal: 92.5 → "92.5 分". */
export function score(n) {
  return isNum(n) ? `${Number(n).toFixed(1)} 分` : '—';
}

/** 2020, 9 → "2020年9月"; 2020 → "2020年". */
export function yearMonth(year, month) {
  if (!year) return '—';
  return month ? `${year}年${month}月` : `${year}年`;
}
/** The period a form covers: 监控表 2020年9月, others 2020年度. */
export function period(type, year, monitorMonth) {
  if (!year) return '—';
  if (type === 'MONITORING' && monitorMonth) return `${year}年${monitorMonth}月`;
  return `${year}年度`;
}
function toDate(v) {
  if (!v) return null;
  // a bare date ("2020-12-01") is a local calendar day, not UTC midnight
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00`) : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
/** ISO timestamp → "2020年9月3日". */
export function date(v) {
  const d = toDate(v);
  return d ? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日` : '—';
}
/** ISO timestamp → "2020年9月3日 14:05". */
export function dateTime(v) {
  const d = toDate(v);
  if (!d) return '—';
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${date(d)} ${hh}:${mm}`;
}
/** For lists: "11月23日 17:10" this year, "2020年11月23日" earlier. */
export function shortDateTime(v) {
  const d = toDate(v);
  if (!d) return '—';
  if (d.getFullYear() !== new Date().getFullYear()) return date(d);
  return `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
/** For lists: "12月3日" this year, "2020年12月3日" earlier. */
export function shortDate(v) {
  const d = toDate(v);
  if (!d) return '—';
  return d.getFullYear() === new Date().getFullYear() ? `${d.getMonth() + 1}月${d.getDate()}日` : date(d);
}
/** "3分钟前", "昨天 14:05" style for lists; falls back to dateTime. */
export function ago(v) {
  const d = toDate(v);
  if (!d) return '—';
  const s = (Date.now() - d.getTime()) / 1000;
  if (s < 60) return '刚刚';
  if (s < 3600) return `${Math.floor(s / 60)}分钟前`;
  if (s < 86400) return `${Math.floor(s / 3600)}小时前`;
  return dateTime(d);
}
/** A due date ("2020-12-01" or a timestamp) has passed; a date is due until the end of that day. */
export function isOverdue(due) {
  const d = toDate(due);
  if (!d) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(String(due)) ? d.getTime() + 86400000 : d.getTime();
  return end < Date.now();
}
/** Days until a due date: negative when overdue. */
export function daysLeft(due) {
  const d = toDate(due);
  if (!d) return null;
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const day = new Date(d.getTime());
  day.setHours(0, 0, 0, 0);
  return Math.round((day.getTime() - start.getTime()) / 86400000);
}
/** "12月1日（剩8天）", "…（今天到期）", "…（逾期2天）". */
export function dueText(due, overdue) {
  const n = daysLeft(due);
  if (n === null) return '—';
  if (n < 0 || overdue) return `${shortDate(due)}（逾期${Math.max(1, -n)}天）`;
  if (n === 0) return `${shortDate(due)}（今天到期）`;
  return `${shortDate(due)}（剩${n}天）`;
}

export const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
export const GRADE_COLORS = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };
