// Repairs, for the whole app at once, what Ant Design Vue's widgets get wrong for screen readers and axe-core
// (WCAG 2.1 AA, GB/T 37668):
// - Select and AutoComplete: Vue drops aria-expanded="false" (it removes aria attributes whose value is false),
//   and the closed select points aria-owns / aria-controls / aria-activedescendant at a list it renders only when open: the
//   pointers are parked while their list is absent and put back when it appears. A select without a label of its
//   own gets the aria-label written on <a-select> (antd leaves it on the wrapper) or else its placeholder (a
//   table's page size: 每页条数).
// - Form items without a `name` do not tie their label to their field: the field is labelled by it.
// - Tree: role=tree sits on a box with a hidden input and nodes without a role.
// - Tables: the sort arrows carry English names; a table's sideways scroller is not reachable with Tab.
const POINTERS = ['aria-owns', 'aria-controls', 'aria-activedescendant'];
const parked = (name) => `data-jx-${name}`;

/** Sets an attribute only when it changes: an unchanged write would still wake the observer, again and again. */
function setAttr(el, name, value) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function repair(input) {
  if (!input.hasAttribute('aria-expanded')) setAttr(input, 'aria-expanded', 'false');
  POINTERS.forEach((name) => {
    const target = input.getAttribute(name) || input.getAttribute(parked(name));
    if (!target) return;
    const present = target.split(/\s+/).every((id) => document.getElementById(id));
    if (present && !input.hasAttribute(name)) {
      setAttr(input, name, target);
      input.removeAttribute(parked(name));
    } else if (!present && input.hasAttribute(name)) {
      setAttr(input, parked(name), target);
      input.removeAttribute(name);
    }
  });
  if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')
      && !(input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`))) {
    const select = input.closest('.ant-select');
    const placeholder = select && select.querySelector('.ant-select-selection-placeholder');
    const pager = input.closest('.ant-pagination-options') && '每页条数';
    const name = (select && select.getAttribute('aria-label')) || (placeholder && placeholder.textContent.trim()) || pager;
    if (name) setAttr(input, 'aria-label', name);
  }
}

let scheduled = false;
let labelCount = 0;

/**
 * A field in an <a-form-item label="…"> without a `name` is not tied to its label (antd sets the label's `for` only
 * for named items): the label names the field through aria-labelledby.
 */
function labelledByFormItem(field) {
  if (field.hasAttribute('aria-label') || field.hasAttribute('aria-labelledby')) return;
  if (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`)) return;
  const item = field.closest('.ant-form-item');
  const label = item && item.querySelector('.ant-form-item-label > label');
  if (!label) return;
  if (!label.id) label.id = `jx-label-${++labelCount}`;
  setAttr(field, 'aria-labelledby', label.id);
}

/**
 * antd's Tree puts role=tree on a box that also holds its hidden keyboard input, and gives its nodes no role: the
 * role moves to the list of nodes, each a treeitem that says whether it is open and selected.
 */
function repairTree(tree) {
  const list = tree.querySelector('.ant-tree-list-holder-inner');
  if (!list) return;
  tree.removeAttribute('role');
  setAttr(list, 'role', 'tree');
  const input = tree.querySelector('input[aria-label="for screen reader"]');
  if (input) setAttr(input, 'aria-label', '树形列表（方向键浏览）');
  list.querySelectorAll('.ant-tree-treenode').forEach((node) => {
    setAttr(node, 'role', 'treeitem');
    node.removeAttribute('aria-grabbed');
    setAttr(node, 'aria-selected', String(node.classList.contains('ant-tree-treenode-selected')));
    if (node.classList.contains('ant-tree-treenode-switcher-open')) setAttr(node, 'aria-expanded', 'true');
    else if (node.classList.contains('ant-tree-treenode-switcher-close')) setAttr(node, 'aria-expanded', 'false');
  });
}

/** A table's sort arrows are pictures of its header's aria-sort: hidden from screen readers (antd names them in English). */
function hideSorterIcon(icon) {
  setAttr(icon, 'aria-hidden', 'true');
  icon.removeAttribute('aria-label');
}

/** The page-number box of a simple pager (the phone's card list) and of a quick jumper: antd gives it no name. */
function namePageInput(input) {
  if (!input.hasAttribute('aria-label')) setAttr(input, 'aria-label', '页码');
}

/** A table wider than its box scrolls sideways: keyboard users reach that scroller with Tab too (WCAG 2.1.1). */
function focusableScroller(box) {
  if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) setAttr(box, 'tabindex', '0');
}

function repairAll() {
  scheduled = false;
  document.querySelectorAll('input[role="combobox"], textarea[role="combobox"]').forEach(repair);
  document.querySelectorAll('.ant-form-item input, .ant-form-item textarea').forEach(labelledByFormItem);
  document.querySelectorAll('.ant-table-content, .ant-table-body, .jx-sheet').forEach(focusableScroller);
  document.querySelectorAll('.ant-tree').forEach(repairTree);
  document.querySelectorAll('.ant-pagination-simple-pager input, .ant-pagination-options-quick-jumper input').forEach(namePageInput);
  document.querySelectorAll('.ant-table-column-sorter .anticon[aria-label]').forEach(hideSorterIcon);
}

/** Watches the document; the repairs run once per frame that changed it, before it is painted. */
export function installA11yRepairs() {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(repairAll);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-expanded', 'class', 'role', ...POINTERS] });
  repairAll();
}
