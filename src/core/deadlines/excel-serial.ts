// Excel stores a date as a number (a serial) and shows it as a date only through the cell's
// number format. Grid cells never hold JavaScript Date objects: an adapter that reads a Date
// (exceljs does) must hand the engine the serial (dateToSerial) and a date format, so that every
// face gives the engine the same thing Office.js gives it.
//
// The 1900 date system counts 1900-01-01 as serial 1 and, copying Lotus 1-2-3, pretends that
// 29 February 1900 existed (serial 60). Serials from 61 on are therefore one day "ahead" of a
// plain count, and serial 60 names a day that never was. The 1904 system (old Mac workbooks)
// counts 1904-01-01 as serial 0 and has no such quirk.
import { type CalendarDate, MAX_YEAR, dayNumber, fromDayNumber } from "./calendar-date";

/** Excel's fake leap day in the 1900 date system. */
export const FAKE_LEAP_DAY_SERIAL = 60;

const DAY_1899_12_30 = dayNumber({ year: 1899, month: 12, day: 30 });
const DAY_1899_12_31 = dayNumber({ year: 1899, month: 12, day: 31 });
const DAY_1904_01_01 = dayNumber({ year: 1904, month: 1, day: 1 });

export type SerialResult =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly reason: "range" | "fake-leap-day" };

/** The calendar day of a serial; a fraction (the time of day) is dropped. */
export function serialToDate(serial: number, date1904 = false): SerialResult {
  if (!Number.isFinite(serial)) return { ok: false, reason: "range" };
  const whole = Math.floor(serial);
  let n: number;
  if (date1904) {
    if (whole < 0) return { ok: false, reason: "range" };
    n = DAY_1904_01_01 + whole;
  } else {
    if (whole < 1) return { ok: false, reason: "range" };
    if (whole === FAKE_LEAP_DAY_SERIAL) return { ok: false, reason: "fake-leap-day" };
    n = (whole < FAKE_LEAP_DAY_SERIAL ? DAY_1899_12_31 : DAY_1899_12_30) + whole;
  }
  const date = fromDayNumber(n);
  return date.year > MAX_YEAR ? { ok: false, reason: "range" } : { ok: true, date };
}

/** The serial Excel stores for a calendar day (what an adapter writes, with a date format). */
export function dateToSerial(d: CalendarDate, date1904 = false): number {
  const n = dayNumber(d);
  if (date1904) return n - DAY_1904_01_01;
  const serial = n - DAY_1899_12_30;
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

/** The first section of a format (before an unquoted ';'), with quoted text, escapes, fills and [..] removed. */
function formatTokens(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      // [h], [mm], [ss] are elapsed-time tokens: keep a time marker so "[h]:mm" is not read as a month.
      if (end > 0 && /^(h+|m+|s+)$/i.test(format.slice(i + 1, end))) out += "h";
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // the next character is a literal, a padding width or a fill
    } else {
      out += ch;
    }
  }
  return out.toLowerCase();
}

/**
 * True when a number format shows a number as a date: it has day, month or year tokens outside
 * quotes and brackets. "General", "0", "#,##0", "0.00E+00", and time-only formats ("h:mm",
 * "mm:ss", where m means minutes) are not dates. Used by every adapter to tell a deadline from
 * an amount.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const tokens = formatTokens(format).replace(/am\/pm|a\/p/g, "");
  const t = tokens.trim();
  if (t === "general" || t === "standard" || t === "@") return false;
  if (/[dy]/.test(t)) return true;
  // "m" alone is a month ("mmm"), but beside hours or seconds it means minutes.
  return /m/.test(t) && !/[hs]/.test(t);
}
