// Differences between two jixiao-form/1 documents, computed client-side by walking both JSON trees.
// Indicator rows are matched by name first (so inserting a row does not mark every later row changed).
import { formatPath } from './form-model.js';

const empty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function same(a, b) {
  if (empty(a) && empty(b)) return true;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b) && !empty(a) && !empty(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(a, b, parts, out) {
  if (isObj(a) || isObj(b)) {
    const x = isObj(a) ? a : {};
    const y = isObj(b) ? b : {};
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    keys.forEach((k) => walk(x[k], y[k], [...parts, k], out));
    return;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a : [];
    const y = Array.isArray(b) ? b : [];
    if (parts.length === 1 && parts[0] === 'indicators') { diffRows(x, y, out); return; }
    if (x.every((v) => !isObj(v)) && y.every((v) => !isObj(v))) {
      if (!same(x, y)) out.push({ path: formatPath(parts), kind: 'changed', before: x, after: y });
      return;
    }
    const n = Math.max(x.length, y.length);
    for (let i = 0; i < n; i += 1) walk(x[i], y[i], [...parts, i], out);
    return;
  }
  if (same(a, b)) return;
  let kind = 'changed';
  if (empty(a)) kind = 'added';
  else if (empty(b)) kind = 'removed';
  out.push({ path: formatPath(parts), kind, before: a, after: b });
}

/** Positions j (with pairs[j] ≥ 0) on a longest increasing run of pairs[j]: the rows that kept their order. */
function longestIncreasing(pairs) {
  const idx = pairs.map((p, j) => j).filter((j) => pairs[j] >= 0);
  const len = idx.map(() => 1);
  const prev = idx.map(() => -1);
  for (let a = 0; a < idx.length; a += 1) {
    for (let b = 0; b < a; b += 1) {
      if (pairs[idx[b]] < pairs[idx[a]] && len[b] + 1 > len[a]) { len[a] = len[b] + 1; prev[a] = b; }
    }
  }
  let best = -1;
  len.forEach((l, a) => { if (best < 0 || l > len[best]) best = a; });
  const keep = new Set();
  for (let a = best; a >= 0; a = prev[a]) keep.add(idx[a]);
  return keep;
}

function diffRows(before, after, out) {
  const used = new Set();
  const pairs = new Array(after.length).fill(-1);
  after.forEach((row, j) => {
    const name = (row && row.name ? row.name : '').trim();
    if (!name) return;
    const i = before.findIndex((r, k) => !used.has(k) && r && (r.name || '').trim() === name);
    if (i >= 0) { pairs[j] = i; used.add(i); }
  });
  const freeBefore = before.map((_, i) => i).filter((i) => !used.has(i));
  after.forEach((row, j) => {
    if (pairs[j] >= 0) return;
    const i = freeBefore.shift();
    if (i !== undefined) { pairs[j] = i; used.add(i); }
  });
  const inOrder = longestIncreasing(pairs);
  after.forEach((row, j) => {
    const i = pairs[j];
    if (i < 0) {
      out.push({ path: `indicators[${j}]`, kind: 'added', before: null, after: row });
      return;
    }
    // a row shifted by insertions or deletions is not "moved"; one that changed places is
    if (!inOrder.has(j)) out.push({ path: `indicators[${j}]`, kind: 'moved', before: i, after: j });
    walk(before[i], row, ['indicators', j], out);
  });
  before.forEach((row, i) => {
    if (!used.has(i)) out.push({ path: `indicators[${i}]`, kind: 'removed', before: row, after: null, removedIndex: i });
  });
}

/** [{path, kind: added|removed|changed|moved, before, after}] in document order. */
export function diffForms(before, after) {
  const out = [];
  walk(before || {}, after || {}, [], out);
  return out;
}
