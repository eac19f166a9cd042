// `tildeling check FILE.xlsx`: read the allocation sheet(s), check every kap/post against the
// Gul bok of the budget year and every amount, and report each finding with its cell.
import type { AllocationLine, AllocationSheet, SheetKind } from "../../core/allocations/types";
import { unitLabel } from "../../core/amounts/unit";
import { validateCode } from "../../core/chart/validate-code";
import type { FactSource } from "../../app/report-facts";
import { type Diagnostic, atCell, countBySeverity, diagnostic } from "../../core/diagnostics";
import type { Lang } from "../../core/i18n/catalog";
import { formatMessage } from "../../core/i18n/catalog";
import { choiceOption } from "../args";
import { chooseChartFor, parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { type MultiFileCommand, isMultiFileRun } from "../batch/inputs";
import { diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { looksLikeChangeSheet, readAllocationAs } from "../sheet-roles";
import { isEmptyWorkbook, namedSheet, openWorkbook, visibleSheets } from "../workbook-input";
import type { WorkbookSheet } from "../../xlsx/read-workbook";

export interface CheckedSheet {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly read: AllocationSheet;
  readonly chartYear: number | null;
}

function validateLines(lines: readonly AllocationLine[], check: (line: AllocationLine) => readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    append(out, check(line));
    for (const part of line.parts ?? []) append(out, check(part));
  }
  return out;
}

/** The choices a check is made with, the same for every file of a run. */
export interface CheckSettings {
  readonly sheet: string | undefined;
  readonly year: number | null;
  readonly kind: "auto" | "allocation" | "budget-data";
  /** --strict: warnings count as errors for the exit code and the verdict. */
  readonly strict: boolean;
}

export type CheckSettingsResult = { ok: true; settings: CheckSettings } | { ok: false; diagnostic: Diagnostic };

export function parseCheckSettings(options: Readonly<Record<string, string | boolean>>): CheckSettingsResult {
  const year = parseYearOption(options.year);
  if (!year.ok) return year;
  const kind = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kind.ok) return kind;
  const sheet = typeof options.sheet === "string" ? options.sheet : undefined;
  return { ok: true, settings: { sheet, year: year.year, kind: kind.value, strict: options.strict === true } };
}

/** One workbook checked: the sheets read, every finding, and the budget year the codes were checked for. */
export interface FileCheck {
  readonly file: string;
  readonly checked: readonly CheckedSheet[];
  readonly diagnostics: readonly Diagnostic[];
  readonly budgetYear: number | null;
  readonly yearSource: FactSource | null;
  readonly chartYear: number | null;
}

/** A workbook that could not be read, or a --sheet it does not have (`seeHelp`: a usage mistake). */
export type CheckOutcome = { ok: true; check: FileCheck } | { ok: false; diagnostic: Diagnostic; seeHelp: boolean };

