// The one place a many-file run calls the single-file commands: a file in, a FileResult out.
// It runs inside a worker thread (./worker.ts) or, for one job, in the main thread.
import { countBySeverity, diagnostic, type Diagnostic } from "../../core/diagnostics";
import type { Lang } from "../../core/i18n/catalog";
import { checkFile, checkReportJson, needsFixing, parseCheckSettings } from "../commands/check";
import { type FindingList, PlainFindings, allFindings, countFindings } from "../../core/use-cases/finding-list";
import { orderFindings } from "../findings-report";
import { PER_FILE_LIMIT, keepOf, trimmed, withJsonLine } from "./stream-out";
import { deadlinesFile, deadlinesNeedAttention, deadlinesReportJson, overdueCount, parseDeadlineSettings } from "../commands/deadlines";
import type { FileResult, OverdueItem, Verdict } from "./file-result";
import type { MultiFileCommand } from "./inputs";

/** What every file of a run shares: the command, its options as given, the language, and "now". */
export interface RunSettings {
  readonly command: MultiFileCommand;
  readonly options: Readonly<Record<string, string | boolean>>;
  readonly lang: Lang;
  readonly nowMs: number;
}

export function unreadableResult(file: string, d: Diagnostic, internal = false): FileResult {
  return {
    file,
    report: null,
    diagnostics: [d],
    row: { file, verdict: "unreadable", sheets: [], errors: null, warnings: null, infos: null },
    overdue: [],
    ...(internal ? { internal } : {}),
  };
}

function withoutDiagnostics<T extends { diagnostics: unknown }>(report: T): Omit<T, "diagnostics"> {
  const { diagnostics: _omitted, ...rest } = report;
  return rest;
}

async function checkOne(file: string, settings: RunSettings): Promise<FileResult> {
  const parsed = parseCheckSettings(settings.options);
  if (!parsed.ok) return unreadableResult(file, parsed.diagnostic);
  const outcome = await checkFile(file, parsed.settings, new Date(settings.nowMs));
  if (!outcome.ok) return unreadableResult(file, outcome.diagnostic);
  const { check } = outcome;
  const report = withoutDiagnostics(checkReportJson({ ...check, findings: new PlainFindings([]) }, settings.lang));
  const keep = keepOf(settings.options);
  const diagnostics = keep === "problems" ? firstProblems(check.findings, PER_FILE_LIMIT) : allFindings(check.findings);
  const counts = countFindings(check.findings);
  const verdict: Verdict = needsFixing(check, parsed.settings.strict) ? "must-fix" : "ready";
  const result: FileResult = {
    file,
    report,
    diagnostics,
    row: {
      file,
      verdict,
      sheets: check.checked.map((c) => c.sheet),
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      linesRead: report.linesRead,
      unit: report.unit,
      budgetYear: check.budgetYear,
      yearSource: check.yearSource,
      chartYear: check.chartYear,
    },
    overdue: [],
  };
  // Cut here, in the worker: a 50 000-line sheet can carry that many findings, and each one sent
  // is copied to the main thread and kept there until the run ends.
  return keep === "report" ? trimmed(result, keep) : result;
}

/**
 * The errors and warnings the terminal lists, the first `limit` of each in report order, made
 * from the compact finding list without making the others (the file's row counts them all).
 */
function firstProblems(list: FindingList, limit: number): Diagnostic[] {
  const listed = { error: 0, warning: 0, info: 0 };
  const out: Diagnostic[] = [];
  for (const i of orderFindings(list)) {
    const severity = list.severity(i);
    if (severity === "info" || listed[severity] >= limit) continue;
    listed[severity]++;
    out.push(list.at(i));
  }
  return out;
}

async function deadlinesOne(file: string, settings: RunSettings): Promise<FileResult> {
  const parsed = parseDeadlineSettings(settings.options, new Date(settings.nowMs));
  if (!parsed.ok) return unreadableResult(file, parsed.diagnostic);
  const outcome = await deadlinesFile(file, parsed.settings);
  if (!outcome.ok) return unreadableResult(file, outcome.diagnostic);
  const { result } = outcome;
  const report = withoutDiagnostics(deadlinesReportJson({ ...result, diagnostics: [] }, settings.lang));
  const counts = countBySeverity(result.diagnostics);
  const overdue = overdueCount(result);
  const verdict: Verdict = deadlinesNeedAttention(result) ? "must-fix" : "ready";
  const overdueItems: OverdueItem[] = report.assignments
    .filter((a) => a.flag === "overdue")
    .map((a) => ({ file, id: a.id, part: a.part, title: a.title, deadline: a.deadline, deadlineText: a.deadlineText, days: a.days ?? 0, cell: a.cell ?? null }));
  return {
    file,
    report,
    diagnostics: result.diagnostics,
    row: {
      file,
      verdict,
      sheets: result.sheets,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      assignments: result.items.length,
      overdue,
      dueSoon: result.items.filter((i) => i.flag === "due-soon" || i.flag === "due-today").length,
    },
    overdue: overdueItems,
  };
}

/** One file of a run. A throw here is a bug in tildeling: reported for this file, the others go on. */
export async function processFile(file: string, settings: RunSettings): Promise<FileResult> {
  try {
    const result = await (settings.command === "check" ? checkOne(file, settings) : deadlinesOne(file, settings));
    // --jsonl's one line per file is made here; --json's indented report is written piece by piece
    // by the main thread (made here, a whole indented report crossing over took more memory, not less).
    return settings.options.jsonl === true ? withJsonLine(result, settings.lang) : result;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unreadableResult(file, diagnostic("error", "CLI-INTERNAL", { detail }), true);
  }
}
