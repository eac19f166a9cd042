// `tildeling deadlines FILE.xlsx`: read the assignment list and flag each assignment (and part)
// against a Norwegian calendar day: today in Oslo unless --date names another.
import { parseIsoDate, toIsoDate, todayInOslo } from "../../core/deadlines/calendar-date";
import { DEFAULT_SOON_DAYS, type FlaggedItem } from "../../core/deadlines/flag";
import { flagText } from "../../core/deadlines/flag-text";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { flagDeadlines } from "../../core/use-cases/flag-deadlines";
import { type Diagnostic, diagnostic, hasErrors } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { alignColumns, diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { openWorkbook, workbookInput } from "../workbook-input";

function parseSoon(value: string | boolean | undefined): number | Diagnostic {
  if (value === undefined || typeof value === "boolean") return DEFAULT_SOON_DAYS;
  if (/^\d{1,4}$/.test(value.trim())) return Number(value.trim());
  return diagnostic("error", "CLI-BAD-DAYS", {}, { text: value });
}

function itemJson(item: FlaggedItem, lang: Lang) {
  return {
    id: item.assignment.id.text,
    part: item.part?.part ?? null,
    title: item.title,
    deadline: item.deadline.date ? toIsoDate(item.deadline.date) : null,
    // An Excel date cell holds a serial number; show it as the sheet shows it, not as 45565.
    deadlineText: item.deadline.form === "serial" && item.deadline.date ? formatDateNorwegian(item.deadline.date, "numeric") : item.deadline.text,
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
    const deadline = item.deadline.date ? formatDateNorwegian(item.deadline.date) : item.deadline.text;
    rows.push([item.label, deadline, flagText(item, lang)]);
  }
  return alignColumns(rows);
}

export async function runDeadlines(ctx: CommandContext): Promise<number> {
  const { io, lang, options, file } = ctx;
  const json = options.json === true;
  const dateOption = typeof options.date === "string" ? options.date : null;
  const reference = dateOption === null ? todayInOslo(io.now()) : parseIsoDate(dateOption.trim());
  if (reference === null) return fail(io, diagnostic("error", "CLI-BAD-DATE", {}, { text: dateOption ?? "" }), lang, json, "deadlines");
  const soon = parseSoon(options.soon);
  if (typeof soon !== "number") return fail(io, soon, lang, json, "deadlines");
  const sheetName = typeof options.sheet === "string" ? options.sheet : undefined;

  const opened = await openWorkbook(file, sheetName ? [sheetName] : undefined);
  if (!opened.ok) return fail(io, opened.diagnostic, lang, json);
  const book = opened.book;
  const run = flagDeadlines({ workbook: workbookInput(book), options: { ...(sheetName !== undefined ? { sheet: sheetName } : {}), referenceDate: reference, soonDays: soon } });
  if (run.refused) return fail(io, run.refused, lang, json, "deadlines");
  const diagnostics: Diagnostic[] = append([...book.diagnostics], run.diagnostics);
  const { items, overdue } = run;
  const sheetsRead = run.grids.map((g) => g.sheet);
  if (json) {
    printJson(io, {
      file,
      referenceDate: toIsoDate(reference),
      soonDays: soon,
      sheets: sheetsRead,
      assignments: items.map((i) => itemJson(i, lang)),
      diagnostics: diagnosticsJson(diagnostics, lang),
    });
  } else {
    const lines: string[] = [];
    if (items.length > 0) {
      lines.push(formatMessage("CLI-DEADLINES-HEADER", { date: formatDateNorwegian(reference), soon }, lang), "", itemsText(items, lang), "");
    }
    if (diagnostics.length > 0) lines.push(diagnosticsText(diagnostics, lang));
    if (overdue > 0) lines.push(formatMessage("CLI-DEADLINES-OVERDUE", { count: overdue }, lang));
    lines.push(summaryText(diagnostics, lang));
    io.out(`${lines.join("\n")}\n`);
  }
  return hasErrors(diagnostics) || run.failed ? EXIT_ERRORS_FOUND : EXIT_OK;
}
