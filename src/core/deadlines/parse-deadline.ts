// One deadline cell (or one sentence of a letter) -> a calendar day, "no deadline", text that is
// not a date, or an unreadable deadline with the reason. Never throws: every way a value can fail
// to be a date is a diagnostic the user can act on, and the text is kept so it can be shown.
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type CellValue, isCellError } from "../grid";
import { normalizeSpaces } from "../sheet/text";
import { type CalendarDate, calendarDate, daysInMonth, fridayOfIsoWeek } from "./calendar-date";
import { FAKE_LEAP_DAY_SERIAL, isDateFormat, serialToDate } from "./excel-serial";
import { type DateCandidate, type DateForm, type PeriodRule, findDateCandidates, revisionStart } from "./find-dates";
import { formatDateNorwegian } from "./format-date";

export type DeadlineKind =
  /** A calendar day. */
  | "date"
  /** Blank, or an explicit "ingen frist" / "–". */
  | "none"
  /** Text that names no date ("i forbindelse med årsrapporten"): shown as written, as "no date". */
  | "text"
  /** Meant as a date but cannot be read: 31.02.2025, a day without a year, a number without a date format. */
  | "unreadable";

export interface DeadlineParse {
  readonly kind: DeadlineKind;
  /** Set exactly when kind is "date". */
  readonly date: CalendarDate | null;
  /** The value as written (numbers as JavaScript prints them). */
  readonly text: string;
  /** How the date was written, when one was found. */
  readonly form: DateForm | null;
  /** Why the value is not a plain date, or how it was read; no cell yet (readers add it). */
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the text names a period ("juni 2026", "uke 40"): the rule that made it a day. */
  readonly approximate?: PeriodRule;
}

export interface DeadlineContext {
  /** The year for a day and month written without one ("25. sep."), such as the budget year. */
  readonly defaultYear?: number;
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
}

const NO_DEADLINE_WORDS = /^(?:ingen(?: frist)?|ikke (?:aktuelt|relevant)|n\/a|-+|–|—|x)$/;
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

function result(kind: DeadlineKind, text: string, extra: Partial<Omit<DeadlineParse, "kind" | "text">> = {}): DeadlineParse {
  const out = { kind, text, date: extra.date ?? null, form: extra.form ?? null, diagnostics: extra.diagnostics ?? [] };
  return extra.approximate === undefined ? out : { ...out, approximate: extra.approximate };
}

/**
 * Read a deadline from a cell value and its number format. A number is a date only when its
 * format is a date format (see isDateFormat); Grid cells never hold Date objects (adapters pass
 * Excel serials with a date format).
 */
export function parseDeadline(value: CellValue | undefined, format?: string | null, context: DeadlineContext = {}): DeadlineParse {
  if (value === null || value === undefined) return result("none", "");
  if (isCellError(value)) {
    return result("unreadable", value.error, { diagnostics: [diagnostic("warning", "CELL-ERROR", {}, { text: value.error })] });
  }
  if (typeof value === "boolean") {
    const text = value ? "TRUE" : "FALSE";
    return result("unreadable", text, { diagnostics: [diagnostic("warning", "DL-NOT-A-DATE-VALUE", {}, { text })] });
  }
  if (typeof value === "number") return parseNumber(value, String(value), format, context);
  if (typeof value !== "string") return result("unreadable", String(value), { diagnostics: [diagnostic("warning", "DL-NOT-A-DATE-VALUE", {}, { text: String(value) })] });
  return parseDeadlineText(value, context);
}

function parseNumber(value: number, text: string, format: string | null | undefined, context: DeadlineContext): DeadlineParse {
  if (isDateFormat(format)) {
    const serial = serialToDate(value, context.date1904);
    if (serial.ok) return result("date", text, { date: serial.date, form: "serial" });
    const code = serial.reason === "fake-leap-day" ? "DL-SERIAL-LEAP-DAY" : "DL-SERIAL-RANGE";
    return result("unreadable", text, { form: "serial", diagnostics: [diagnostic("warning", code, {}, { text })] });
  }
  // A plain number in a deadline column is most often a date whose format was lost (pasted as
  // values, or a CSV): say which day it would be, but do not guess it into a deadline.
  const asSerial = Number.isInteger(value) && value !== FAKE_LEAP_DAY_SERIAL ? serialToDate(value, context.date1904) : null;
  if (asSerial?.ok) {
    const asDate = formatDateNorwegian(asSerial.date, "numeric");
    return result("unreadable", text, { diagnostics: [diagnostic("warning", "DL-NUMBER-NOT-DATE", { asDate }, { text })] });
  }
  return result("unreadable", text, { diagnostics: [diagnostic("warning", "DL-NOT-A-DATE-VALUE", {}, { text })] });
}

