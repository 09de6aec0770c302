// Formatting shared by every screen: one place for 万元, 2020年9月 and the colours of statuses and types.

// Colours of the terms in /api/meta (meta.js has their labels), by code.
export const TYPE_COLORS = { TARGET: 'cyan', MONITORING: 'geekblue', EVALUATION: 'purple' };
const STATUS_COLORS = {
  DRAFT: 'default', UNIT_REVIEW: 'processing', PREFECTURE_REVIEW: 'blue', SIGN_OFF: 'purple', SIGNED: 'success',
  RETURNED: 'error', WITHDRAWN: 'default', NOT_STARTED: 'orange',
};
export const statusColor = (code) => STATUS_COLORS[code] || 'default';
/** Hex colours for charts, by status. */
export const STATUS_CHART_COLORS = {
  DRAFT: '#bfbfbf', UNIT_REVIEW: '#69b1ff', PREFECTURE_REVIEW: '#1677ff', SIGN_OFF: '#9254de',
  SIGNED: '#52c41a', RETURNED: '#ff4d4f', WITHDRAWN: '#8c8c8c', NONE: '#f0f0f0', NOT_STARTED: '#fa8c16',
};
export const actionColor = (action) => (
  { RETURN: 'red', SIGN: 'green', APPROVE: 'blue', SUBMIT: 'blue', RECALL: 'orange', URGE: 'orange', RECTIFY_REQUIRE: 'orange',
    RECTIFY_RETURN: 'red', RECTIFY_ACCEPT: 'green', RECTIFY_SUBMIT: 'blue', RECTIFY_APPROVE: 'blue' }[action] || 'gray');

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
const dayOf = (v) => {
  const d = toDate(v);
  if (!d) return null;
  const day = new Date(d.getTime());
  day.setHours(0, 0, 0, 0);
  return day.getTime();
};
const today = () => dayOf(new Date());
/** Days until a due date: negative when overdue. */
export function daysLeft(due) {
  const day = dayOf(due);
  return day === null ? null : Math.round((day - today()) / 86400000);
}
/**
 * Days a task has been overdue with the one who holds it: counted from its due date, or from when it arrived if
 * that was later — a 2020 table entered today is overdue, but not by 2245 days. 0: it arrived overdue today.
 */
export function overdueDays(due, arrived) {
  const dueDay = dayOf(due);
  if (dueDay === null) return null;
  const arrivedDay = dayOf(arrived);
  if (arrivedDay !== null && arrivedDay > dueDay) return Math.max(0, Math.round((today() - arrivedDay) / 86400000));
  return Math.max(1, Math.round((today() - dueDay) / 86400000));
}
/** "12月1日（剩8天）", "…（今天到期）", "…（逾期2天）", or "…（已逾期）" for a task that arrived after its due date today. */
export function dueText(due, overdue, arrived) {
  const n = daysLeft(due);
  if (n === null) return '—';
  if (n < 0 || overdue) {
    const late = overdueDays(due, arrived);
    return late > 0 ? `${shortDate(due)}（逾期${late}天）` : `${shortDate(due)}（已逾期）`;
  }
  if (n === 0) return `${shortDate(due)}（今天到期）`;
  return `${shortDate(due)}（剩${n}天）`;
}

/** A file size as people read it: 812 KB, 19.6 MB. */
export function fileSize(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
export const GRADE_COLORS = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };
