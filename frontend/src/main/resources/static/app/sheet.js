// The state a form sheet shares with its cells (provide/inject): the document, whether it is
// editable, the findings and comments placed on the cells their JSON paths name, and click handlers.
import { normalizePath, pathAncestors } from './form-model.js';

const { reactive, computed, provide, inject, onBeforeUnmount } = Vue;

const KEY = Symbol('jixiao-sheet');
const SEVERITY_RANK = { ERROR: 2, WARNING: 1 };

/**
 * opts: {form: ref, editable: ref<boolean>, findings: ref<Finding[]>, comments: ref<[{path,comment,author?}]>,
 *        commentable: ref<boolean>, computedValues: ref<object>, onCellClick(path)}
 */
export function provideSheet(opts) {
  const cells = reactive(new Set());
  const sheet = reactive({
    form: opts.form,
    editable: opts.editable,
    commentable: opts.commentable,
    computedValues: opts.computedValues,
    cells,
    onCellClick: opts.onCellClick || (() => {}),
    /** finding path → the cell that shows it (the path itself or its nearest shown ancestor). */
    placement: computed(() => {
      const byCell = {};
      const unplaced = [];
      (opts.findings.value || []).forEach((f) => {
        const cell = pathAncestors(normalizePath(f.path || '')).find((p) => cells.has(p));
        if (cell) (byCell[cell] = byCell[cell] || []).push(f);
        else unplaced.push(f);
      });
      return { byCell, unplaced };
    }),
    commentsByCell: computed(() => {
      const by = {};
      (opts.comments.value || []).forEach((c) => {
        const cell = pathAncestors(normalizePath(c.path || '')).find((p) => cells.has(p)) || normalizePath(c.path || '');
        (by[cell] = by[cell] || []).push(c);
      });
      return by;
    }),
  });
  provide(KEY, sheet);
  return sheet;
}

export function useSheet() {
  return inject(KEY, null);
}

/** Registers a cell's path while it is mounted, so findings for it (or its children) land on it. */
export function useCellRegistration(sheet, pathGetter) {
  let registered = null;
  const update = () => {
    const p = normalizePath(pathGetter());
    if (registered === p) return;
    if (registered) sheet.cells.delete(registered);
    registered = p;
    if (p) sheet.cells.add(p);
  };
  update();
  onBeforeUnmount(() => { if (registered) sheet.cells.delete(registered); });
  return update;
}

export function worstSeverity(findings) {
  return (findings || []).reduce((w, f) => ((SEVERITY_RANK[f.severity] || 0) > (SEVERITY_RANK[w] || 0) ? f.severity : w), null);
}

/** Scrolls the cell showing `path` into view, focuses its input and flashes it. */
export function scrollToCell(path) {
  const target = pathAncestors(normalizePath(path))
    .map((p) => document.querySelector(`[data-path="${CSS.escape(p)}"]`))
    .find((el) => el);
  if (!target) return false;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.classList.remove('jx-flash');
  // restart the animation
  void target.offsetWidth; // eslint-disable-line no-void
  target.classList.add('jx-flash');
  const input = target.querySelector('input:not([type=checkbox]), textarea');
  if (input && !input.disabled) setTimeout(() => input.focus({ preventScroll: true }), 300);
  return true;
}
