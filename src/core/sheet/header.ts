// Finding tables by meaning, not position. A reader describes the columns it knows (roles) with
// the words people use in headers; this module finds every header row on a sheet and maps each
// role to a column. Several tables on one sheet give several header rows.
import { type Grid, cellAt } from "../grid";
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
}

/** Map one row's cells to roles, or null when the row does not look like a header. */
export function matchHeaderRow(grid: Grid, row: number, roles: readonly ColumnRole[], options: FindHeaderOptions): HeaderMatch | null {
  const width = grid.values[row]?.length ?? 0;
  const allColumns = new Map<string, number[]>();
  const labels = new Map<number, string>();
  let textCells = 0;
  for (let col = 0; col < width; col++) {
    const value = cellAt(grid, row, col);
    if (typeof value !== "string") continue;
    const key = headerKey(value);
    if (key === "" || key.length > 80) continue;
    textCells++;
    // Tried as written, then as words ("Kap. nr" -> "kap nr", "Postnummer" -> "post nr").
    const words = headerWordsKey(key);
    for (const role of roles) {
      if (role.patterns.some((p) => p.test(key) || p.test(words))) {
        const list = allColumns.get(role.key) ?? [];
        list.push(col);
        allColumns.set(role.key, list);
        labels.set(col, cellText(value).trim());
        break;
      }
    }
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

/** Every header row on the sheet, top to bottom. */
export function findHeaderRows(grid: Grid, roles: readonly ColumnRole[], options: FindHeaderOptions): HeaderMatch[] {
  const out: HeaderMatch[] = [];
  const last = Math.min(grid.values.length, options.maxRows ?? grid.values.length);
  for (let row = 0; row < last; row++) {
    const first = grid.values[row]?.[0];
    // Fast path for data rows: a number in the first cell is never a header.
    if (typeof first === "number") continue;
    const m = matchHeaderRow(grid, row, roles, options);
    if (m) out.push(m);
  }
  return out;
}

/** Width of the grid, re-exported for readers that walk columns. */
