// Parsing what Excel/WPS put on the clipboard: tab-separated rows, quoted cells may hold newlines.
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
