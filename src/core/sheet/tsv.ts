// Rows copied from Excel arrive as tab-separated text. Excel quotes a cell that holds a tab, a
// line break or a quote ("a ""b"" c"), so a cell may span lines; everything else is literal.

/** Split clipboard text from Excel into rows of cell texts; a trailing line break adds no row. */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      const end = closingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * The quote that closes a quoted cell starting at `from`, or -1 when the text is not a quoted
 * cell after all (a cell that merely starts with a quote mark is kept as written).
 */
function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === "\t" || next === "\n" || next === "\r" ? i : -1;
    }
    i++;
  }
  return -1;
}
