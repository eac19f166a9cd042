// Steps the allocation and change readers take alike: finding a sheet's tables (or the one error
// that says why there are none), the notes on a table's unit, what a row that is not a line
// becomes (a note, or the reason its code cannot be read), and a table's summary once read.
import type { Unit } from "../amounts/unit";
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, isBlank } from "../grid";
import type { ColumnRole } from "../sheet/header";
import { cellText } from "../sheet/text";
import type { AddressBook } from "./cells";
import type { AmountColumnDecision } from "../readers/amount-column";
import type { RowCode } from "./row-code";
import type { UnitChoice } from "./table-setup";
import { type TableSpan, findHeaders, headerExtent, isBlankRow, rowTexts, spanTables } from "./table-scan";
import type { ColumnInfo, TableInfo, TotalRow } from "./types";

export type LocatedTables = { readonly spans: readonly TableSpan[]; readonly problem: null } | { readonly spans: readonly []; readonly problem: Diagnostic };

/** The tables of a sheet; `expected` names the headers looked for, for the message when none is found. */
export function locateTables(grid: Grid, roles: readonly ColumnRole[], required: ReadonlyArray<ReadonlyArray<string>>, expected: string): LocatedTables {
  if (grid.values.length === 0 || grid.values.every((_, r) => isBlankRow(grid, r))) {
    return { spans: [], problem: diagnostic("error", "SHEET-EMPTY", { sheet: grid.sheet }) };
  }
  const spans = spanTables(grid, findHeaders(grid, roles, required));
  if (spans.length === 0) return { spans: [], problem: diagnostic("error", "HEADER-NOT-FOUND", { expected, sheet: grid.sheet }) };
  return { spans, problem: null };
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
  const [firstCol, lastCol] = headerExtent(grid, headerRow);
  const info: { -readonly [K in keyof TableInfo]: TableInfo[K] } = {
    index: parts.index,
    sheet: grid.sheet,
    headerRow,
    firstRow: span.firstRow,
    lastRow: parts.lastRow,
    range: book.range(headerRow, firstCol, parts.lastRow, lastCol),
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