/** Read a deadline from text: a cell ("1. april 2025") or a sentence ("ny frist settes til utgangen av 2025"). */
export function parseDeadlineText(raw: string, context: DeadlineContext = {}): DeadlineParse {
  const text = normalizeSpaces(raw);
  if (text === "") return result("none", "");
  const lower = text.toLowerCase();
  if (NO_DEADLINE_WORDS.test(lower)) return result("none", text);
  const candidates = findDateCandidates(lower);
  if (candidates.length === 0) {
    if (NUMBER_TEXT.test(lower)) return parseNumber(Number(lower.replace(",", ".")), text, null, context);
    return result("text", text, { diagnostics: [diagnostic("info", "DL-NOT-A-DATE", {}, { text })] });
  }
  const revisedFrom = revisionStart(lower);
  const afterRevision = revisedFrom >= 0 ? candidates.find((c) => c.index >= revisedFrom) : undefined;
  const chosen = afterRevision ?? candidates[0];
  const resolved = resolveCandidate(chosen, text, context);
  if (resolved.kind !== "date" || afterRevision || candidates.length === 1) return resolved;
  // Several dates and no "ny frist" to tell them apart: the first is the deadline; say so.
  const others = candidates.slice(1).map((c) => resolveCandidate(c, text, context).date);
  const chosenDate = resolved.date as CalendarDate;
  const differs = others.some((d) => d === null || formatDateNorwegian(d) !== formatDateNorwegian(chosenDate));
  if (!differs) return resolved;
  // Which date is the deadline is a guess that moves the flag: a warning.
  const note = diagnostic("warning", "DL-SEVERAL-DATES", { date: formatDateNorwegian(chosenDate) }, { text });
  return { ...resolved, diagnostics: [...resolved.diagnostics, note] };
}

function resolveCandidate(c: DateCandidate, text: string, context: DeadlineContext): DeadlineParse {
  const diagnostics: Diagnostic[] = [];
  if (c.rule === "primo") {
    // "primo mai" is early May: no last day to read it to, so no day is guessed.
    return result("unreadable", text, { form: c.form, diagnostics: [diagnostic("warning", "DL-PERIOD-START", { period: c.text }, { text })] });
  }
  let year = c.year;
  if (year === null) {
    if (context.defaultYear === undefined) {
      return result("unreadable", text, { form: c.form, diagnostics: [diagnostic("warning", "DL-NO-YEAR", { date: c.text }, { text })] });
    }
    year = context.defaultYear;
  }
  const date = c.week !== undefined ? fridayOfIsoWeek(year, c.week) : calendarDate(year, c.month, c.day === "last" ? lastDay(year, c.month) : c.day);
  if (!date) {
    return result("unreadable", text, { form: c.form, diagnostics: [diagnostic("warning", "DL-INVALID-DATE", { date: c.text }, { text })] });
  }
  if (c.year === null) {
    // The year changes the day: a warning that says which year was taken and why.
    diagnostics.push(diagnostic("warning", "DL-YEAR-FROM-CONTEXT", { date: c.text, year }, { text }));
  }
  if (c.rule !== undefined) {
    diagnostics.push(diagnostic("warning", "DL-PERIOD-READ", { period: c.text, date: formatDateNorwegian(date) }, { text }));
    return result("date", text, { date, form: c.form, diagnostics, approximate: c.rule });
  }
  return result("date", text, { date, form: c.form, diagnostics });
}

function lastDay(year: number, month: number): number {
  return Number.isInteger(month) && month >= 1 && month <= 12 ? daysInMonth(year, month) : NaN;
}
