// Range addresses as Excel prints them ("Tildeling!$B$2:$E$40", "'Gul bok'!A:C", "=Ark1!$E$1").
// Excel hands addresses back as text (Range.address, NamedItem.formula); the adapter needs the
// rectangle behind them to plan row blocks and to tell its own columns from the user's.
import { a1, columnNumber, quoteSheetName, splitAddress } from "../core/grid";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells; 1-based, inclusive of `top`/`left`. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetRect extends Rect {
  /** Sheet name unquoted, or null when the address named no sheet. */
  readonly sheet: string | null;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

function corner(part: string, end: boolean): { row: number; col: number } | null {
  let m = CELL.exec(part);
  if (m) return { col: columnNumber(m[1]), row: Number(m[2]) };
  m = COLUMN.exec(part);
  if (m) return { col: columnNumber(m[1]), row: end ? MAX_ROWS : 1 };
  m = ROW.exec(part);
  if (m) return { col: end ? MAX_COLUMNS : 1, row: Number(m[1]) };
  return null;
}

/** Parse an address such as `Ark!A1:D5`, `A:C`, `2:9`, `=Ark!$A$1`; null when it is not a plain rectangle. */
export function parseRangeAddress(address: string): SheetRect | null {
  const text = address.trim().replace(/^=/, "");
  if (text === "") return null;
  const { sheet, ref } = splitAddress(text);
  if (ref.includes(",")) return null;
  const [first, second] = ref.split(":");
  const start = corner(first, false);
  const end = corner(second ?? first, true);
  if (!start || !end) return null;
  // "A:C" and "2:9" need both ends of the same kind.
  if (second !== undefined && (COLUMN.test(first) !== COLUMN.test(second) || ROW.test(first) !== ROW.test(second))) return null;
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.col, end.col);
  const bottom = Math.max(start.row, end.row);
  const right = Math.max(start.col, end.col);
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLUMNS) return null;
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** `A1` or `A1:D5` without a sheet. */
export function rectRef(rect: Rect): string {
  const first = a1(rect.top, rect.left);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${a1(rect.top + rect.rows - 1, rect.left + rect.columns - 1)}`;
}

/** `Ark!A1:D5`, quoting the sheet name as Excel does. */
export function formatRangeAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectRef(rect)}`;
}

export function bottomOf(rect: Rect): number {
  return rect.top + rect.rows - 1;
}

export function rightOf(rect: Rect): number {
  return rect.left + rect.columns - 1;
}

/** Whether two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= rightOf(b) && b.left <= rightOf(a) && a.top <= bottomOf(b) && b.top <= bottomOf(a);
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= bottomOf(rect) && col >= rect.left && col <= rightOf(rect);
}
