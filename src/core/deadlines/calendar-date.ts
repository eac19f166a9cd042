// A deadline is a Norwegian calendar day, not an instant: "1. april 2025" means the whole of that
// day in Oslo. Days are kept as plain {year, month, day} with no time zone, and arithmetic goes
// through a day number (days since 1970-01-01, computed with Date.UTC so no local offset or
// daylight-saving shift can move a day).

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** Years the product accepts as deadlines; Excel's own date range is 1900–9999. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A validated calendar day, or null when no such day exists (31.02, month 13, year 0). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(d: CalendarDate): number {
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC(year, ...): Date.UTC reads years 0–99 as 1900–1999.
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** `to` minus `from`, in whole days. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "2025-04-01" */
export function toIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Strict "YYYY-MM-DD" (as a CLI option or a stored setting gives it); null when it is not a real day. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const osloDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's calendar day in Norway at the instant `now` (23:30 UTC on 22 November is already the 23rd in Oslo). */
export function todayInOslo(now: Date = new Date()): CalendarDate {
  const parts = osloDay.formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}
