// `tildeling deadlines FILE.xlsx …`: read the assignment list and flag each assignment (and part)
// against a Norwegian calendar day: today in Oslo unless --date names another. The flags come
// from the flagDeadlines use case, as in the pane. Several files, a folder or a pattern go to the
// many-file run (src/cli/batch), which flags each file through `deadlinesFile` here.
import { type CalendarDate, parseIsoDate, toIsoDate, todayInOslo } from "../../core/deadlines/calendar-date";
import { DEFAULT_SOON_DAYS, type FlaggedItem } from "../../core/deadlines/flag";
import { deadlineDayText, flagText } from "../../core/deadlines/flag-text";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { type Diagnostic, diagnostic } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { yearFromFileName } from "../../core/use-cases/budget-year";
import { flagDeadlines } from "../../core/use-cases/flag-deadlines";
import { failed } from "../../core/use-cases/workbook";
import { isMultiFileRun } from "../batch/inputs";
import { parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { alignColumns, diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { openWorkbook, workbookInput } from "../workbook-input";

function parseSoon(value: string | boolean | undefined): number | Diagnostic {
  if (value === undefined || typeof value === "boolean") return DEFAULT_SOON_DAYS;
  if (/^\d{1,4}$/.test(value.trim())) return Number(value.trim());
  return diagnostic("error", "CLI-BAD-DAYS", {}, { text: value });
}

export function itemJson(item: FlaggedItem, lang: Lang) {
  return {
    id: item.assignment.id.text,
    part: item.part?.part ?? null,
    title: item.title,
    deadline: item.deadline.date ? toIsoDate(item.deadline.date) : null,
    // An Excel date cell holds a serial number; show it as the sheet shows it, not as 45565.
    deadlineText: item.deadline.form === "serial" && item.deadline.date ? formatDateNorwegian(item.deadline.date, "numeric") : item.deadline.text,
    // A deadline read from a period ("juni 2026") is the period's last day: approximate, by `rule`.
    approximate: item.approximate,
    ...(item.rule ? { rule: item.rule } : {}),
    flag: item.flag,
    days: item.days,
    status: item.status.kind,
    text: flagText(item, lang),
    ...(item.cell ? { cell: item.cell } : {}),
  };
}

function itemsText(items: readonly FlaggedItem[], lang: Lang): string {
  const rows = [[formatMessage("CLI-COL-ASSIGNMENT", {}, lang), formatMessage("CLI-COL-DEADLINE", {}, lang), formatMessage("CLI-COL-FLAG", {}, lang)]];
  for (const item of items) {
    const deadline = deadlineDayText(item, lang) ?? item.deadline.text;
    rows.push([item.label, deadline, flagText(item, lang)]);
  }
  return alignColumns(rows);
}

/** The choices flags are computed with, the same for every file of a run. */
export interface DeadlineSettings {
  readonly sheet: string | undefined;
  readonly reference: CalendarDate;
  readonly soonDays: number;
  /** --year: the year of deadlines written without one. */
  readonly year: number | null;
  readonly strict: boolean;
}

export function parseDeadlineSettings(
  options: Readonly<Record<string, string | boolean>>,
  now: Date,
): { ok: true; settings: DeadlineSettings } | { ok: false; diagnostic: Diagnostic } {
  const dateOption = typeof options.date === "string" ? options.date : null;
  const reference = dateOption === null ? todayInOslo(now) : parseIsoDate(dateOption.trim());
  if (reference === null) return { ok: false, diagnostic: diagnostic("error", "CLI-BAD-DATE", {}, { text: dateOption ?? "" }) };
  const soon = parseSoon(options.soon);
  if (typeof soon !== "number") return { ok: false, diagnostic: soon };
  const year = parseYearOption(options.year);
  if (!year.ok) return year;
  const sheet = typeof options.sheet === "string" ? options.sheet : undefined;
  return { ok: true, settings: { sheet, reference, soonDays: soon, year: year.year, strict: options.strict === true } };
}

/** One assignment list flagged: the sheets read, every flagged item, every finding. */
export interface FileDeadlines {
  readonly file: string;
  readonly sheets: readonly string[];
  readonly items: readonly FlaggedItem[];
  readonly diagnostics: readonly Diagnostic[];
  readonly settings: DeadlineSettings;
  /** The use case's verdict: errors (or, with --strict, warnings). */
  readonly failed: boolean;
}

export type DeadlinesOutcome = { ok: true; result: FileDeadlines } | { ok: false; diagnostic: Diagnostic; seeHelp: boolean };

export async function deadlinesFile(file: string, settings: DeadlineSettings): Promise<DeadlinesOutcome> {
  const sheetName = settings.sheet;
  // The year of deadlines written without one ("2. kvartal", "25. sep."): --year, else the budget
  // year the sheet's title names, else the one year the file name names; each use is a warning.
  const fileYear = yearFromFileName(file);
  const read = { ...(settings.year !== null ? { defaultYear: settings.year } : {}), ...(fileYear !== null ? { fallbackYear: fileYear } : {}) };
  const opened = await openWorkbook(file, sheetName ? [sheetName] : undefined);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, seeHelp: false };
  const book = opened.book;
  const run = flagDeadlines({
    workbook: workbookInput(book),
    options: { ...(sheetName !== undefined ? { sheet: sheetName } : {}), referenceDate: settings.reference, soonDays: settings.soonDays, read },
  });
  if (run.refused) return { ok: false, diagnostic: run.refused, seeHelp: true };
  const diagnostics: Diagnostic[] = append([...book.diagnostics], run.diagnostics);
  return { ok: true, result: { file, sheets: run.grids.map((g) => g.sheet), items: run.items, diagnostics, settings, failed: run.failed } };
}

export const overdueCount = (result: FileDeadlines) => result.items.filter((i) => i.flag === "overdue").length;

/** The `--json` report of one file. */
export function deadlinesReportJson(result: FileDeadlines, lang: Lang) {
  return {
    file: result.file,
    referenceDate: toIsoDate(result.settings.reference),
    soonDays: result.settings.soonDays,
    sheets: result.sheets,
    assignments: result.items.map((i) => itemJson(i, lang)),
    diagnostics: diagnosticsJson(result.diagnostics, lang),
  };
}

export function deadlinesReportText(result: FileDeadlines, lang: Lang): string {
  const { items, diagnostics, settings } = result;
  const overdue = overdueCount(result);
  const lines: string[] = [];
  if (items.length > 0) {
    lines.push(formatMessage("CLI-DEADLINES-HEADER", { date: formatDateNorwegian(settings.reference), soon: settings.soonDays }, lang), "", itemsText(items, lang), "");
  }
  if (diagnostics.length > 0) lines.push(diagnosticsText(diagnostics, lang));
  if (overdue > 0) lines.push(formatMessage("CLI-DEADLINES-OVERDUE", { count: overdue }, lang));
  lines.push(summaryText(diagnostics, lang));
  return lines.join("\n");
}

/** Errors (or warnings with --strict), or an assignment past its deadline: exit code 1, "må rettes". */
export function deadlinesNeedAttention(result: FileDeadlines): boolean {
  return result.failed || failed(result.diagnostics, result.settings.strict) || overdueCount(result) > 0;
}

export async function runDeadlines(ctx: CommandContext): Promise<number> {
  const { io, lang, options, files } = ctx;
  const json = options.json === true;
  const parsed = parseDeadlineSettings(options, io.now());
  if (!parsed.ok) return fail(io, parsed.diagnostic, lang, json, "deadlines");
  if (isMultiFileRun(files, options)) {
    const { runMultiFile } = await import("../batch/run-batch");
    return runMultiFile(ctx, "deadlines");
  }
  const outcome = await deadlinesFile(files[0] ?? ctx.file, parsed.settings);
  if (!outcome.ok) return fail(io, outcome.diagnostic, lang, json, outcome.seeHelp ? "deadlines" : undefined);
  if (json) printJson(io, deadlinesReportJson(outcome.result, lang));
  else io.out(`${deadlinesReportText(outcome.result, lang)}\n`);
  return deadlinesNeedAttention(outcome.result) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
