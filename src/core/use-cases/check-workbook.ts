// Kontroll / `tildeling check`: read the allocation sheet(s), check every kap/post against the
// Gul bok of the sheet's budget year (or the workbook's own chart) and every amount, and report
// each finding at its cell with the facts the check used, from grids read whole. The pane and
// the command line's streaming path use check-stream.ts, which gives the same report row by row.
import { append } from "../append";
import type { AllocationLine, AllocationSheet, SheetKind } from "../allocations/types";
import type { ReferenceChart } from "../chart/reference-chart";
import { validateCode } from "../chart/validate-code";
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import { type YearChart, chartForYear, decideBudgetYear, yearFromFileName } from "./budget-year";
import { type LineCounts, addCounts, allLines, countCheckedLines } from "./count-lines";
import { type FactSource, type ReportFacts, readFacts } from "./facts";
import { ownChartOf, ownYearChart } from "./own-chart-of";
import { looksLikeChangeSheet, readAllocationAs } from "./sheet-roles";
import { type ChartLoader, type RunOptions, type SheetInput, type WorkbookInput, failed, findSheet, isEmptyWorkbook, sheetList, visibleSheets } from "./workbook";

export interface CheckInput {
  readonly workbook: WorkbookInput;
  readonly options: RunOptions;
  readonly charts: ChartLoader;
  /** The workbook's own chart sheet, when `options.ownChart` (null: the face found none). */
  readonly ownChart?: Grid | null;
  /** For "this year" when nothing names the budget year. */
  readonly now: Date;
  /**
   * The caller hands the sheets over: each is taken out of `workbook.sheets` and let go once its
   * lines are read, so a large workbook does not hold every sheet's grid until the check ends
   * (the report needs the lines and findings; a grid is as big again as its lines).
   */
  readonly handOver?: boolean;
}

export interface CheckedSheet {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly read: AllocationSheet;
  readonly chartYear: number | null;
  readonly counts: LineCounts;
}

export interface CheckWorkbookReport extends LineCounts {
  /** The named sheet is not in the workbook: nothing was checked (a usage error). */
  readonly refused?: Diagnostic;
  readonly sheets: readonly CheckedSheet[];
  /** In the order found: the readers', the code checks', then the notes on what was used. */
  readonly diagnostics: readonly Diagnostic[];
  readonly facts: ReportFacts;
  /** Errors, or warnings under `strict`. */
  readonly failed: boolean;
}

/** A code is looked up once however many lines repeat it; its findings are placed at each line's cell. */
function validateLines(lines: readonly AllocationLine[], chart: ReferenceChart): Diagnostic[] {
  const known = new Map<string, readonly Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const line of allLines(lines)) {
    let found = known.get(line.key);
    if (found === undefined) known.set(line.key, (found = validateCode(line.code, chart)));
    for (const d of found) out.push(atCell(d, line.codeCell.address));
  }
  return out;
}

/** How the allocation sheets of a check are read: the user's unit, amount column and budget year, the file name's year. */
export function checkReadOptions(options: RunOptions, fileName: string | undefined) {
  const unit = options.unit ?? options.settings?.unit;
  const givenYear = options.year ?? options.settings?.year;
  return {
    ...(unit ? { unit } : {}),
    ...(options.amountColumn ? { amountColumn: options.amountColumn } : {}),
    // The budget year in force chooses the amount column of that year ("Forslag 2026").
    ...(givenYear !== undefined ? { year: givenYear, yearSource: (options.year !== undefined ? "option" : "setting") as FactSource } : {}),
    fileYear: fileName ? yearFromFileName(fileName) : null,
  };
}

export async function checkWorkbook(input: CheckInput): Promise<CheckWorkbookReport> {
  const { workbook, options } = input;
  const file = workbook.fileName ?? "";
  const readOptions = checkReadOptions(options, workbook.fileName);
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedSheet[] = [];
  let firstYear: YearChart | null = null;
  const named = options.sheet !== undefined ? findSheet(workbook, options.sheet) : undefined;
  const nothing = (refused?: Diagnostic): CheckWorkbookReport => ({
    ...(refused ? { refused } : {}),
    sheets: [],
    diagnostics,
    lines: 0,
    linesWithErrors: 0,
    linesWithWarnings: 0,
    facts: readFacts({ budgetYear: null, yearSource: "default", chartYear: null, sheets: [], table: undefined, unit: null }),
    failed: true,
  });
  if (options.sheet !== undefined && !named) {
    return nothing(diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: options.sheet, file, sheets: sheetList(workbook) }));
  }
  if (!named && isEmptyWorkbook(workbook)) {
    diagnostics.push(diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file }));
    return nothing();
  }

  const skipped: Diagnostic[] = [];
  const own = options.ownChart ? ownChartOf(input.ownChart) : null;
  if (own) append(diagnostics, own.notes);
  const queue = named ? [named] : visibleSheets(workbook);
  if (input.handOver) (workbook.sheets as SheetInput[]).length = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { grid } = next;
    const { kind, read } = readAllocationAs(grid, options.kind, readOptions);
    const usable = read.tables.length > 0 && (named !== undefined || !looksLikeChangeSheet(read, grid.sheet));
    if (!usable && !named) {
      append(skipped, [diagnostic("info", "CLI-SHEET-SKIPPED", { sheet: grid.sheet })], read.diagnostics.filter((d) => d.severity === "error"));
      continue;
    }
    const budgetYear = decideBudgetYear(options, grid, read.tables[0]?.headerRow ?? 0, input.now, workbook.fileName);
    const year = own ? ownYearChart(budgetYear, own) : await chartForYear(budgetYear, input.charts);
    firstYear ??= year;
    const found = append([...read.diagnostics], year.chart ? validateLines(read.lines, year.chart) : []);
    append(diagnostics, found, read.lines.length > 0 ? year.notes : []);
    checked.push({ sheet: grid.sheet, kind, read, chartYear: year.chartYear, counts: countCheckedLines(grid, read, found) });
  }
  if (checked.length === 0) append(diagnostics, [diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file })], skipped.filter((d) => d.severity === "error"));

  const counts = checked.reduce((sum, c) => addCounts(sum, c.counts), { lines: 0, linesWithErrors: 0, linesWithWarnings: 0 });
  const first = checked[0];
  const facts = readFacts({
    budgetYear: firstYear?.year ?? null,
    yearSource: firstYear?.source ?? "default",
    chartYear: firstYear?.chartYear ?? null,
    sheets: checked.map((c) => c.sheet),
    table: first?.read.tables[0],
    unit: first?.read.unit ?? null,
    askedColumn: options.amountColumn,
    givenUnitSource: options.unit ? "option" : options.settings?.unit ? "setting" : undefined,
    chartSheet: own?.sheet,
  });
  return { sheets: checked, diagnostics, ...counts, facts, failed: failed(diagnostics, options.strict) };
}
