// `tildeling read-letter FILE`: read an allocation letter (Word, PDF with text, or text) into its
// allocations, changes, assignments and reporting deadlines, each with the words it came from.
// `--out FILE.xlsx` writes them as sheets the other commands read (check, apply, deadlines).
import { type Unit, UNITS } from "../../core/amounts/unit";
import { formatAmount } from "../../core/amounts/format-amount";
import { formatBudgetCode } from "../../core/codes/budget-code";
import { type CalendarDate, toIsoDate } from "../../core/deadlines/calendar-date";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { type Diagnostic, diagnostic, hasErrors } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import type { LetterSource } from "../../core/letter-reading/document";
import { readLetter } from "../../core/letter-reading/read-letter";
import type { LetterReading } from "../../core/letter-reading/types";
import { choiceOption } from "../args";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK } from "../io";
import { readLetterFile } from "../letter-input/read-letter-file";
import { writeLetterWorkbook } from "../letter-workbook";
import { alignColumns, diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";

const iso = (d: CalendarDate | null): string | null => (d ? toIsoDate(d) : null);
const sourceJson = (s: LetterSource) => ({ ...(s.page !== undefined ? { page: s.page } : {}), paragraph: s.paragraph, text: s.text });

function readingJson(file: string, r: LetterReading, diagnostics: readonly Diagnostic[], lang: Lang, out: string | undefined) {
  return {
    file,
    unit: r.unit,
    unitSource: r.unitSource,
    allocations: r.allocations.map((a) => ({ code: formatBudgetCode(a.code), name: a.name ?? null, amount: a.amount.toFixed(), unit: a.unit, from: a.from, source: sourceJson(a.source) })),
    changes: r.changes.map((c) => ({
      code: formatBudgetCode(c.code),
      amount: c.amount.toFixed(),
      unit: c.unit,
      transferGroup: c.transferGroup ?? null,
      text: c.text ?? null,
      source: sourceJson(c.source),
      alsoIn: c.alsoIn.map(sourceJson),
    })),
    assignments: r.assignments.map((a) => ({
      id: a.id,
      otherIds: a.otherIds,
      title: a.title,
      deadline: iso(a.deadline),
      deadlineText: a.deadlineText,
      revised: a.revised,
      status: a.status,
      responsible: a.responsible ?? null,
      parts: a.parts.map((p) => ({ part: p.part, title: p.title, deadline: iso(p.deadline), deadlineText: p.deadlineText })),
      source: sourceJson(a.source),
    })),
    reporting: r.reporting.map((x) => ({ what: x.what, deadline: iso(x.deadline), deadlineText: x.deadlineText, source: sourceJson(x.source) })),
    diagnostics: diagnosticsJson(diagnostics, lang),
    ...(out ? { out } : {}),
  };
}

function where(s: LetterSource, lang: Lang): string {
  return formatMessage(s.page === undefined ? "LR-CLI-WHERE" : "LR-CLI-WHERE-PAGE", { page: s.page ?? 0, paragraph: s.paragraph }, lang);
}

function readingText(file: string, r: LetterReading, lang: Lang): string {
  const unitSourceText = formatMessage(`LR-CLI-UNIT-${r.unitSource.toUpperCase()}`, {}, lang);
  const out: string[] = [formatMessage("LR-CLI-HEAD", { file, unit: r.unit ? formatMessage(`LR-CLI-UNIT-LABEL-${UNITS.indexOf(r.unit)}`, {}, lang) : "–", source: unitSourceText }, lang)];
  const amount = (v: Parameters<typeof formatAmount>[0]) => (v.isPositive() && !v.isZero() ? "+" : "") + formatAmount(v);
  out.push("", formatMessage("LR-CLI-ALLOCATIONS", { count: r.allocations.length }, lang));
  if (r.allocations.length > 0) out.push(alignColumns(r.allocations.map((a) => [formatBudgetCode(a.code), formatAmount(a.amount), a.name ?? "", where(a.source, lang)]), new Set([1])));
  out.push("", formatMessage("LR-CLI-CHANGES", { count: r.changes.length }, lang));
  if (r.changes.length > 0) out.push(alignColumns(r.changes.map((c) => [formatBudgetCode(c.code), amount(c.amount), c.transferGroup ?? "", where(c.source, lang)]), new Set([1])));
  out.push("", formatMessage("LR-CLI-ASSIGNMENTS", { count: r.assignments.length }, lang));
  const rows: string[][] = [];
  for (const a of r.assignments) {
    const deadline = a.deadline ? formatDateNorwegian(a.deadline) : formatMessage("LR-CLI-NO-DEADLINE", {}, lang);
    const status = formatMessage(a.status === "closed" ? "LR-CLI-CLOSED" : a.revised ? "LR-CLI-REVISED" : "LR-CLI-OPEN", {}, lang);
    rows.push([a.id, a.title, deadline, status]);
    for (const p of a.parts) rows.push([`  ${p.part}`, p.title, p.deadline ? formatDateNorwegian(p.deadline) : "–", ""]);
  }
  if (rows.length > 0) out.push(alignColumns(rows));
  if (r.reporting.length > 0) {
    out.push("", formatMessage("LR-CLI-REPORTING", { count: r.reporting.length }, lang));
    out.push(alignColumns(r.reporting.map((x) => [x.what, x.deadline ? formatDateNorwegian(x.deadline) : (x.deadlineText ?? "–")])));
  }
  return out.join("\n");
}

export async function runReadLetter(ctx: CommandContext): Promise<number> {
  const { io, lang, options, file } = ctx;
  const json = options.json === true;
  const unitOption = choiceOption(options.unit, "unit", ["auto", ...UNITS] as const, "auto");
  if (!unitOption.ok) return fail(io, unitOption.diagnostic, lang, json, "read-letter");
  const opened = await readLetterFile(file);
  if (!opened.ok) return fail(io, opened.diagnostic, lang, json);
  const unit: Unit | undefined = unitOption.value === "auto" ? undefined : unitOption.value;
  const reading = readLetter(opened.document, unit ? { unit } : {});
  const diagnostics: Diagnostic[] = [...reading.diagnostics];
  const nothing = reading.allocations.length + reading.changes.length + reading.assignments.length === 0;
  if (nothing) diagnostics.push(diagnostic("warning", "LR-NOTHING-FOUND"));
  const outPath = typeof options.out === "string" ? options.out : undefined;
  if (outPath) {
    const written = await writeLetterWorkbook(reading, file, outPath);
    if (!written.ok) return fail(io, written.diagnostic, lang, json, "read-letter");
  }
  if (json) printJson(io, readingJson(file, reading, diagnostics, lang, outPath));
  else {
    const parts = [readingText(file, reading, lang)];
    if (diagnostics.length > 0) parts.push("", diagnosticsText(diagnostics, lang));
    if (outPath) parts.push("", formatMessage("LR-CLI-WROTE", { file: outPath }, lang));
    parts.push(summaryText(diagnostics, lang));
    io.out(`${parts.join("\n")}\n`);
  }
  return hasErrors(diagnostics) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
