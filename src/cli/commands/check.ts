// `tildeling check FILE.xlsx …`: read the workbook, let the use case check every kap/post against
// the Gul bok of the budget year and every amount, and report each finding with its cell. Several
// files, a folder or a pattern go to the many-file run (src/cli/batch), which checks each file
// through `checkFile` here, so one file and a round of files are checked the same way.
import { unitLabel } from "../../core/amounts/unit";
import { type Diagnostic } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { type CheckWorkbookReport, checkWorkbook } from "../../core/use-cases/check-workbook";
import type { FactSource } from "../../core/use-cases/facts";
import { factsLine } from "../../core/use-cases/facts-text";
import { failed } from "../../core/use-cases/workbook";
import { choiceOption } from "../args";
import { type MultiFileCommand, isMultiFileRun } from "../batch/inputs";
import { type ChoicesResult, readingChoices } from "../choices";
import { cliCharts, parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { openWorkbook, workbookInput } from "../workbook-input";

type ReadingChoices = Extract<ChoicesResult, { ok: true }>["choices"];

/** The choices a check is made with, the same for every file of a run. */
export interface CheckSettings {
  readonly sheet: string | undefined;
  readonly year: number | null;
  readonly kind: "auto" | "allocation" | "budget-data";
  readonly reading: ReadingChoices;
  /** --strict: warnings count as errors for the exit code and the verdict. */
  readonly strict: boolean;
}

export type CheckSettingsResult = { ok: true; settings: CheckSettings } | { ok: false; diagnostic: Diagnostic };

export function parseCheckSettings(options: Readonly<Record<string, string | boolean>>): CheckSettingsResult {
  const year = parseYearOption(options.year);
  if (!year.ok) return year;
  const kind = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kind.ok) return kind;
  const reading = readingChoices(options);
  if (!reading.ok) return reading;
  const sheet = typeof options.sheet === "string" ? options.sheet : undefined;
  return { ok: true, settings: { sheet, year: year.year, kind: kind.value, reading: reading.choices, strict: reading.choices.strict === true } };
}

/** One workbook checked: the use case's report, every finding, and the budget year the codes were checked for. */
export interface FileCheck {
  readonly file: string;
  readonly report: CheckWorkbookReport;
  readonly checked: CheckWorkbookReport["sheets"];
  readonly diagnostics: readonly Diagnostic[];
  readonly budgetYear: number | null;
  readonly yearSource: FactSource | null;
  readonly chartYear: number | null;
}

/** A workbook that could not be read, or a --sheet it does not have (`seeHelp`: a usage mistake). */
export type CheckOutcome = { ok: true; check: FileCheck } | { ok: false; diagnostic: Diagnostic; seeHelp: boolean };

export async function checkFile(file: string, settings: CheckSettings, now: Date): Promise<CheckOutcome> {
  const opened = await openWorkbook(file, settings.sheet ? [settings.sheet] : undefined);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, seeHelp: false };
  const book = opened.book;
  const report = await checkWorkbook({
    workbook: workbookInput(book),
    options: {
      ...(settings.year !== null ? { year: settings.year } : {}),
      ...(settings.sheet !== undefined ? { sheet: settings.sheet } : {}),
      ...(settings.kind !== "auto" ? { kind: settings.kind } : {}),
      ...settings.reading,
    },
    charts: cliCharts,
    now,
    handOver: true,
  });
  if (report.refused) return { ok: false, diagnostic: report.refused, seeHelp: true };
  const diagnostics: Diagnostic[] = append([...book.diagnostics], report.diagnostics);
  const read = report.sheets.length > 0;
  return {
    ok: true,
    check: {
      file,
      report,
      checked: report.sheets,
      diagnostics,
      budgetYear: read ? report.facts.budgetYear : null,
      yearSource: read ? report.facts.yearSource : null,
      chartYear: read ? report.facts.chartYear : null,
    },
  };
}

/** The `--json` report of one file. */
export function checkReportJson(check: FileCheck, lang: Lang) {
  const { file, report, diagnostics } = check;
  return {
    file,
    linesRead: report.sheets.reduce((n, c) => n + c.read.lines.length, 0),
    // Budget lines checked (underposts and unreadable rows included), as the pane counts them.
    lines: report.lines,
    linesWithErrors: report.linesWithErrors,
    linesWithWarnings: report.linesWithWarnings,
    unit: report.sheets[0]?.read.unit ?? null,
    sheets: report.sheets.map((c) => ({
      sheet: c.sheet,
      kind: c.kind,
      linesRead: c.read.lines.length,
      unit: c.read.unit,
      tables: c.read.tables.map((t) => t.range),
      chartYear: c.chartYear,
    })),
    facts: report.facts,
    diagnostics: diagnosticsJson(diagnostics, lang),
  };
}

/** The plain-text report of one file: a line per sheet, what was used, the findings, the summary. */
export function checkReportText(check: FileCheck, lang: Lang): string {
  const { report, diagnostics } = check;
  const lines: string[] = [];
  for (const c of report.sheets) {
    const kindWord = formatMessage(c.kind === "budget-data" ? "CLI-KIND-BUDGET-DATA" : "CLI-KIND-ALLOCATION", {}, lang);
    lines.push(formatMessage("CLI-CHECK-SHEET", { sheet: c.sheet, lines: c.read.lines.length, unit: unitLabel(c.read.unit, lang), kind: kindWord }, lang));
  }
  const facts = report.sheets.length > 0 ? factsLine(report.facts, lang) : null;
  if (facts) lines.push(facts);
  if (diagnostics.length > 0) lines.push(diagnosticsText(diagnostics, lang));
  lines.push(summaryText(diagnostics, lang));
  return lines.join("\n");
}

/** Errors, or with --strict also warnings: what makes the exit code 1 and the verdict "må rettes". */
export function needsFixing(check: FileCheck, strict: boolean): boolean {
  return check.report.failed || failed(check.diagnostics, strict);
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
  const outcome = await checkFile(files[0] ?? ctx.file, parsed.settings, io.now());
  if (!outcome.ok) return fail(io, outcome.diagnostic, lang, json, outcome.seeHelp ? "check" : undefined);
  if (json) printJson(io, checkReportJson(outcome.check, lang));
  else io.out(`${checkReportText(outcome.check, lang)}\n`);
  return needsFixing(outcome.check, parsed.settings.strict) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
