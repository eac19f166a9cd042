// The report's findings from a compact finding list (a check of a large sheet): the same order,
// lines and JSON as report.ts makes from a list of Diagnostics, but each finding is made only when
// it is printed, and the order is worked out from severities and cells alone.
import { diagnosticToJson } from "../core/diagnostics";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { type FindingList, countFindings } from "../core/use-cases/finding-list";
import { LazyJsonArray } from "./json-out";
import { TEXT_DIAGNOSTICS_LIMIT, diagnosticLine } from "./report";

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const MORE_KEYS = { error: "CLI-MORE-ERRORS", warning: "CLI-MORE-WARNINGS", info: "CLI-MORE-INFOS" } as const;

/** The findings' indexes in report order (orderDiagnostics' rule: severity, sheet, row, column, then as found). */
export function orderFindings(list: FindingList): number[] {
  const sheetRank = new Map<string, number>();
  const keys = new Float64Array(list.length);
  let sorted = true;
  for (let i = 0; i < list.length; i++) {
    const [sheet, row, col] = list.position(i);
    let rank = sheetRank.get(sheet);
    if (rank === undefined) sheetRank.set(sheet, (rank = sheetRank.size));
    keys[i] = SEVERITY_RANK[list.severity(i)] * 2 ** 50 + Math.min(rank, 2 ** 16 - 1) * 2 ** 34 + Math.min(row, 2 ** 20 - 1) * 2 ** 14 + Math.min(col, 2 ** 14 - 1);
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  const order = Array.from({ length: list.length }, (_, i) => i);
  // Findings of a large sheet mostly come in order already; sorting a million would cost a second.
  if (!sorted) order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order;
}

/** diagnosticsText for a finding list: most serious first, at most `limit` listed per severity. */
export function findingsText(list: FindingList, lang: Lang, limit: number = TEXT_DIAGNOSTICS_LIMIT): string {
  const lines: string[] = [];
  const ordered = orderFindings(list);
  for (let i = 0; i < ordered.length; ) {
    const severity = list.severity(ordered[i]);
    let end = i;
    while (end < ordered.length && list.severity(ordered[end]) === severity) end++;
    const shown = Math.min(end - i, limit);
    for (let k = i; k < i + shown; k++) lines.push(diagnosticLine(list.at(ordered[k]), lang));
    if (end - i > shown) lines.push(formatMessage(MORE_KEYS[severity], { count: end - i - shown }, lang));
    i = end;
  }
  return lines.join("\n");
}

export function findingsSummaryText(list: FindingList, lang: Lang): string {
  const c = countFindings(list);
  const result = formatMessage(c.error > 0 ? "CLI-RESULT-ERRORS" : "CLI-RESULT-OK", {}, lang);
  return `${result} ${formatMessage("CLI-SUMMARY", { errors: c.error, warnings: c.warning, infos: c.info }, lang)}`;
}

/** The findings in report order for --json; each one's object (and message) is made as it is written. */
export function findingsJson(list: FindingList, lang: Lang): LazyJsonArray<number> {
  return new LazyJsonArray(orderFindings(list), (i) => diagnosticToJson(list.at(i), lang));
}
