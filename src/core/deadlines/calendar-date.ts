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

/** 1 Monday … 7 Sunday (ISO 8601). */
export function isoWeekday(d: CalendarDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The Friday of ISO week `week` of ISO year `year` (week 1 is the week with 4 January); null
 * when the year has no such week (a week 53 in a year of 52 weeks).
 */
export function fridayOfIsoWeek(year: number, week: number): CalendarDate | null {
  const jan4 = calendarDate(year, 1, 4);
  if (jan4 === null || !Number.isInteger(week) || week < 1 || week > 53) return null;
  const monday1 = dayNumber(jan4) - (isoWeekday(jan4) - 1);
  const friday = fromDayNumber(monday1 + 7 * (week - 1) + 4);
  // Week 53 exists only when the next year's week 1 starts a week later.
  const nextJan4 = calendarDate(year + 1, 1, 4);
  if (week === 53 && nextJan4 !== null && dayNumber(nextJan4) - (isoWeekday(nextJan4) - 1) <= monday1 + 7 * 52) return null;
  return calendarDate(friday.year, friday.month, friday.day);
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

// Made when first needed: loading Oslo's time-zone rules costs some 30 ms of a command's start-up.
let osloDay: Intl.DateTimeFormat | null = null;

/** Today's calendar day in Norway at the instant `now` (23:30 UTC on 22 November is already the 23rd in Oslo). */
export function todayInOslo(now: Date = new Date()): CalendarDate {
  // Oslo is never behind UTC and at most two hours ahead (CET, CEST; +0:43 before 1895), so
  // before 22:00 UTC its day is the UTC day: the time-zone rules are needed only near midnight.
  if (now.getUTCHours() < 22) return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  osloDay ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
  const parts = osloDay.formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}
