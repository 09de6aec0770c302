// Repairs two defects of Ant Design Vue's Select that screen readers and axe-core trip over, for every select of
// the app at once: Vue drops aria-expanded="false" (it removes aria attributes whose value is false), and the
// closed select points aria-owns / aria-controls / aria-activedescendant at a list it renders only when open. The
// pointers are parked while their list is absent and put back when it appears. A select without a label of its
// own gets the aria-label written on <a-select> (antd leaves it on the wrapper) or else its placeholder. And a
// table's sideways scroller can be reached with Tab.
const POINTERS = ['aria-owns', 'aria-controls', 'aria-activedescendant'];
const parked = (name) => `data-jx-${name}`;

function repair(input) {
  if (!input.hasAttribute('aria-expanded')) input.setAttribute('aria-expanded', 'false');
  POINTERS.forEach((name) => {
    const target = input.getAttribute(name) || input.getAttribute(parked(name));
    if (!target) return;
    const present = target.split(/\s+/).every((id) => document.getElementById(id));
    if (present && !input.hasAttribute(name)) {
      input.setAttribute(name, target);
      input.removeAttribute(parked(name));
    } else if (!present && input.hasAttribute(name)) {
      input.setAttribute(parked(name), target);
      input.removeAttribute(name);
    }
  });
  if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')
      && !(input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`))) {
    const select = input.closest('.ant-select');
    const placeholder = select && select.querySelector('.ant-select-selection-placeholder');
    const name = (select && select.getAttribute('aria-label')) || (placeholder && placeholder.textContent.trim());
    if (name) input.setAttribute('aria-label', name);
  }
}

let scheduled = false;
/** A table wider than its box scrolls sideways: keyboard users reach that scroller with Tab too (WCAG 2.1.1). */
function focusableScroller(box) {
  if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
}

function repairAll() {
  scheduled = false;
  document.querySelectorAll('input[role="combobox"]').forEach(repair);
  document.querySelectorAll('.ant-table-content, .ant-table-body').forEach(focusableScroller);
}

/** Watches the document; repairs run once per frame of changes, before the next paint. */
export function installA11yRepairs() {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(repairAll);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-expanded', ...POINTERS] });
  repairAll();
}
