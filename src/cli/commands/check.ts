// `tildeling check FILE.xlsx`: read the workbook, let the use case check every kap/post against
// the Gul bok of the budget year and every amount, and report each finding with its cell.
import { unitLabel } from "../../core/amounts/unit";
import { type Diagnostic } from "../../core/diagnostics";
import { formatMessage } from "../../core/i18n/catalog";
import { checkWorkbook } from "../../core/use-cases/check-workbook";
import { factsLine } from "../../core/use-cases/facts-text";
import { choiceOption } from "../args";
import { cliCharts, parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { openWorkbook, workbookInput } from "../workbook-input";

export async function runCheck(ctx: CommandContext): Promise<number> {
  const { io, lang, options, file } = ctx;
  const json = options.json === true;
  const year = parseYearOption(options.year);
  if (!year.ok) return fail(io, year.diagnostic, lang, json, "check");
  const kindOption = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kindOption.ok) return fail(io, kindOption.diagnostic, lang, json, "check");
  const sheetName = typeof options.sheet === "string" ? options.sheet : undefined;

  const opened = await openWorkbook(file, sheetName ? [sheetName] : undefined);
  if (!opened.ok) return fail(io, opened.diagnostic, lang, json);
  const book = opened.book;
  const report = await checkWorkbook({
    workbook: workbookInput(book),
    options: {
      ...(year.year !== null ? { year: year.year } : {}),
      ...(sheetName !== undefined ? { sheet: sheetName } : {}),
      ...(kindOption.value !== "auto" ? { kind: kindOption.value } : {}),
    },
    charts: cliCharts,
    now: io.now(),
  });
  if (report.refused) return fail(io, report.refused, lang, json, "check");
  const diagnostics: Diagnostic[] = append([...book.diagnostics], report.diagnostics);

  const linesRead = report.sheets.reduce((n, c) => n + c.read.lines.length, 0);
  const unit = report.sheets[0]?.read.unit ?? null;
  if (json) {
    printJson(io, {
      file,
      linesRead,
      // Budget lines checked (underposts and unreadable rows included), as the pane counts them.
      lines: report.lines,
      linesWithErrors: report.linesWithErrors,
      linesWithWarnings: report.linesWithWarnings,
      unit,
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
    });
  } else {
    const lines: string[] = [];
    for (const c of report.sheets) {
      const kindWord = formatMessage(c.kind === "budget-data" ? "CLI-KIND-BUDGET-DATA" : "CLI-KIND-ALLOCATION", {}, lang);
      lines.push(formatMessage("CLI-CHECK-SHEET", { sheet: c.sheet, lines: c.read.lines.length, unit: unitLabel(c.read.unit, lang), kind: kindWord }, lang));
    }
    const facts = report.sheets.length > 0 ? factsLine(report.facts, lang) : null;
    if (facts) lines.push(facts);
    if (diagnostics.length > 0) lines.push(diagnosticsText(diagnostics, lang));
    lines.push(summaryText(diagnostics, lang));
    io.out(`${lines.join("\n")}\n`);
  }
  return report.failed || diagnostics.some((d) => d.severity === "error") ? EXIT_ERRORS_FOUND : EXIT_OK;
}
