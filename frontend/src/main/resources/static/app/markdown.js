// A small Markdown renderer for docs/rules.md as the app serves it (/docs/rules.md): headings (a rule's heading
// "### CODE 标题" gets the id CODE, so #/rules/CODE finds it), paragraphs, nested lists, tables, rules, **bold**
// and `code`. Everything is escaped first: the page shows the document, never its HTML.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (s) => esc(s)
  .replace(/`([^`]+)`/g, '<code>$1</code>')
  .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>');

/** The id of a heading: the rule code it starts with, else none. */
export function headingId(text) {
  const m = /^([A-Z][A-Z0-9_]+)\b/.exec(text.trim());
  return m ? m[1] : null;
}

export function renderMarkdown(src) {
  const lines = String(src || '').replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let para = [];
  const lists = []; // indents of the open lists
  const flush = () => { if (para.length) { out.push(`<p>${inline(para.join(' '))}</p>`); para = []; } };
  const closeLists = (indent = -1) => { while (lists.length && lists[lists.length - 1] > indent) { out.push('</li></ul>'); lists.pop(); } };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const li = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (h) {
      flush(); closeLists();
      const id = headingId(h[2]);
      out.push(`<h${h[1].length}${id ? ` id="${id}"` : ''}>${inline(h[2])}</h${h[1].length}>`);
    } else if (/^---+\s*$/.test(line)) {
      flush(); closeLists(); out.push('<hr>');
    } else if (/^\|/.test(line)) {
      flush(); closeLists();
      const rows = [];
      while (i < lines.length && /^\|/.test(lines[i])) { rows.push(lines[i]); i += 1; }
      i -= 1;
      const cells = (r) => r.replace(/^\||\|\s*$/g, '').split('|').map((c) => c.trim());
      const body = rows.filter((r, k) => !(k === 1 && /^\|[\s:|-]+$/.test(r)));
      out.push(`<table><thead><tr>${cells(body[0]).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>`
        + body.slice(1).map((r) => `<tr>${cells(r).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')
        + '</tbody></table>');
    } else if (li) {
      flush();
      const indent = li[1].length;
      if (lists.length && lists[lists.length - 1] === indent) out.push('</li><li>');
      else if (!lists.length || lists[lists.length - 1] < indent) { out.push('<ul><li>'); lists.push(indent); } else {
        closeLists(indent);
        out.push(lists.length ? '</li><li>' : '<ul><li>');
        if (!lists.length) lists.push(indent);
      }
      out.push(inline(li[2]));
    } else if (line.trim() === '') {
      flush();
    } else if (lists.length && /^\s+/.test(line)) {
      out.push(` ${inline(line.trim())}`); // a list item's continuation line
    } else {
      closeLists(); para.push(line.trim());
    }
  }
  flush(); closeLists();
  return out.join('\n');
}
