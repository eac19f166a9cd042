// Endringer / `tildeling apply` / `letter-table`: find the allocation sheet and the change
// entries (sheets with an "Endring" column, a named sheet, another file, or rows typed in the
// pane), decide the budget year and its Gul bok, and apply the changes. Every default is decided
// here, once, for the pane and the command line alike.
import { append } from "../append";
import { applyChanges as applyToTable, type ApplyOptions } from "../changes/apply";
import { readChanges } from "../changes/read-changes";
import type { ChangeEntry, ChangeSheet, ChangeTable } from "../changes/types";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { hasChangeColumn } from "../sheet/sheet-kind";
import type { Unit } from "../amounts/unit";
import { yearFromSheetContext } from "../deadlines/sheet-year";
import { chooseAllocationSheet } from "../readers/sheet-choice";
import { chartForYear, decideBudgetYear, yearFromFileName } from "./budget-year";
import { type FactSource, type ReportFacts, readFacts } from "./facts";
import { type ReadAllocation, looksLikeChangeSheet, readAllocationAs } from "./sheet-roles";
import { type TypedChangeRow, typedEntries } from "./typed-entries";
import {
  CHANGE_SHEET_NAME,
  type ChartLoader,
  type RunOptions,
  type WorkbookInput,
  failed,
  findSheet,
  isEmptyWorkbook,
  sheetList,
  visibleSheets,
} from "./workbook";

export interface ApplyRunOptions extends RunOptions {
  /** The sheet of change entries (in `changesWorkbook` when given). */
  readonly changesSheet?: string;
}

export interface ApplyInput {
  /** Where the allocation sheet is. */
  readonly workbook: WorkbookInput;
  /** Where the change entries are, when not in `workbook` (`--changes OTHER.xlsx`, or the pane's second source). */
  readonly changesWorkbook?: WorkbookInput;
  /** Rows typed in the pane, instead of a sheet of changes. */
  readonly typedRows?: readonly TypedChangeRow[];
  readonly options: ApplyRunOptions;
  readonly charts: ChartLoader;
  readonly now: Date;
  /** How the table is laid out: every allocation line, in sheet order (for writing beside the sheet). */
  readonly layout?: Pick<ApplyOptions, "allLines" | "order">;
}

export interface ApplyReport {
  /** A named sheet is not there: nothing was read (a usage error). */
  readonly refused?: Diagnostic;
  /** Null when no allocation sheet was found (the diagnostics say so). */
  readonly allocation: ReadAllocation | null;
  readonly changeSheets: readonly string[];
  /** Made whenever an allocation sheet was found, even with no change entries (see `noChanges`). */
  readonly table: ChangeTable | null;
  /** No sheet of change entries was found: the table lists no change. */
  readonly noChanges: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly facts: ReportFacts;
  /** Errors, or warnings under `strict`. */
  readonly failed: boolean;
}

type AllocationOptions = Parameters<typeof readAllocationAs>[2];

const REFUSALS = new Set(["UNIT-EVIDENCE-CONFLICT", "ALLOC-AMOUNT-COLUMN-UNKNOWN", "ALLOC-CHAPTER-MISSING"]);

/** The allocation sheet among the visible ones, by the budget year in force (see readers/sheet-choice). */
function pickAllocation(book: WorkbookInput, exclude: string | null, options: RunOptions, read: AllocationOptions): { allocation: ReadAllocation | null; notes: readonly Diagnostic[] } {
  const found: ReadAllocation[] = [];
  const reads: ReadAllocation["read"][] = [];
  for (const { grid } of visibleSheets(book)) {
    if (grid.sheet === exclude) continue;
    // The headers tell a sheet of changes (or one with no table) from an allocation sheet; only
    // the latter is read line by line. Refusals come from the headers, so either read has them.
    const head = readAllocationAs(grid, options.kind, { ...read, headersOnly: true });
    if (head.read.tables.length === 0 || looksLikeChangeSheet(head.read, grid.sheet)) {
      reads.push(head.read);
      continue;
    }
    const a = readAllocationAs(grid, options.kind, read);
    reads.push(a.read);
    if (a.read.tables.length > 0 && !looksLikeChangeSheet(a.read, grid.sheet)) found.push(a);
  }
  const given = options.year ?? options.settings?.year;
  const fromFile = book.fileName ? yearFromFileName(book.fileName) : null;
  const year = given !== undefined ? { year: given, source: (options.year !== undefined ? "option" : "setting") as FactSource } : { year: fromFile, source: "file-name" as FactSource };
  const candidates = found.map((f) => ({ name: f.read.sheet, titleYear: yearFromSheetContext(f.grid, f.read.tables[0]?.headerRow ?? 0) }));
  const choice = chooseAllocationSheet(candidates, year);
  // No sheet could be read: the reasons the readers refused (two units, a column not there) are the question to ask.
  const refusals = found.length === 0 ? reads.flatMap((r) => r.diagnostics.filter((d) => d.severity === "error" && REFUSALS.has(d.code))) : [];
  return { allocation: found[choice.index] ?? null, notes: [...choice.diagnostics, ...refusals] };
}

