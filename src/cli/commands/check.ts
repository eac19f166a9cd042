// `tildeling check FILE.xlsx …`: read the workbook, let the use case check every kap/post against
// the Gul bok of the budget year and every amount, and report each finding with its cell. Several
// files, a folder or a pattern go to the many-file run (src/cli/batch), which checks each file
// through `checkFile` here, so one file and a round of files are checked the same way.
import { unitLabel } from "../../core/amounts/unit";
import { type Diagnostic, diagnostic } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { type CheckSummary, type StreamCheck, streamCheck, summaryOfCheck } from "../../core/use-cases/check-stream";
import { checkWorkbook } from "../../core/use-cases/check-workbook";
import type { FactSource } from "../../core/use-cases/facts";
import { factsLine } from "../../core/use-cases/facts-text";
import { type FindingList, JoinedFindings, PlainFindings, countFindings } from "../../core/use-cases/finding-list";
import type { RunOptions } from "../../core/use-cases/workbook";
import { streamWorkbookFile } from "../../xlsx/read-workbook";
import { choiceOption } from "../args";
import { type MultiFileCommand, isMultiFileRun } from "../batch/inputs";
import { type ChoicesResult, readingChoices } from "../choices";
import { cliCharts, parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK } from "../io";
import { findingsJson, findingsSummaryText, findingsText } from "../findings-report";
import { fail, printJson } from "../report";
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
  readonly report: CheckSummary;
  readonly checked: CheckSummary["sheets"];
  /** The reader's notes on the file, then the check's findings. */
  readonly findings: FindingList;
  readonly budgetYear: number | null;
  readonly yearSource: FactSource | null;
  readonly chartYear: number | null;
}

/** A workbook that could not be read, or a --sheet it does not have (`seeHelp`: a usage mistake). */
export type CheckOutcome = { ok: true; check: FileCheck } | { ok: false; diagnostic: Diagnostic; seeHelp: boolean };

function runOptions(settings: CheckSettings): RunOptions {
  return {
    ...(settings.year !== null ? { year: settings.year } : {}),
    ...(settings.sheet !== undefined ? { sheet: settings.sheet } : {}),
    ...(settings.kind !== "auto" ? { kind: settings.kind } : {}),
    ...settings.reading,
  };
}

function outcomeOf(file: string, fileNotes: readonly Diagnostic[], report: CheckSummary): CheckOutcome {
  if (report.refused) return { ok: false, diagnostic: report.refused, seeHelp: true };
  const read = report.sheets.length > 0;
  return {
    ok: true,
    check: {
      file,
      report,
      checked: report.sheets,
      findings: new JoinedFindings([new PlainFindings(fileNotes), report.findings]),
      budgetYear: read ? report.facts.budgetYear : null,
      yearSource: read ? report.facts.yearSource : null,
      chartYear: read ? report.facts.chartYear : null,
    },
  };
}

/** The whole-sheet path: every sheet read into a Grid, then checked; taken when rows come out of order (a damaged or odd file). */
async function checkFileWhole(file: string, settings: CheckSettings, now: Date): Promise<CheckOutcome> {
  const opened = await openWorkbook(file, settings.sheet ? [settings.sheet] : undefined);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, seeHelp: false };
  const book = opened.book;
  const report = await checkWorkbook({ workbook: workbookInput(book), options: runOptions(settings), charts: cliCharts, now, handOver: true });
  return outcomeOf(file, book.diagnostics, summaryOfCheck(report));
}

/**
 * The streaming path: rows go from the unzipped sheet XML into the check as they are parsed, so a
 * sheet of a million rows is never held; the findings are the whole-sheet path's (tests prove it).
 */
async function checkFileStreaming(file: string, settings: CheckSettings, now: Date, holdHeaderless: boolean): Promise<CheckOutcome | "read-whole" | "late-header"> {
  let check: StreamCheck | null = null;
  const read = await streamWorkbookFile(file, {
    begin(sheets) {
      check = streamCheck({ fileName: file, sheets, options: runOptions(settings), charts: cliCharts, now, holdHeaderless });
      return check.refused === undefined;
    },
    wants: (sheet) => check!.wants(sheet),
    sinkFor: (sheet, hidden) => check!.sinkFor(sheet, hidden),
    settle: () => check!.settle(),
  });
  if (read.ok === "read-whole") return read.lateHeader ? "late-header" : "read-whole";
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic, seeHelp: false };
  const started = check as StreamCheck | null;
  if (!started) return { ok: false, diagnostic: diagnostic("error", "XLSX-NOT-XLSX", { file }), seeHelp: false };
  return outcomeOf(file, read.diagnostics, await started.finish());
}

export async function checkFile(file: string, settings: CheckSettings, now: Date, path: "stream" | "whole" = "stream"): Promise<CheckOutcome> {
  if (path === "stream") {
    let streamed = await checkFileStreaming(file, settings, now, false);
    // A header row below thousands of rows read without one: streamed again, with such a sheet
    // held whole this time (the other sheets still stream).
    if (streamed === "late-header") streamed = await checkFileStreaming(file, settings, now, true);
    // Rows out of order (an unusual writer): the whole-sheet path sorts them.
    if (streamed !== "read-whole" && streamed !== "late-header") return streamed;
  }
  return checkFileWhole(file, settings, now);
}

/** The `--json` report of one file. */
export function checkReportJson(check: FileCheck, lang: Lang) {
  const { file, report, findings } = check;
  return {
    file,
    linesRead: report.sheets.reduce((n, c) => n + c.linesRead, 0),
    // Budget lines checked (underposts and unreadable rows included), as the pane counts them.
    lines: report.lines,
    linesWithErrors: report.linesWithErrors,
    linesWithWarnings: report.linesWithWarnings,
    unit: report.sheets[0]?.unit ?? null,
    sheets: report.sheets.map((c) => ({
      sheet: c.sheet,
      kind: c.kind,
      linesRead: c.linesRead,
      unit: c.unit,
      tables: c.tables.map((t) => t.range),
      chartYear: c.chartYear,
    })),
    facts: report.facts,
    diagnostics: findingsJson(findings, lang),
  };
}

/** The plain-text report of one file: a line per sheet, what was used, the findings, the summary. */
export function checkReportText(check: FileCheck, lang: Lang): string {
  const { report, findings } = check;
  const lines: string[] = [];
  for (const c of report.sheets) {
    const kindWord = formatMessage(c.kind === "budget-data" ? "CLI-KIND-BUDGET-DATA" : "CLI-KIND-ALLOCATION", {}, lang);
    lines.push(formatMessage("CLI-CHECK-SHEET", { sheet: c.sheet, lines: c.linesRead, unit: unitLabel(c.unit, lang), kind: kindWord }, lang));
  }
  const facts = report.sheets.length > 0 ? factsLine(report.facts, lang) : null;
  if (facts) lines.push(facts);
  if (findings.length > 0) lines.push(findingsText(findings, lang));
  lines.push(findingsSummaryText(findings, lang));
  return lines.join("\n");
}

/** Errors, or with --strict also warnings: what makes the exit code 1 and the verdict "må rettes". */
export function needsFixing(check: FileCheck, strict: boolean): boolean {
  const c = countFindings(check.findings);
  return check.report.failed || c.error > 0 || (strict && c.warning > 0);
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
