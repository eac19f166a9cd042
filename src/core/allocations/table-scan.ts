// Splitting a sheet into tables: every header row found by meaning starts a table; the title and
// unit-caption rows just above a header belong to that table; the table body runs to the next
// table's titles or the end of the sheet. Blank rows inside a body are allowed.
import { type Grid, isBlank } from "../grid";
import type { HeaderMatch } from "../sheet/header";
import { cellText, normalizeSpaces } from "../sheet/text";

export interface TableSpan {
  readonly header: HeaderMatch;
  /** Non-blank rows above the header that title it (titles, unit captions), top to bottom. */
  readonly titleRows: readonly number[];
  /** First and last body row (inclusive); lastRow < firstRow when the table is empty. */
  readonly firstRow: number;
  readonly lastRow: number;
}

/** How many title rows above a header may belong to it. */
const MAX_TITLE_ROWS = 4;

export function isBlankRow(grid: Grid, row: number): boolean {
  const cells = grid.values[row];
  if (!cells) return true;
  for (const v of cells) if (!isBlank(v)) return false;
  return true;
}

/** The non-blank cells of a row as text, left to right. */
export function rowTexts(grid: Grid, row: number): string[] {
  const out: string[] = [];
  const cells = grid.values[row] ?? [];
  for (const v of cells) if (!isBlank(v)) out.push(normalizeSpaces(cellText(v)));
  return out;
}

/** A title or caption row: one or two text cells, none of them starting with a digit. */
function isTitleRow(grid: Grid, row: number): boolean {
  const cells = grid.values[row] ?? [];
  let filled = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    // "351/70" and "57 625" typed as text are data, not a title.
    if (/^\s*[-\u2212]?\d/.test(v)) return false;
    filled++;
  }
  return filled > 0 && filled <= 2;
}

/** A row that may title the next table (spanTables' rule): non-blank, a title row, not a sum row. */
export function mayTitleNext(grid: Grid, row: number): boolean {
  return !isBlankRow(grid, row) && isTitleRow(grid, row) && !looksLikeTotal(grid, row);
}

/** Tables from header rows: titles above each header, body down to the next table's titles. */
export function spanTables(grid: Grid, headers: readonly HeaderMatch[]): TableSpan[] {
  const titlesOf: number[][] = [];
  for (let i = 0; i < headers.length; i++) {
    const floor = i === 0 ? 0 : headers[i - 1].row + 1;
    const titles: number[] = [];
    let row = headers[i].row - 1;
    if (i === 0) {
      // Everything above the first table is its preamble.
      for (let r = floor; r < headers[i].row; r++) if (!isBlankRow(grid, r)) titles.push(r);
    } else {
      // Blank rows may part the titles from the header; the titles themselves are one block,
      // so a note under the table above (then a blank row) stays with that table.
      while (row >= floor && isBlankRow(grid, row)) row--;
      while (row >= floor && titles.length < MAX_TITLE_ROWS) {
        if (isBlankRow(grid, row) || !isTitleRow(grid, row) || looksLikeTotal(grid, row)) break;
        titles.unshift(row);
        row--;
      }
    }
    titlesOf.push(titles);
  }
  const spans: TableSpan[] = [];
  for (let i = 0; i < headers.length; i++) {
    const next = headers[i + 1];
    const end = next ? (titlesOf[i + 1].length > 0 ? titlesOf[i + 1][0] : next.row) - 1 : grid.values.length - 1;
    spans.push({ header: headers[i], titleRows: titlesOf[i], firstRow: headers[i].row + 1, lastRow: end });
  }
  return spans;
}

const TOTAL_WORDS = /^(sum|summen|total|totalt|i alt|samlet|sammenlagt)\b/i;

/** The label of a sum row ("Sum kap. 855", "Sum", "Totalt"), or null. The first text cell decides. */
export function totalLabel(grid: Grid, row: number): string | null {
  const cells = grid.values[row] ?? [];
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") return null;
    const text = normalizeSpaces(v);
    return TOTAL_WORDS.test(text) ? text : null;
  }
  return null;
}

function looksLikeTotal(grid: Grid, row: number): boolean {
  return totalLabel(grid, row) !== null;
}

/** The one chapter a table's title rows or its sheet name name ("Kap. 351 Likestilling"), or null. */
export function chapterOfTitle(grid: Grid, titleRows: readonly number[]): { chapter: number; name: string | null; text: string } | null {
  const found = new Map<number, { chapter: number; name: string | null; text: string }>();
  const texts = [...titleRows.flatMap((r) => rowTexts(grid, r)), grid.sheet];
  for (const text of texts) {
    const m = /^kap(?:ittel)?\.?\s*(\d{1,4})\b\s*[-–:]?\s*(.*)$/i.exec(normalizeSpaces(text));
    if (m) found.set(Number(m[1]), { chapter: Number(m[1]), name: m[2].trim() || null, text });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** The chapter a sum row names ("Sum kap. 855" -> 855), or null for a plain "Sum". */
export function chapterOfTotal(label: string): number | null {
  const m = /\bkap(?:ittel)?\.?\s*(\d{1,4})\b/i.exec(label);
  return m ? Number(m[1]) : null;
}


/** First and last non-blank column of a header row: the table's width. */
export function headerExtent(grid: Grid, row: number): [number, number] {
  const cells = grid.values[row] ?? [];
  let first = -1;
  let last = 0;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    if (first < 0) first = c;
    last = c;
  }
  return [Math.max(first, 0), last];
}
