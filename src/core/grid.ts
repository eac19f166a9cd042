// The Grid is what every host adapter (Office.js, exceljs, pasted text) hands the engine:
// raw cell values plus their number formats, so a date serial can be told from an amount,
// and the sheet position, so every diagnostic can name its cell.

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface Grid {
  /** Sheet name as the user sees it. */
  readonly sheet: string;
  /** 1-based sheet row of `values[0]`. */
  readonly top: number;
  /** 1-based sheet column of `values[r][0]`. */
  readonly left: number;
  /** Row-major cell values; rows may be ragged (missing cells are empty). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Number formats in the same shape as `values`; missing means "General". */
  readonly formats?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /** The Excel table this grid was read from, when it was one. */
  readonly table?: string;
  /** 0-based columns of `values` that are hidden in the sheet (an amount is never read from one while a visible one fits). */
  readonly hiddenColumns?: readonly number[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const v = grid.values[row]?.[col];
  return v === undefined ? null : v;
}

export function formatAt(grid: Grid, row: number, col: number): string {
  return grid.formats?.[row]?.[col] ?? "General";
}

/** The widest row's length: rows are ragged where trailing cells are empty. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** 1 -> "A", 28 -> "AB". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB" -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 reference for a 1-based sheet row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Excel quotes sheet names that are not plain identifiers: 'Gul bok'!B7. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The address of a grid cell (0-based indexes into `values`) as Excel writes it: `Tildeling!B7`. */
export function cellAddress(grid: Grid, row: number, col: number): string {
  return `${quoteSheetName(grid.sheet)}!${a1(grid.top + row, grid.left + col)}`;
}

/** Split `Sheet!B7` or `'Gul bok'!B7` into sheet and A1 parts. */
export function splitAddress(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parse "B7" into 1-based row and column. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** A grid built from rows typed in a test or pasted as text; top-left is A1 unless given. */
export function gridFromRows(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  options: { top?: number; left?: number; formats?: ReadonlyArray<ReadonlyArray<string | null | undefined>> } = {},
): Grid {
  return { sheet, top: options.top ?? 1, left: options.left ?? 1, values: rows, formats: options.formats };
}
