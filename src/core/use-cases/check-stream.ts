// Kontroll on a sheet that streams in: the same check as checkWorkbook (same sheet choice, budget
// year, Gul bok, findings in the same order, the same line counts), made while the face reads the
// file, so a sheet of a million rows is never held. Each line's code is checked as soon as the
// line is read (once the budget year's Gul bok is loaded); findings are kept compactly
// (finding-list.ts). The face hands rows to `sinkFor(sheet)`'s sink, awaits `settle()` between
// chunks (a chart may be loading), and calls `finish()` at the end.
import type { Unit } from "../amounts/unit";
import { type RowOrigin, type RowSink, AllocationStream, SHEET_ORIGIN, type StreamedAllocations } from "../allocations/stream-allocations";
import type { AllocationLine, SheetKind, TableInfo } from "../allocations/types";
import { codeSeverity } from "../chart/validate-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, isBlank } from "../grid";
import { looksLikeChangeTables } from "../sheet/sheet-kind";
import { type BudgetYear, type YearChart, chartForYear, decideBudgetYear } from "./budget-year";
import { type CheckWorkbookReport, checkReadOptions } from "./check-workbook";
import { type LineCounts, addCounts } from "./count-lines";
import { LineRows } from "./count-lines-stream";
import { type ReportFacts, readFacts } from "./facts";
import { type OwnChart, ownChartOf, ownYearChart } from "./own-chart-of";
import { CodeFindings, type FindingList, JoinedFindings, PlainFindings, countFindings } from "./finding-list";
import { CHANGE_SHEET_NAME, type ChartLoader, type RunOptions, type WorkbookInput, findSheet, sheetList, visibleSheets } from "./workbook";

export interface StreamCheckInput {
  readonly fileName?: string;
  /** Every sheet of the workbook in tab order. */
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  readonly options: RunOptions;
  readonly charts: ChartLoader;
  readonly now: Date;
  /** The workbook's own chart sheet, when `options.ownChart` (null: the face found none), as checkWorkbook takes it. */
  readonly ownChart?: Grid | null;
  /**
   * Hold a sheet with no header row whole and read it at the end, instead of inferring its columns
   * from its first rows and reading it as it comes: for a face reading again after a LateHeaderError.
   */
  readonly holdHeaderless?: boolean;
}

export interface CheckedSheetSummary {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly linesRead: number;
  readonly unit: Unit;
  readonly tables: readonly TableInfo[];
  readonly chartYear: number | null;
}

/** A check's result as both paths give it: checkWorkbook's report (see summaryOfCheck) and this one. */
export interface CheckSummary extends LineCounts {
  readonly refused?: Diagnostic;
  readonly sheets: readonly CheckedSheetSummary[];
  readonly findings: FindingList;
  readonly facts: ReportFacts;
  readonly failed: boolean;
}

export interface SheetSink extends RowSink {
  end(): void;
}

export interface StreamCheck {
  /** The named sheet is not in the workbook: read nothing (a usage error). */
  readonly refused?: Diagnostic;
  /**
   * Whether the face should read this sheet at all (skipped sheets are not unzipped). Asked just
   * before each sheet is read, in tab order: the answer may depend on the sheets read before it.
   */
  wants(sheet: string): boolean;
  /**
   * The sink for a sheet's rows; `hiddenColumns` are 0-based from the origin's column. With
   * `origin`, only that range of the sheet is read (a named table), as if nothing were around it.
   */
  sinkFor(sheet: string, hiddenColumns: readonly number[] | undefined, origin?: RowOrigin): SheetSink;
  /** Awaited by the face between chunks of rows: lets a chart finish loading. */
  settle(): Promise<void> | null;
  finish(): Promise<CheckSummary>;
}

function failedOf(findings: FindingList, strict: boolean | undefined): boolean {
  const c = countFindings(findings);
  return c.error > 0 || (strict === true && c.warning > 0);
}

/** Stands in for a grid where only sheet names are needed (findSheet, sheetList). */
const nameOnly = (name: string): Grid => ({ sheet: name, top: 1, left: 1, values: [] });

