// Steps the allocation and change readers take alike: finding a sheet's tables (or the one error
// that says why there are none), the notes on a table's unit, what a row that is not a line
// becomes (a note, or the reason its code cannot be read), and a table's summary once read.
import type { Unit } from "../amounts/unit";
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, cellAddress, isBlank } from "../grid";
import { inferColumns } from "../readers/infer-columns";
import { type ColumnRole, findHeaderRows, mayBeCodeTableHeader } from "../sheet/header";
import { cellText } from "../sheet/text";
import type { AddressBook } from "./cells";
import type { AmountColumnDecision } from "../readers/amount-column";
import type { RowCode } from "./row-code";
import type { UnitChoice } from "./table-setup";
import { type TableSpan, headerExtent, isBlankRow, rowTexts, spanTables } from "./table-scan";
import type { ColumnInfo, TableInfo, TotalRow } from "./types";

export type LocatedTables =
  | { readonly spans: readonly TableSpan[]; readonly problem: null; readonly notes?: readonly Diagnostic[] }
  | { readonly spans: readonly []; readonly problem: Diagnostic };

/**
 * The tables of a sheet; `expected` names the headers looked for, for the message when none is
 * found. With `infer`, a sheet with no header we know is read from its values (with a warning).
 */
export function locateTables(grid: Grid, roles: readonly ColumnRole[], required: ReadonlyArray<ReadonlyArray<string>>, expected: string, infer = false): LocatedTables {
  if (grid.values.length === 0 || grid.values.every((_, r) => isBlankRow(grid, r))) {
    return { spans: [], problem: diagnostic("error", "SHEET-EMPTY", { sheet: grid.sheet }) };
  }
  const spans = spanTables(grid, findHeaderRows(grid, roles, { required, minRoles: 2, mayBeHeader: mayBeCodeTableHeader }));
  if (spans.length === 0) {
    const inferred = infer ? inferredTable(grid, expected, grid.values.length - 1) : null;
    if (inferred) return { spans: [inferred.span], problem: null, notes: [inferred.note] };
    return { spans: [], problem: diagnostic("error", "HEADER-NOT-FOUND", { expected, sheet: grid.sheet }) };
  }
  return { spans, problem: null };
}

/**
 * A sheet with no header row read from its values: one table from its first line to `lastRow`,
 * the non-blank rows above it its titles, and the warning that names the columns chosen. Null
 * when the values show no table. Only the first INFER_ROWS rows decide (infer-columns.ts).
 */
export function inferredTable(grid: Grid, expected: string, lastRow: number): { span: TableSpan; note: Diagnostic } | null {
  const inferred = inferColumns(grid);
  if (!inferred) return null;
  const titleRows: number[] = [];
  for (let r = 0; r < inferred.firstRow; r++) if (!isBlankRow(grid, r)) titleRows.push(r);
  const cell = cellAddress(grid, inferred.firstRow, inferred.header.columns.get("amount") ?? 0);
  const note = diagnostic("warning", "HEADER-INFERRED", { sheet: grid.sheet, mapping: inferred.mapping, expected }, { cell });
  return { span: { header: inferred.header, titleRows, firstRow: inferred.firstRow, lastRow }, note };
}

/** Rows above a sheet's first table that carry numbers are not titles: each is named in a note rather than skipped. */
export function rowsAboveTable(grid: Grid, book: AddressBook, titleRows: readonly number[]): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (const row of titleRows) {
    if ((grid.values[row] ?? []).some((v) => typeof v === "number")) {
      notes.push(diagnostic("info", "ALLOC-ROW-ABOVE-TABLE", {}, { text: rowTexts(grid, row).join(" | "), cell: book.address(row, 0) }));
    }
  }
  return notes;
}

/** A row kept as a note (a sum row's label, a remark): its text, at column `col`. */
export function noteRow(grid: Grid, book: AddressBook, row: number, col = 0): Diagnostic {
  return diagnostic("info", "ALLOC-NOTE-ROW", {}, { text: rowTexts(grid, row).join(" | "), cell: book.address(row, col) });
}

/** A code cell that cannot be read: words with no number and no amount beside them are a note ("Merknad: ..."), not a bad code. */
export function unreadableCode(grid: Grid, book: AddressBook, row: number, code: Extract<RowCode, { kind: "error" }>, amount: CellValue): Diagnostic {
  const cells = grid.values[row] ?? [];
  if (isBlank(amount) && !/\d/.test(cellText(cells[code.col] ?? null))) return noteRow(grid, book, row, code.col);
  return atCell(code.diagnostic, book.address(row, code.col));
}

/**
 * What the reader says about a table's unit: the warnings of its choice (a guess, or the user's
 * choice against the sheet's word), and that the amounts are converted to the unit of the sheet's
 * first table (not a guess: both units are stated).
 */
export function unitNotes(choice: UnitChoice, resultUnit: Unit, headerCell: string): Diagnostic[] {
  const notes: Diagnostic[] = [...choice.diagnostics];
  if (resultUnit !== choice.unit) notes.push(diagnostic("info", "ALLOC-UNIT-CONVERTED", { cell: headerCell, from: choice.unit, to: resultUnit }, { cell: headerCell }));
  return notes;
}

export interface TableParts {
  readonly index: number;
  /** The last row that held anything (the header row when none did). */
  readonly lastRow: number;
  readonly columns: readonly ColumnInfo[];
  readonly amountColumn: ColumnInfo;
  readonly unit: UnitChoice;
  readonly totalRows: readonly TotalRow[];
  readonly amountDecision?: AmountColumnDecision;
}

export function tableInfo(grid: Grid, book: AddressBook, span: TableSpan, parts: TableParts): TableInfo {
  const headerRow = span.header.row;
  // An inferred header has no row of its own: the table starts at its first line.
  const topRow = span.header.inferred ? span.firstRow : headerRow;
  const [firstCol, lastCol] = headerExtent(grid, topRow);
  const info: { -readonly [K in keyof TableInfo]: TableInfo[K] } = {
    index: parts.index,
    sheet: grid.sheet,
    headerRow,
    firstRow: span.firstRow,
    lastRow: parts.lastRow,
    range: book.range(topRow, firstCol, Math.max(parts.lastRow, topRow), lastCol),
    columns: parts.columns,
    amountColumn: parts.amountColumn,
    unit: parts.unit.unit,
    unitSource: parts.unit.source,
    titles: span.titleRows.map((row) => rowTexts(grid, row).join(" ")),
    totalRows: parts.totalRows,
  };
  if (parts.unit.evidence) info.unitEvidence = parts.unit.evidence;
  if (parts.amountDecision) {
    info.amountSource = parts.amountDecision.source;
    info.amountAlternatives = parts.amountDecision.alternatives.map((c) => c.label);
  }
  if (grid.table !== undefined) info.excelTable = grid.table;
  return info;
}
