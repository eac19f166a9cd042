// The numbers of a many-file run, computed once: the JSON summary, the terminal table and the HTML
// report all show these, so they cannot disagree.
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { unitLabel, type Unit } from "../../core/amounts/unit";
import { diagnosticToJson } from "../../core/diagnostics";
import { diagnosticsJson } from "../report";
import { EXIT_ERRORS_FOUND, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from "../io";
import type { FileResult, OverdueItem, SummaryRow, Verdict } from "./file-result";
import type { MultiFileCommand } from "./inputs";

export interface RunSummary {
  readonly command: MultiFileCommand;
  readonly files: number;
  readonly ready: number;
  readonly mustFix: number;
  readonly unreadable: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly strict: boolean;
  readonly exitCode: number;
  readonly rows: readonly SummaryRow[];
  /** check: lines read in every file. */
  readonly linesRead?: number;
  /** deadlines: assignments (and parts) in every file, those overdue, and the overdue ones most days past first. */
  readonly assignments?: number;
  readonly overdue?: number;
  readonly overdueList?: readonly OverdueItem[];
  /** deadlines: the day flagged against (YYYY-MM-DD). */
  readonly referenceDate?: string;
}

const byName = (a: string, b: string) => a.localeCompare(b, "nb", { numeric: true });

export function summarize(command: MultiFileCommand, results: readonly FileResult[], strict: boolean): RunSummary {
  const count = (v: Verdict) => results.filter((r) => r.row.verdict === v).length;
  const sum = (pick: (row: SummaryRow) => number | null | undefined) => results.reduce((n, r) => n + (pick(r.row) ?? 0), 0);
  const unreadable = count("unreadable");
  const mustFix = count("must-fix");
  const exitCode = results.some((r) => r.internal) ? EXIT_INTERNAL : unreadable > 0 ? EXIT_USAGE : mustFix > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
  const base = {
    command,
    files: results.length,
    ready: count("ready"),
    mustFix,
    unreadable,
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    infos: sum((r) => r.infos),
    strict,
    exitCode,
    rows: results.map((r) => r.row),
  };
  if (command === "check") return { ...base, linesRead: sum((r) => r.linesRead) };
  const overdueList = results
    .flatMap((r) => r.overdue)
    .sort((a, b) => b.days - a.days || byName(a.file, b.file) || byName(a.cell ?? "", b.cell ?? ""));
  const referenceDate = results.map((r) => r.report?.referenceDate).find((d): d is string => typeof d === "string");
  return { ...base, assignments: sum((r) => r.assignments), overdue: overdueList.length, overdueList, ...(referenceDate ? { referenceDate } : {}) };
}

/**
 * A file's entry in `--json` / `--jsonl`: its single-file report, or `{ file, error }` when it
 * could not be read. `lazy`: its findings as a LazyJsonArray, for writeJsonAt to write piece by piece.
 */
export function fileJson(result: FileResult, lang: Lang, lazy = false): Record<string, unknown> {
  if (result.report === null) return { file: result.file, error: diagnosticToJson(result.diagnostics[0], lang) };
  const diagnostics = diagnosticsJson(result.diagnostics, lang);
  return { ...result.report, diagnostics: lazy ? diagnostics : diagnostics.toArray() };
}

const VERDICT_KEYS: Record<Verdict, string> = { ready: "CLI-VERDICT-READY", "must-fix": "CLI-VERDICT-MUST-FIX", unreadable: "CLI-VERDICT-UNREADABLE" };

export const verdictText = (v: Verdict, lang: Lang) => formatMessage(VERDICT_KEYS[v], {}, lang);

/** "2024 (arktittelen)", or "2027 (filnavnet), Gul bok 2026" when no chart for that year is built in. */
export function budgetYearText(row: SummaryRow, lang: Lang): string {
  if (row.budgetYear === null || row.budgetYear === undefined) return "–";
  const source = row.yearSource ? formatMessage(`CLI-YEAR-SOURCE-${row.yearSource.toUpperCase()}`, {}, lang) : "";
  const year = source ? `${row.budgetYear} (${source})` : String(row.budgetYear);
  return row.chartYear !== null && row.chartYear !== undefined && row.chartYear !== row.budgetYear
    ? formatMessage("CLI-YEAR-OTHER-CHART", { year, chartYear: row.chartYear }, lang)
    : year;
}

/** The unit as a table column shows it: short ("1 000 kr"); the file's section spells it out. */
export const unitText = (unit: string | null | undefined) => (unit === "1000 kr" ? "1 000 kr" : (unit ?? "–"));

export const unitLongText = (unit: string | null | undefined, lang: Lang) => (unit ? unitLabel(unit as Unit, lang) : "–");

export const countText = (n: number | null | undefined) => (n === null || n === undefined ? "–" : String(n));

/** The summary table's columns: header key, cell text, right-aligned. */
export function summaryColumns(command: MultiFileCommand, lang: Lang): { header: string; cell: (row: SummaryRow) => string; number: boolean }[] {
  const col = (key: string, cell: (row: SummaryRow) => string, number = false) => ({ header: formatMessage(key, {}, lang), cell, number });
  const first = [col("CLI-COL-FILE", (r) => r.file), col("CLI-COL-SHEETS", (r) => (r.verdict === "unreadable" ? "–" : String(r.sheets.length)), true)];
  const last = [
    col("CLI-COL-ERRORS", (r) => countText(r.errors), true),
    col("CLI-COL-WARNINGS", (r) => countText(r.warnings), true),
    col("CLI-COL-VERDICT", (r) => verdictText(r.verdict, lang)),
  ];
  if (command === "check") {
    return [
      ...first,
      col("CLI-COL-LINES", (r) => countText(r.linesRead), true),
      col("CLI-COL-UNIT", (r) => unitText(r.unit)),
      col("CLI-COL-BUDGET-YEAR", (r) => budgetYearText(r, lang)),
      ...last,
    ];
  }
  return [
    ...first,
    col("CLI-COL-ASSIGNMENTS", (r) => countText(r.assignments), true),
    col("CLI-COL-OVERDUE", (r) => countText(r.overdue), true),
    col("CLI-COL-DUE-SOON", (r) => countText(r.dueSoon), true),
    ...last,
  ];
}

export function totalsText(summary: RunSummary, lang: Lang): string {
  return formatMessage(
    "CLI-BATCH-TOTALS",
    { files: summary.files, ready: summary.ready, mustFix: summary.mustFix, unreadable: summary.unreadable, errors: summary.errors, warnings: summary.warnings },
    lang,
  );
}
