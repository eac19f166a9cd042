// Finding tables by meaning, not position: the one header finder every reader uses (allocation
// and change sheets, assignment lists, the workbook's own chart, pasted letter tables, letter
// tables in Word). A reader describes the columns it knows (roles) with the words people use in
// headers; this module finds every header row and maps each role to a column. Several tables on
// one sheet give several header rows.
import { type CellValue, type Grid, cellAt } from "../grid";
import { cellText, headerKey, headerWordsKey } from "./text";

export interface ColumnRole {
  /** Role key, such as "code", "chapter", "amount". */
  readonly key: string;
  /** Tested against the normalised header text (see headerKey). The first role to match a cell wins. */
  readonly patterns: readonly RegExp[];
}

export interface HeaderMatch {
  /** 0-based grid row of the header. */
  readonly row: number;
  /** Role key -> 0-based grid column. When a role matches several columns, the first is kept here... */
  readonly columns: ReadonlyMap<string, number>;
  /** ...and all of them are listed here, left to right. */
  readonly allColumns: ReadonlyMap<string, readonly number[]>;
  /** The header texts as written, by column. */
  readonly labels: ReadonlyMap<number, string>;
  /** No header row was found: the columns were inferred from the values (`row` is the row above the first data row). */
  readonly inferred?: boolean;
}

export interface FindHeaderOptions {
  /** A header row must have at least one role from each of these sets (e.g. [["code"], ["chapter","post"]] is wrong; use [["code","chapter"]]). */
  readonly required: ReadonlyArray<ReadonlyArray<string>>;
  /** Least number of matched roles for a row to count as a header. */
  readonly minRoles?: number;
  /** Rows from the top to scan; default all rows. */
  readonly maxRows?: number;
  /**
   * A cheap test of a row's cells before the matcher, so the data rows of a 100 000-row sheet cost
   * little. Default: a row whose first cell is a number is never a header.
   */
  readonly mayBeHeader?: (cells: ReadonlyArray<CellValue>) => boolean;
}

const firstCellNotNumber = (cells: ReadonlyArray<CellValue>) => typeof cells[0] !== "number";

/**
 * At least two text cells that start with a letter or a bracket: data rows (numbers, "351/70",
 * "57 625") fail at once, which keeps a 100 000-row sheet fast.
 */
function twoTextCells(cells: ReadonlyArray<unknown>): boolean {
  let texts = 0;
  for (const v of cells) {
    if (typeof v !== "string") continue;
    let i = 0;
    while (i < v.length && v.charCodeAt(i) <= 32) i++;
    if (i >= v.length) continue;
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (++texts >= 2) return true;
  }
  return false;
}

/** A header of a kap/post table names the code column with one of these words. */
const CODE_HEADER_START = /^\s*(kap|budsjett|budget|kode|chapter|utgiftskap|inntektskap|post)/i;

function namesCodeColumn(cells: ReadonlyArray<unknown>): boolean {
  for (const v of cells) if (typeof v === "string" && CODE_HEADER_START.test(v)) return true;
  return false;
}

/**
 * The header finder's cheap row test for kap/post tables (allocation and change sheets): two text
 * cells, one of them naming the code column. Data rows fail at once.
 */
export function mayBeCodeTableHeader(cells: ReadonlyArray<CellValue>): boolean {
  return twoTextCells(cells) && namesCodeColumn(cells);
}

/** A header text longer than this is a sentence, not a column title. */
const MAX_HEADER_LENGTH = 80;

/** The role a normalised header text names (the first of `roles` to match), or null. */
function roleOfKey(key: string, roles: readonly ColumnRole[]): string | null {
  // Tried as written, then as words ("Kap. nr" -> "kap nr", "Postnummer" -> "post nr").
  const words = headerWordsKey(key);
  for (const role of roles) if (role.patterns.some((p) => p.test(key) || p.test(words))) return role.key;
  return null;
}

/** Map one row's cells to roles, or null when the row does not look like a header. */
function matchHeaderRow(grid: Grid, row: number, roles: readonly ColumnRole[], options: FindHeaderOptions): HeaderMatch | null {
  const width = grid.values[row]?.length ?? 0;
  const allColumns = new Map<string, number[]>();
  const labels = new Map<number, string>();
  let textCells = 0;
  for (let col = 0; col < width; col++) {
    const value = cellAt(grid, row, col);
    if (typeof value !== "string") continue;
    const key = headerKey(value);
    if (key === "" || key.length > MAX_HEADER_LENGTH) continue;
    textCells++;
    const role = roleOfKey(key, roles);
    if (role === null) continue;
    const list = allColumns.get(role) ?? [];
    list.push(col);
    allColumns.set(role, list);
    labels.set(col, cellText(value).trim());
  }
  if (textCells === 0) return null;
  const matched = allColumns.size;
  if (matched < (options.minRoles ?? 2)) return null;
  for (const anyOf of options.required) {
    if (!anyOf.some((k) => allColumns.has(k))) return null;
  }
  const columns = new Map<string, number>();
  for (const [k, cols] of allColumns) columns.set(k, cols[0]);
  return { row, columns, allColumns, labels };
}

/** The header row `row` is by findHeaderRows' rule, or null: for readers that see a sheet's rows one at a time. */
export function headerRowAt(grid: Grid, row: number, roles: readonly ColumnRole[], options: FindHeaderOptions): HeaderMatch | null {
  const cells = grid.values[row];
  const mayBeHeader = options.mayBeHeader ?? firstCellNotNumber;
  if (!cells || !mayBeHeader(cells)) return null;
  return matchHeaderRow(grid, row, roles, options);
}

/** Every header row on the sheet, top to bottom. */
export function findHeaderRows(grid: Grid, roles: readonly ColumnRole[], options: FindHeaderOptions): HeaderMatch[] {
  const out: HeaderMatch[] = [];
  const last = Math.min(grid.values.length, options.maxRows ?? grid.values.length);
  const mayBeHeader = options.mayBeHeader ?? firstCellNotNumber;
  for (let row = 0; row < last; row++) {
    const cells = grid.values[row];
    if (!cells || !mayBeHeader(cells)) continue;
    const m = matchHeaderRow(grid, row, roles, options);
    if (m) out.push(m);
  }
  return out;
}