export function streamCheck(input: StreamCheckInput): StreamCheck {
  const { options } = input;
  const file = input.fileName ?? "";
  const book: WorkbookInput = { sheets: input.sheets.map((s) => ({ grid: nameOnly(s.name), hidden: s.hidden })), sheetNames: input.sheets.map((s) => s.name), ...(input.fileName ? { fileName: input.fileName } : {}) };
  const named = options.sheet !== undefined ? findSheet(book, options.sheet) : undefined;
  const emptyFacts = () => readFacts({ budgetYear: null, yearSource: "default", chartYear: null, sheets: [], table: undefined, unit: null });
  if (options.sheet !== undefined && !named) {
    const refused = diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: options.sheet, file, sheets: sheetList(book) });
    return {
      refused,
      wants: () => false,
      sinkFor: () => ({ row: () => undefined, end: () => undefined }),
      settle: () => null,
      finish: async () => ({ refused, sheets: [], findings: new PlainFindings([]), lines: 0, linesWithErrors: 0, linesWithWarnings: 0, facts: emptyFacts(), failed: true }),
    };
  }
  const checkedNames = new Set((named ? [named] : visibleSheets(book)).map((s) => s.grid.sheet));
  const readOptions = checkReadOptions(options, input.fileName);
  const own = options.ownChart ? ownChartOf(input.ownChart) : null;
  const checks = new Map<string, SheetCheck>();
  const filled = new Set<string>();

  return {
    wants(sheet) {
      if (named) return named.grid.sheet === sheet;
      // A sheet that is not checked is read only to learn whether the workbook holds anything.
      if (!checkedNames.has(sheet)) return filled.size === 0;
      // A sheet named for change entries is passed over; its reading matters only when no sheet
      // can be checked (the errors then say why). Once one has been, it is not even unzipped: a
      // sheet without an allocation header is held whole, and change sheets run to 100 000 rows.
      if (CHANGE_SHEET_NAME.test(sheet)) return ![...checks.values()].some((c) => c.checked());
      return true;
    },
    sinkFor(sheet, hiddenColumns, origin) {
      if (!checkedNames.has(sheet)) return { row: (_i, values) => void (values.some((v) => !isBlank(v)) && filled.add(sheet)), end: () => undefined };
      const check = new SheetCheck(sheet, hiddenColumns, named !== undefined, input, readOptions, () => filled.add(sheet), origin, own);
      checks.set(sheet, check);
      return check;
    },
    settle() {
      for (const c of checks.values()) {
        const p = c.settle();
        if (p) return p;
      }
      return null;
    },
    async finish() {
      if (!named && filled.size === 0) {
        const findings = new PlainFindings([diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file })]);
        return { sheets: [], findings, lines: 0, linesWithErrors: 0, linesWithWarnings: 0, facts: emptyFacts(), failed: true };
      }
      const findings = new JoinedFindings();
      // What the workbook's own chart says of itself comes first, as in checkWorkbook.
      if (own) findings.append(new PlainFindings(own.notes));
      const skipped: Diagnostic[] = [];
      const checked: { summary: CheckedSheetSummary; counts: LineCounts; year: YearChart }[] = [];
      for (const name of checkedNames) {
        // A sheet with no rows at all was never handed over: it is read as empty.
        const check = checks.get(name) ?? new SheetCheck(name, undefined, named !== undefined, input, readOptions, () => undefined, SHEET_ORIGIN, own);
        const done = await check.done();
        if (!done.usable) {
          skipped.push(diagnostic("info", "CLI-SHEET-SKIPPED", { sheet: name }), ...done.read.diagnostics.filter((d) => d.severity === "error"));
          continue;
        }
        findings.append(new PlainFindings(done.read.diagnostics));
        findings.append(done.codeFindings);
        findings.append(new PlainFindings(done.read.linesRead > 0 ? done.year.notes : []));
        const r = done.read;
        checked.push({ summary: { sheet: name, kind: r.kind, linesRead: r.linesRead, unit: r.unit, tables: r.tables, chartYear: done.year.chartYear }, counts: done.counts, year: done.year });
      }
      if (checked.length === 0) findings.append(new PlainFindings([diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file }), ...skipped.filter((d) => d.severity === "error")]));
      const counts = checked.reduce((sum, c) => addCounts(sum, c.counts), { lines: 0, linesWithErrors: 0, linesWithWarnings: 0 });
      const first = checked[0];
      const facts = readFacts({
        budgetYear: first?.year.year ?? null,
        yearSource: first?.year.source ?? "default",
        chartYear: first?.year.chartYear ?? null,
        sheets: checked.map((c) => c.summary.sheet),
        table: first?.summary.tables[0],
        unit: first?.summary.unit ?? null,
        askedColumn: options.amountColumn,
        givenUnitSource: options.unit ? "option" : options.settings?.unit ? "setting" : undefined,
        chartSheet: own?.sheet,
      });
      return { sheets: checked.map((c) => c.summary), findings, ...counts, facts, failed: failedOf(findings, options.strict) };
    },
  };
}

type SheetDone =
  | { readonly usable: false; readonly read: StreamedAllocations }
  | { readonly usable: true; readonly read: StreamedAllocations; readonly codeFindings: FindingList; readonly year: YearChart; readonly counts: LineCounts };

/** One sheet checked as its rows come. */
class SheetCheck implements SheetSink {
  private readonly stream: AllocationStream;
  private budgetYear: BudgetYear | null = null;
  private year: YearChart | null = null;
  private loading: Promise<void> | null = null;
  /** Whether the sheet is checked (not a change sheet passed over); null while its tables have not said. */
  private usable: boolean | null;
  private waiting: AllocationLine[] = [];
  private codeFindings: CodeFindings | null = null;
  private readonly rows = new LineRows();
  private read: StreamedAllocations | null = null;

