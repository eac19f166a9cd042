// `--report rapport.html`: what a controller attaches to the e-mail back to an agency. One
// self-contained page (inline style, no scripts, no external assets, so it opens offline and in a
// mail client), printable on A4 with each file starting on a new page. Every text passes through
// escapeHtml. The numbers are those of the JSON summary (./summary.ts), never counted again here.
import { type Diagnostic, messageOf } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { escapeHtml } from "../../core/render/escape-html";
import { orderDiagnostics } from "../report";
import type { FileResult, Verdict } from "./file-result";
import { overdueRows } from "./batch-text";
import { REPORT_ROWS_PER_KIND } from "./stream-out";
import { type RunSummary, budgetYearText, summaryColumns, totalsText, unitLongText, verdictText } from "./summary";


const STYLE = `
@page { size: A4; margin: 15mm; }
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 12pt 0 4pt; } h3 { font-size: 11pt; margin: 10pt 0 4pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 1px solid #b0b0b0; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #ececec; overflow-wrap: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.ready { color: #0b6a0b; } .must-fix { color: #a4262c; font-weight: 600; } .unreadable { color: #8a3700; font-weight: 600; }
.facts { margin: 0 0 6pt; } .more { font-style: italic; }
section.file { break-before: page; page-break-before: always; }
@media screen { section.file { border-top: 2px solid #b0b0b0; margin-top: 18pt; } }
`;

const VERDICT_CLASS: Record<Verdict, string> = { ready: "ready", "must-fix": "must-fix", unreadable: "unreadable" };

