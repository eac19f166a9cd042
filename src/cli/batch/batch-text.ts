// The terminal report of a many-file run: each file's errors and warnings (a few of each; --json
// and --report have them all), the summary table, why each unreadable file could not be read,
// for deadlines the overdue assignments of every file, and the totals.
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { alignColumns, diagnosticsText } from "../report";
import type { FileResult } from "./file-result";
import { PER_FILE_LIMIT } from "./stream-out";
import { type RunSummary, summaryColumns, totalsText } from "./summary";

export function overdueRows(summary: RunSummary, lang: Lang): string[][] {
  const header = ["CLI-COL-DAYS-OVERDUE", "CLI-COL-FILE", "CLI-COL-ASSIGNMENT", "CLI-COL-DEADLINE", "CLI-COL-CELL"].map((k) => formatMessage(k, {}, lang));
  const rows = (summary.overdueList ?? []).map((i) => [String(i.days), i.file, i.part ? `${i.id} ${i.part}` : i.id, i.deadlineText, i.cell ?? ""]);
  return [header, ...rows];
}

export function batchText(results: readonly FileResult[], summary: RunSummary, lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    const shown = r.diagnostics.filter((d) => d.severity !== "info");
    if (shown.length === 0) continue;
    // A worker sends only the findings listed here; the file's row counts them all.
    const totals = { error: r.row.errors, warning: r.row.warnings, info: null };
    out.push(`${r.file}:`, diagnosticsText(shown, lang, PER_FILE_LIMIT, false, totals), "");
  }
  const columns = summaryColumns(summary.command, lang);
  const numeric = new Set(columns.flatMap((c, i) => (c.number ? [i] : [])));
  out.push(alignColumns([columns.map((c) => c.header), ...summary.rows.map((row) => columns.map((c) => c.cell(row)))], numeric));
  if (summary.command === "deadlines" && summary.overdueList && summary.overdueList.length > 0) {
    out.push("", formatMessage("CLI-BATCH-OVERDUE-HEADER", { count: summary.overdueList.length }, lang), "", alignColumns(overdueRows(summary, lang), new Set([0])));
  }
  out.push("", totalsText(summary, lang));
  return out.join("\n");
}