export async function checkFile(file: string, settings: CheckSettings, now: Date): Promise<CheckOutcome> {
  const sheetName = settings.sheet;
  const opened = await openWorkbook(file, sheetName ? [sheetName] : undefined);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, seeHelp: false };
  const book = opened.book;
  const diagnostics: Diagnostic[] = [...book.diagnostics];

  let candidates: WorkbookSheet[];
  if (sheetName) {
    const named = namedSheet(book, sheetName);
    if (!named.ok) return { ok: false, diagnostic: named.diagnostic, seeHelp: true };
    candidates = [named.sheet];
  } else {
    candidates = visibleSheets(book);
  }

  const checked: CheckedSheet[] = [];
  const skipped: Diagnostic[] = [];
  let year: { budgetYear: number; yearSource: FactSource; chartYear: number | null } | null = null;
  if (!sheetName && isEmptyWorkbook(book)) {
    diagnostics.push(diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file }));
  } else {
    for (const { grid } of candidates) {
      const { kind, read } = readAllocationAs(grid, settings.kind, settings.year);
      const usable = read.tables.length > 0 && (sheetName !== undefined || !looksLikeChangeSheet(read, grid.sheet));
      if (!usable && sheetName === undefined) {
        skipped.push(diagnostic("info", "CLI-SHEET-SKIPPED", { sheet: grid.sheet }), ...read.diagnostics.filter((d) => d.severity === "error"));
        continue;
      }
      const choice = chooseChartFor(settings.year, grid, read.tables[0]?.headerRow ?? 0, now, file);
      const { chart } = choice;
      year ??= { budgetYear: choice.year, yearSource: choice.yearSource, chartYear: chart?.year ?? null };
      // A code is looked up once however many lines repeat it; its findings are then placed at each line's cell.
      const known = new Map<string, readonly Diagnostic[]>();
      const codeFindings = chart
        ? validateLines(read.lines, (l) => {
            let found = known.get(l.key);
            if (found === undefined) known.set(l.key, (found = validateCode(l.code, chart)));
            return found.length === 0 ? found : found.map((d) => atCell(d, l.codeCell.address));
          })
        : [];
      append(diagnostics, read.diagnostics, codeFindings, read.lines.length > 0 ? choice.notes : []);
      checked.push({ sheet: grid.sheet, kind, read, chartYear: chart?.year ?? null });
    }
    if (checked.length === 0) {
      diagnostics.push(diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file }), ...skipped.filter((d) => d.severity === "error"));
    }
  }
  return {
    ok: true,
    check: { file, checked, diagnostics, budgetYear: year?.budgetYear ?? null, yearSource: year?.yearSource ?? null, chartYear: year?.chartYear ?? null },
  };
}

/** The `--json` report of one file. */
export function checkReportJson(check: FileCheck, lang: Lang) {
  const { file, checked, diagnostics } = check;
  return {
    file,
    linesRead: checked.reduce((n, c) => n + c.read.lines.length, 0),
    unit: checked[0]?.read.unit ?? null,
    sheets: checked.map((c) => ({
      sheet: c.sheet,
      kind: c.kind,
      linesRead: c.read.lines.length,
      unit: c.read.unit,
      tables: c.read.tables.map((t) => t.range),
      chartYear: c.chartYear,
    })),
    diagnostics: diagnosticsJson(diagnostics, lang),
  };
}

/** The plain-text report of one file: a line per sheet, the findings, the summary. */
export function checkReportText(check: FileCheck, lang: Lang): string {
  const lines: string[] = [];
  for (const c of check.checked) {
    const kindWord = formatMessage(c.kind === "budget-data" ? "CLI-KIND-BUDGET-DATA" : "CLI-KIND-ALLOCATION", {}, lang);
    lines.push(formatMessage("CLI-CHECK-SHEET", { sheet: c.sheet, lines: c.read.lines.length, unit: unitLabel(c.read.unit, lang), kind: kindWord }, lang));
  }
  if (check.diagnostics.length > 0) lines.push(diagnosticsText(check.diagnostics, lang));
  lines.push(summaryText(check.diagnostics, lang));
  return lines.join("\n");
}

/** Errors, or with --strict also warnings: what makes the exit code 1 and the verdict "må rettes". */
export function needsFixing(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  const c = countBySeverity(diagnostics);
  return c.error > 0 || (strict && c.warning > 0);
}

export async function runCheck(ctx: CommandContext): Promise<number> {
  const { io, lang, options, files } = ctx;
  const json = options.json === true;
  const parsed = parseCheckSettings(options);
  if (!parsed.ok) return fail(io, parsed.diagnostic, lang, json, "check");
  if (isMultiFileRun(files, options)) {
    const { runMultiFile } = await import("../batch/run-batch");
    return runMultiFile(ctx, "check" satisfies MultiFileCommand);
  }
  const outcome = await checkFile(files[0], parsed.settings, io.now());
  if (!outcome.ok) return fail(io, outcome.diagnostic, lang, json, outcome.seeHelp ? "check" : undefined);
  if (json) printJson(io, checkReportJson(outcome.check, lang));
  else io.out(`${checkReportText(outcome.check, lang)}\n`);
  return needsFixing(outcome.check.diagnostics, parsed.settings.strict) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