const t = (key: string, lang: Lang, params: Record<string, string | number> = {}) => escapeHtml(formatMessage(key, params, lang));

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number>, attrs = ""): string {
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : "");
  const head = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table${attrs}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function summaryTable(summary: RunSummary, lang: Lang): string {
  const columns = summaryColumns(summary.command, lang);
  const head = columns.map((c) => `<th${c.number ? ' class="num"' : ""}>${escapeHtml(c.header)}</th>`).join("");
  const body = summary.rows
    .map((row, r) => {
      const cells = columns.map((c, i) => {
        const last = i === columns.length - 1;
        const cls = c.number ? ' class="num"' : last ? ` class="${VERDICT_CLASS[row.verdict]}"` : "";
        const text = escapeHtml(c.cell(row));
        return `<td${cls}>${i === 0 ? `<a href="#file-${r + 1}">${text}</a>` : text}</td>`;
      });
      return `<tr data-verdict="${row.verdict}">${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table id="summary"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Findings grouped by kind (their stable code), most serious first, each kind with its cells. */
function findingsHtml(diagnostics: readonly Diagnostic[], kindCounts: Readonly<Record<string, number>> | undefined, lang: Lang): string {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of orderDiagnostics(diagnostics)) {
    const key = `${d.severity} ${d.code}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(d);
  }
  const headers = [formatMessage("CLI-COL-CELL", {}, lang), formatMessage("CLI-COL-WRITTEN", {}, lang), formatMessage("CLI-COL-MESSAGE", {}, lang)];
  const parts: string[] = [];
  for (const list of groups.values()) {
    const { severity, code } = list[0];
    const severityWord = formatMessage(`CLI-SEVERITY-${severity.toUpperCase()}`, {}, lang);
    const count = kindCounts?.[`${severity} ${code}`] ?? list.length;
    parts.push(`<h3 class="kind" data-code="${escapeHtml(code)}" data-count="${count}">${escapeHtml(`${severityWord}: ${code}`)} (${count})</h3>`);
    const shown = list.slice(0, REPORT_ROWS_PER_KIND).map((d) => [d.cell ?? "", d.text ?? "", messageOf(d, lang)]);
    parts.push(table(headers, shown, new Set()));
    if (count > shown.length) parts.push(`<p class="more">${t("CLI-REPORT-MORE", lang, { count: count - shown.length })}</p>`);
  }
  return parts.join("\n");
}

function fileSection(result: FileResult, index: number, summary: RunSummary, lang: Lang): string {
  const row = result.row;
  const facts: string[] = [];
  if (row.verdict !== "unreadable") {
    facts.push(`${t("CLI-COL-SHEETS", lang)}: ${escapeHtml(row.sheets.join(", ") || "–")}`);
    if (summary.command === "check") {
      facts.push(`${t("CLI-COL-LINES", lang)}: ${row.linesRead ?? 0}`, `${t("CLI-COL-UNIT", lang)}: ${escapeHtml(unitLongText(row.unit, lang))}`);
      facts.push(`${t("CLI-COL-BUDGET-YEAR", lang)}: ${escapeHtml(budgetYearText(row, lang))}`);
      facts.push(row.chartYear ? t("CLI-CHART-USED", lang, { chartYear: row.chartYear }) : t("CLI-REPORT-NO-CHART", lang));
    } else {
      facts.push(`${t("CLI-COL-ASSIGNMENTS", lang)}: ${row.assignments ?? 0}`, `${t("CLI-COL-OVERDUE", lang)}: ${row.overdue ?? 0}`);
    }
  }
  const counts =
    row.verdict === "unreadable"
      ? ""
      : `<p class="counts">${t("CLI-SUMMARY", lang, { errors: row.errors ?? 0, warnings: row.warnings ?? 0, infos: row.infos ?? 0 })}</p>`;
  const findings =
    row.verdict === "unreadable"
      ? result.diagnostics.map((d) => `<p class="reason" data-code="${escapeHtml(d.code)}">${escapeHtml(messageOf(d, lang))} [${escapeHtml(d.code)}]</p>`).join("\n")
      : result.diagnostics.length > 0
        ? findingsHtml(result.diagnostics, result.kindCounts, lang)
        : `<p>${t("CLI-RESULT-OK", lang)}</p>`;
  return `<section class="file" id="file-${index + 1}" data-file="${escapeHtml(result.file)}">
<h2>${escapeHtml(result.file)} – <span class="${VERDICT_CLASS[row.verdict]}">${escapeHtml(verdictText(row.verdict, lang))}</span></h2>
<p class="facts">${facts.join(" · ")}</p>
${counts}
${findings}
</section>`;
}

export interface HtmlReportInput {
  readonly results: readonly FileResult[];
  readonly summary: RunSummary;
  readonly lang: Lang;
  /** When the run was made, as the reader would write it ("2. desember 2026"). */
  readonly madeOn: string;
}

export function batchReportHtml({ results, summary, lang, madeOn }: HtmlReportInput): string {
  const title = formatMessage(summary.command === "check" ? "CLI-REPORT-TITLE-CHECK" : "CLI-REPORT-TITLE-DEADLINES", {}, lang);
  const overdue =
    summary.command === "deadlines" && summary.overdueList && summary.overdueList.length > 0
      ? (() => {
          const [header, ...rows] = overdueRows(summary, lang);
          return `<h2>${t("CLI-BATCH-OVERDUE-HEADER", lang, { count: summary.overdueList.length })}</h2>\n${table(header, rows, new Set([0]), ' id="overdue"')}`;
        })()
      : "";
  const intro =
    summary.command === "deadlines" && summary.referenceDate
      ? t("CLI-REPORT-MADE-DEADLINES", lang, { date: madeOn, referenceDate: summary.referenceDate })
      : t("CLI-REPORT-MADE", lang, { date: madeOn });
  return `<!DOCTYPE html>
<html lang="${lang === "nb" ? "nb" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${intro}</p>
<p id="totals">${escapeHtml(totalsText(summary, lang))}</p>
</header>
${summaryTable(summary, lang)}
${overdue}
${results.map((r, i) => fileSection(r, i, summary, lang)).join("\n")}
</body>
</html>
`;
}
