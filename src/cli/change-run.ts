// The part of `apply` and `letter-table` that computes the change table: open the workbook(s),
// find the allocation sheet and the change entries, and apply them with the year's chart.
import type { SheetKind } from "../core/allocations/types";
import { applyChanges } from "../core/changes/apply";
import { readChanges } from "../core/changes/read-changes";
import type { ChangeEntry, ChangeTable } from "../core/changes/types";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { hasChangeColumn } from "../core/sheet/sheet-kind";
import { choiceOption } from "./args";
import { chooseChartFor, parseYearOption } from "./budget-year";
import type { CommandContext } from "./io";
import { type ReadAllocation, looksLikeChangeSheet, readAllocationAs } from "./sheet-roles";
import { ALLOCATION_SHEET_NAME, CHANGE_SHEET_NAME, type OpenedWorkbook, isEmptyWorkbook, namedSheet, openWorkbook, visibleSheets } from "./workbook-input";

export interface ChangeRun {
  readonly book: OpenedWorkbook;
  /** Null when no allocation sheet was found (the diagnostics say so). */
  readonly allocationSheet: string | null;
  readonly changesFile: string;
  readonly changeSheets: readonly string[];
  readonly table: ChangeTable | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Either a run (which may carry error diagnostics) or a usage/file failure with its diagnostic. */
export type ChangeRunResult = { ok: true; run: ChangeRun } | { ok: false; diagnostic: Diagnostic; usage: boolean };

function pickAllocation(book: OpenedWorkbook, exclude: string | null, kindChoice: "auto" | SheetKind, year: number | null): ReadAllocation | null {
  const found: ReadAllocation[] = [];
  for (const { grid } of visibleSheets(book)) {
    if (grid.sheet === exclude) continue;
    const a = readAllocationAs(grid, kindChoice, year);
    if (a.read.tables.length > 0 && !looksLikeChangeSheet(a.read, grid.sheet)) found.push(a);
  }
  return found.find((f) => ALLOCATION_SHEET_NAME.test(f.read.sheet)) ?? found[0] ?? null;
}

export async function computeChangeRun(ctx: CommandContext): Promise<ChangeRunResult> {
  const { options, file } = ctx;
  const year = parseYearOption(options.year);
  if (!year.ok) return { ok: false, diagnostic: year.diagnostic, usage: true };
  const kindOption = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kindOption.ok) return { ok: false, diagnostic: kindOption.diagnostic, usage: true };
  const sheetName = typeof options.sheet === "string" ? options.sheet : null;
  const changesSheetName = typeof options["changes-sheet"] === "string" ? options["changes-sheet"] : null;
  const changesPath = typeof options.changes === "string" ? options.changes : null;

  const opened = await openWorkbook(file);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, usage: false };
  const book = opened.book;
  let changesBook = book;
  if (changesPath !== null) {
    const other = await openWorkbook(changesPath);
    if (!other.ok) return { ok: false, diagnostic: other.diagnostic, usage: false };
    changesBook = other.book;
  }
  const diagnostics: Diagnostic[] = [...book.diagnostics, ...(changesBook === book ? [] : changesBook.diagnostics)];
  // A run that stops before the table, with what it found so far.
  const emptyRun = (allocationSheet: string | null, extra: Diagnostic[]): ChangeRunResult => ({
    ok: true,
    run: { book, allocationSheet, changesFile: changesBook.path, changeSheets: [], table: null, diagnostics: [...diagnostics, ...extra] },
  });
  if (isEmptyWorkbook(book)) return emptyRun(null, [diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file })]);

  // The allocation sheet.
  let allocation: ReadAllocation | null;
  if (sheetName !== null) {
    const named = namedSheet(book, sheetName);
    if (!named.ok) return { ok: false, diagnostic: named.diagnostic, usage: true };
    allocation = readAllocationAs(named.sheet.grid, kindOption.value, year.year);
  } else {
    allocation = pickAllocation(book, changesBook === book ? changesSheetName : null, kindOption.value, year.year);
    if (allocation === null) return emptyRun(null, [diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file })]);
  }

  // The change entries: the named sheet, else every sheet with an "Endring" column, else a sheet named so.
  const changeReads = [];
  if (changesSheetName !== null) {
    const named = namedSheet(changesBook, changesSheetName);
    if (!named.ok) return { ok: false, diagnostic: named.diagnostic, usage: true };
    changeReads.push(readChanges(named.sheet.grid));
  } else {
    const others = visibleSheets(changesBook).filter((s) => changesBook !== book || s.grid.sheet !== allocation?.read.sheet);
    const reads = others.map((s) => readChanges(s.grid)).filter((r) => r.tables.length > 0);
    const withColumn = reads.filter((r) => hasChangeColumn(r.tables));
    const byName = reads.filter((r) => CHANGE_SHEET_NAME.test(r.sheet));
    const chosen = withColumn.length > 0 ? withColumn : byName.length > 0 ? byName : changesBook !== book ? reads.slice(0, 1) : [];
    changeReads.push(...chosen);
  }
  if (changeReads.length === 0 || changeReads.every((r) => r.tables.length === 0)) {
    return emptyRun(allocation.read.sheet, [
      ...allocation.read.diagnostics,
      ...changeReads.flatMap((r) => r.diagnostics),
      diagnostic("error", "CLI-NO-CHANGES-SHEET", { file: changesBook.path }),
    ]);
  }
  const entries: ChangeEntry[] = changeReads.flatMap((r) => r.entries);
  const changeDiagnostics = changeReads.flatMap((r) => r.diagnostics);

  const headerRow = allocation.read.tables[0]?.headerRow ?? 0;
  const choice = chooseChartFor(year.year, allocation.grid, headerRow, ctx.io.now(), book.path);
  const table = applyChanges(allocation.read, { entries, diagnostics: changeDiagnostics }, { kind: allocation.kind, ...(choice.chart ? { chart: choice.chart } : {}) });
  return {
    ok: true,
    run: {
      book,
      allocationSheet: allocation.read.sheet,
      changesFile: changesBook.path,
      changeSheets: changeReads.map((r) => r.sheet),
      table,
      diagnostics: [...diagnostics, ...table.diagnostics, ...choice.notes],
    },
  };
}
