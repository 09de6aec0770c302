// Parsing what Excel/WPS/Word put on the clipboard: tab-separated rows (quoted cells may hold newlines), or
// the HTML table they put beside it, whose merged cells (rowspan) say what the blank text cells meant.
export function parseTsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = String(text || '').replace(/\r\n?/g, '\n');
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  while (rows.length && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}

/** A pasted cell as the value a column holds: numbers for rates, booleans for checkboxes. */
export function cellValue(kind, raw) {
  const v = String(raw ?? '').trim();
  if (kind === 'percent' || kind === 'number') {
    if (v === '' || v === '/') return null;
    const n = parseFloat(v.replace(/[%％,，\s]/g, ''));
    return Number.isNaN(n) ? null : n;
  }
  if (kind === 'checkbox') return /^(是|√|✓|true|1|未达|未达监控节点|y|yes)$/i.test(v);
  return v;
}

/**
 * The rows of the first table in clipboard HTML, a merged cell's text repeated on every row it spans (the
 * plain text of the same copy leaves those rows blank); null when the HTML holds no table.
 */
export function parseHtmlTable(html) {
  if (!html || !/<table/i.test(html)) return null;
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
  if (!table) return null;
  const grid = [];
  Array.from(table.rows).forEach((tr, r) => {
    grid[r] = grid[r] || [];
    let c = 0;
    Array.from(tr.cells).forEach((td) => {
      while (grid[r][c] !== undefined) c += 1;
      const text = (td.innerText || td.textContent || '').replace(/\u00a0/g, ' ').trim();
      const rows = Math.max(1, Number(td.rowSpan) || 1);
      const cols = Math.max(1, Number(td.colSpan) || 1);
      for (let dr = 0; dr < rows; dr += 1) {
        grid[r + dr] = grid[r + dr] || [];
        for (let dc = 0; dc < cols; dc += 1) grid[r + dr][c + dc] = dc === 0 ? text : '';
      }
      c += cols;
    });
  });
  const rows = grid.map((row) => Array.from(row, (v) => v ?? ''));
  while (rows.length && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return rows;
}

/** What was pasted: the HTML table when the clipboard has one, else the tab-separated text. */
export function pastedBlock(clipboard) {
  return parseHtmlTable(clipboard.getData('text/html')) || parseTsv(clipboard.getData('text/plain') || clipboard.getData('text'));
}

/** Blank cells of the named columns take the value of the row above in the same block (merged cells' continuation rows). */
export function fillDown(block, columns) {
  block.forEach((cells, k) => {
    if (k === 0) return;
    columns.forEach((m) => {
      if (m < cells.length && String(cells[m] ?? '').trim() === '' && block[k - 1][m] !== undefined) cells[m] = block[k - 1][m];
    });
  });
  return block;
}