/** The change entries: the named sheet, else every sheet with an "Endring" column, else a sheet named so. */
function changeSheetsOf(
  changesBook: WorkbookInput,
  sameBook: boolean,
  allocationSheet: string,
  named: string | undefined,
  unit: RunOptions["unit"],
  allocationUnit: Unit,
): ChangeSheet[] | Diagnostic {
  // A change list that names no unit takes its allocation's (with a warning), never a default.
  const options = unit ? { unit } : { allocationUnit };
  if (named !== undefined) {
    const sheet = findSheet(changesBook, named);
    if (!sheet) return diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: named, file: changesBook.fileName ?? "", sheets: sheetList(changesBook) });
    return [readChanges(sheet.grid, options)];
  }
  const others = visibleSheets(changesBook).filter((s) => !sameBook || s.grid.sheet !== allocationSheet);
  const reads = others.map((s) => readChanges(s.grid, options)).filter((r) => r.tables.length > 0);
  const withColumn = reads.filter((r) => hasChangeColumn(r.tables));
  const byName = reads.filter((r) => CHANGE_SHEET_NAME.test(r.sheet));
  return withColumn.length > 0 ? withColumn : byName.length > 0 ? byName : !sameBook ? reads.slice(0, 1) : [];
}

export async function applyChanges(input: ApplyInput): Promise<ApplyReport> {
  const { workbook, options } = input;
  const file = workbook.fileName ?? "";
  const changesBook = input.changesWorkbook ?? workbook;
  const sameBook = changesBook === workbook;
  const unit = options.unit ?? options.settings?.unit;
  const changesUnit = options.changesUnit ?? options.settings?.unit;
  const givenYear = options.year ?? options.settings?.year;
  const read = {
    ...(unit ? { unit } : {}),
    ...(options.amountColumn ? { amountColumn: options.amountColumn } : {}),
    ...(givenYear !== undefined ? { year: givenYear, yearSource: (options.year !== undefined ? "option" : "setting") as FactSource } : {}),
    fileYear: workbook.fileName ? yearFromFileName(workbook.fileName) : null,
  };
  const givenUnitSource = options.unit ? "option" : options.settings?.unit ? "setting" : undefined;
  const stop = (allocation: ReadAllocation | null, diagnostics: Diagnostic[], refused?: Diagnostic): ApplyReport => ({
    ...(refused ? { refused } : {}),
    allocation,
    changeSheets: [],
    table: null,
    noChanges: true,
    diagnostics,
    facts: readFacts({ budgetYear: null, yearSource: "default", chartYear: null, sheets: allocation ? [allocation.read.sheet] : [], table: allocation?.read.tables[0], unit: allocation?.read.unit ?? null, askedColumn: options.amountColumn, givenUnitSource }),
    failed: true,
  });
  if (options.sheet === undefined && isEmptyWorkbook(workbook)) return stop(null, [diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file })]);

  // The allocation sheet.
  let allocation: ReadAllocation | null;
  let sheetNotes: readonly Diagnostic[] = [];
  if (options.sheet !== undefined) {
    const named = findSheet(workbook, options.sheet);
    if (!named) return stop(null, [], diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: options.sheet, file, sheets: sheetList(workbook) }));
    allocation = readAllocationAs(named.grid, options.kind, read);
  } else {
    const picked = pickAllocation(workbook, sameBook ? (options.changesSheet ?? null) : null, options, read);
    allocation = picked.allocation;
    if (allocation === null) return stop(null, [...picked.notes, diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file })]);
    sheetNotes = picked.notes;
  }

  // The change entries.
  let changeSheets: ChangeSheet[] = [];
  let changes: { entries: ChangeEntry[]; diagnostics: Diagnostic[] };
  let noChanges = false;
  if (input.typedRows) {
    changes = typedEntries(input.typedRows, allocation.read.unit);
  } else {
    const found = changeSheetsOf(changesBook, sameBook, allocation.read.sheet, options.changesSheet, changesUnit, allocation.read.unit);
    if (!Array.isArray(found)) return stop(allocation, [], found);
    changeSheets = found;
    changes = { entries: changeSheets.flatMap((r) => r.entries), diagnostics: changeSheets.flatMap((r) => r.diagnostics) };
    // No change table found. A sheet the user named has the reader's own message saying why.
    if (changeSheets.every((r) => r.tables.length === 0)) {
      noChanges = true;
      if (options.changesSheet === undefined) changes.diagnostics.push(diagnostic("error", "CLI-NO-CHANGES-SHEET", { file: changesBook.fileName ?? "" }));
    }
  }

  const budgetYear = decideBudgetYear(options, allocation.grid, allocation.read.tables[0]?.headerRow ?? 0, input.now, workbook.fileName);
  const year = await chartForYear(budgetYear, input.charts);
  const table = applyToTable(allocation.read, changes, { kind: allocation.kind, ...(year.chart ? { chart: year.chart } : {}), ...input.layout });
  const diagnostics = append([...sheetNotes], table.diagnostics, year.notes);
  const facts = readFacts({
    budgetYear: year.year,
    yearSource: year.source,
    chartYear: year.chartYear,
    sheets: [allocation.read.sheet, ...changeSheets.map((r) => r.sheet)],
    table: allocation.read.tables[0],
    unit: table.unit,
    askedColumn: options.amountColumn,
    givenUnitSource,
  });
  return { allocation, changeSheets: changeSheets.map((r) => r.sheet), table, noChanges, diagnostics, facts, failed: failed(diagnostics, options.strict) };
}
