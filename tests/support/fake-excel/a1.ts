// A1 addresses for the in-memory Excel, written apart from the adapter's own parser
// (src/excel/address.ts) so a mistake there cannot hide behind the same mistake here: the fake
// plays Excel, and Excel does not share the add-in's code.

export const MAX_ROWS = 1_048_576; // Excel's sheet size (Microsoft: "Excel specifications and limits")
export const MAX_COLUMNS = 16_384; // column XFD

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetRect extends Rect {
  readonly sheet: string | null;
}

/** "XFD" -> 16384, read digit by digit in base 26 with A = 1. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const d = ch.charCodeAt(0) - 64;
    if (d < 1 || d > 26) return NaN;
    n = n * 26 + d;
  }
  return n;
}

export function columnToLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** One end of a reference: "$B$7", "B", "7" (column-only and row-only ends stretch over the sheet). */
function end(part: string, last: boolean): { row: number; col: number; kind: "cell" | "col" | "row" } | null {
  const bare = part.split("$").join("");
  let i = 0;
  while (i < bare.length && /[A-Za-z]/.test(bare[i])) i++;
  const letters = bare.slice(0, i);
  const digits = bare.slice(i);
  if (digits !== "" && !/^\d+$/.test(digits)) return null;
  if (letters.length > 3) return null;
  if (letters !== "" && digits !== "") return { col: lettersToColumn(letters), row: Number(digits), kind: "cell" };
  if (letters !== "") return { col: lettersToColumn(letters), row: last ? MAX_ROWS : 1, kind: "col" };
  if (digits !== "") return { col: last ? MAX_COLUMNS : 1, row: Number(digits), kind: "row" };
  return null;
}

/** "'Gul bok'!$A$1:$C$9", "A:C", "2:9", "=Ark1!B7" -> the rectangle; null for anything else. */
export function parseRangeAddress(address: string): SheetRect | null {
  let text = address.trim();
  if (text.startsWith("=")) text = text.slice(1);
  let sheet: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.length >= 2 && sheet[0] === "'" && sheet[sheet.length - 1] === "'") sheet = sheet.slice(1, -1).split("''").join("'");
    text = text.slice(bang + 1);
  }
  if (text === "" || text.includes(",")) return null;
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = end(parts[0], false);
  const b = end(parts[1] ?? parts[0], true);
  if (!a || !b || (parts.length === 2 && a.kind !== b.kind && (a.kind !== "cell" || b.kind !== "cell"))) return null;
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const right = Math.max(a.col, b.col);
  if (!(top >= 1 && left >= 1 && bottom <= MAX_ROWS && right <= MAX_COLUMNS)) return null;
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function rectRef(rect: Rect): string {
  const first = `${columnToLetters(rect.left)}${rect.top}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnToLetters(rect.left + rect.columns - 1)}${rect.top + rect.rows - 1}`;
}

/** Excel quotes a sheet name unless it is letters, digits, _ and . starting with a letter or _. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.split("'").join("''")}'`;
}

export function formatRangeAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectRef(rect)}`;
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row < rect.top + rect.rows && col >= rect.left && col < rect.left + rect.columns;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows) - 1;
  const right = Math.min(a.left + a.columns, b.left + b.columns) - 1;
  return bottom < top || right < left ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.rows, b.top + b.rows) - 1;
  const right = Math.max(a.left + a.columns, b.left + b.columns) - 1;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}
