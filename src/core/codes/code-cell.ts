// A kap/post written in one cell that a spreadsheet may have turned into something else. Typing
// `760.21` stores 760.21; typing `351.70` stores 351.7, and the post's trailing zero is kept only
// by a number format that shows two decimals (`0.00`). Typing `7.60` or `1.60` may even give a
// date (July 1960, January 1960). Codes keep their written form where the cell still shows it;
// where it does not, the reading the spreadsheet most likely came from is taken and a warning
// names it, the other reading, and how to write the code so it cannot be misread.
import { formatDateNorwegian } from "../deadlines/format-date";
import { isDateFormat, serialToDate } from "../deadlines/excel-serial";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type CellValue, isCellError } from "../grid";
import type { ParseResult } from "../result";
import { type BudgetCode, formatBudgetCode, parseBudgetCode } from "./budget-code";

/** A code read from a cell, with the warning its reading needs (null when the cell showed it as written). */
export type CodeCellResult = { readonly ok: true; readonly value: BudgetCode; readonly note: Diagnostic | null } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Decimals a number format shows (`0.00` -> 2), or null when it does not fix them (General). */
function formatDecimals(format: string | undefined): number | null {
  if (!format || format === "General") return null;
  const m = /[0#]\.([0#]+)/.exec(format.replace(/"[^"]*"/g, ""));
  return m ? m[1].length : null;
}

function fail(d: Diagnostic): CodeCellResult {
  return { ok: false, diagnostic: d };
}

function withNote(text: string, note: Diagnostic | null): CodeCellResult {
  const r: ParseResult<BudgetCode> = parseBudgetCode(text);
  return r.ok ? { ok: true, value: r.value, note } : fail(r.diagnostic);
}

/** A date serial in a code cell: "7.60" typed in a Norwegian spreadsheet became 1 July 1960. */
function fromDate(value: number): CodeCellResult {
  const d = serialToDate(value);
  if (!d.ok) return fail(diagnostic("error", "KP-NOT-NUMBER", { part: String(value) }, { text: String(value) }));
  const { year, month, day } = d.date;
  // "7.60" -> 01.07.1960 (month and year); "15.3" -> 15 March (day and month).
  const probable = day === 1 ? `${month}.${String(year % 100).padStart(2, "0")}` : `${day}.${String(month).padStart(2, "0")}`;
  const shown = formatDateNorwegian(d.date, "numeric");
  const r: ParseResult<BudgetCode> = parseBudgetCode(probable);
  if (!r.ok) return fail(diagnostic("error", "KP-DATE-CELL", { date: shown, probable }, { text: shown }));
  const code = formatBudgetCode(r.value);
  return { ok: true, value: r.value, note: diagnostic("warning", "KP-DATE-CELL", { date: shown, probable: code }, { text: shown }) };
}

/** Read a code cell as the sheet shows it. Text is read as written. */
export function budgetCodeFromCell(value: CellValue, format?: string): CodeCellResult {
  if (typeof value === "string") return withNote(value, null);
  if (value === null) return withNote("", null);
  if (isCellError(value)) return fail(diagnostic("error", "CELL-ERROR", {}, { text: value.error }));
  if (typeof value === "boolean" || !Number.isFinite(value)) {
    return fail(diagnostic("error", "KP-NOT-NUMBER", { part: String(value) }, { text: String(value) }));
  }
  if (isDateFormat(format)) return fromDate(value);
  const decimals = formatDecimals(format);
  const shown = decimals !== null ? value.toFixed(decimals) : String(value);
  const dot = shown.indexOf(".");
  if (decimals === null && dot >= 0 && shown.length - dot - 1 === 1) {
    // 351.7 in a General cell: typed as 351.70 (the zero dropped) far more often than as 351.07.
    const chapter = shown.slice(0, dot);
    const digit = shown.slice(dot + 1);
    const long = `${chapter}/${digit}0`;
    const note = diagnostic("warning", "KP-NUMBER-CELL", { short: `${chapter}/0${digit}`, long, example: long }, { text: shown });
    return withNote(`${chapter}.${digit}0`, note);
  }
  return withNote(shown, null);
}