  constructor(
    private readonly sheet: string,
    hiddenColumns: readonly number[] | undefined,
    named: boolean,
    private readonly input: StreamCheckInput,
    readOptions: ReturnType<typeof checkReadOptions>,
    private readonly onFilled: () => void,
    private readonly origin: RowOrigin = SHEET_ORIGIN,
    /** The workbook's own chart, used for every line instead of the year's Gul bok. */
    private readonly own: OwnChart | null = null,
  ) {
    // A sheet named for changes is checked only when named; one that is named is checked whatever its tables.
    this.usable = named ? true : CHANGE_SHEET_NAME.test(sheet) ? false : null;
    const hooks = { onLine: (line: AllocationLine) => this.line(line), onTableStart: (headerRow: number, roles: ReadonlySet<string>, grid: Grid) => this.tableStart(headerRow, roles, grid) };
    this.stream = new AllocationStream(sheet, hiddenColumns, { ...readOptions, ...(input.options.kind ? { kind: input.options.kind } : {}) }, hooks, origin, input.holdHeaderless !== true);
  }

  row(index: number, values: readonly CellValue[], formats: readonly (string | null | undefined)[]): void {
    if (values.length > 0 && values.some((v) => !isBlank(v))) this.onFilled();
    this.stream.row(index, values, formats);
  }

  end(): void {
    this.read = this.stream.end();
  }

  settle(): Promise<void> | null {
    return this.loading;
  }

  /**
   * Whether the sheet, all of it read, is one the check reports on: a named sheet always (set in
   * the constructor), one named for changes never, else one whose tables are not change tables.
   */
  checked(): boolean {
    if (!this.read) return false;
    return this.usable ?? (this.read.tables.length > 0 && !looksLikeChangeTables(this.read.tables));
  }

  private tableStart(headerRow: number, roles: ReadonlySet<string>, grid: Grid): void {
    // A plain amount column: no later table can make this a sheet of change entries.
    if (this.usable === null && roles.has("amount")) this.usable = true;
    // A sheet of change entries is passed over: no Gul bok is loaded for it.
    if (this.budgetYear || this.usable === false) return;
    this.budgetYear = decideBudgetYear(this.input.options, grid, headerRow, this.input.now, this.input.fileName);
    this.load(this.budgetYear);
  }

  private load(budgetYear: BudgetYear): void {
    // The workbook's own chart is already at hand: no line waits for it.
    if (this.own) return this.loaded(ownYearChart(budgetYear, this.own));
    this.loading = chartForYear(budgetYear, this.input.charts).then((year) => this.loaded(year));
  }

  private loaded(year: YearChart): void {
    this.year = year;
    this.loading = null;
    if (year.chart) this.codeFindings = new CodeFindings(this.sheet, year.chart);
    this.flush();
  }

  private line(line: AllocationLine): void {
    this.rows.markLine(line.sheetRow);
    if (line.parts) for (const part of line.parts) this.rows.markLine(part.sheetRow);
    if (this.year && this.usable === true) this.validate(line);
    else if (this.usable !== false) this.waiting.push(line);
  }

  private flush(): void {
    if (!this.year || this.usable !== true) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const line of waiting) this.validate(line);
  }

  /** The line's code against the chart: only its severity now; the finding is made when it is read. */
  private validate(line: AllocationLine): void {
    const findings = this.codeFindings;
    if (!findings) return;
    this.validateOne(line, findings);
    if (line.parts) for (const part of line.parts) this.validateOne(part, findings);
  }

  private validateOne(l: AllocationLine, findings: CodeFindings): void {
    const severity = codeSeverity(l.code, findings.chart);
    if (severity === null) return;
    findings.add(l.code, severity, l.sheetRow, l.codeCell.col + this.origin.left);
    this.rows.markFinding(l.sheetRow, severity);
  }

  async done(): Promise<SheetDone> {
    if (!this.read) this.end();
    const read = this.read!;
    if (this.loading) await this.loading;
    this.usable = this.checked();
    if (!this.usable) return { usable: false, read };
    if (!this.year) {
      // No table could be read: the year is decided as for a sheet with its header on the first row.
      this.load(decideBudgetYear(this.input.options, null, 0, this.input.now, this.input.fileName));
      await this.loading;
    }
    this.flush();
    for (const d of read.diagnostics) this.rows.markDiagnostic(d, this.sheet);
    const counts = this.rows.count(read.tables, this.origin.top);
    return { usable: true, read, codeFindings: this.codeFindings ?? new PlainFindings([]), year: this.year!, counts };
  }
}

/** checkWorkbook's report in the shape both paths share. */
export function summaryOfCheck(report: CheckWorkbookReport): CheckSummary {
  return {
    ...(report.refused ? { refused: report.refused } : {}),
    sheets: report.sheets.map((c) => ({ sheet: c.sheet, kind: c.kind, linesRead: c.read.lines.length, unit: c.read.unit, tables: c.read.tables, chartYear: c.chartYear })),
    findings: new PlainFindings(report.diagnostics),
    lines: report.lines,
    linesWithErrors: report.linesWithErrors,
    linesWithWarnings: report.linesWithWarnings,
    facts: report.facts,
    failed: report.failed,
  };
}
