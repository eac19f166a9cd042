// How deadlines are written back to Norwegian readers: "1. april 2025" in letters and
// "01.04.2025" in tables.
import type { CalendarDate } from "./calendar-date";

/** Month names as written in Bokmål, January first. */
export const MONTH_NAMES = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
] as const;

/** The usual abbreviations, January first (written with or without a trailing dot). */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"] as const;

export type DateStyle = "long" | "numeric";

/** "1. april 2025" (long, the default) or "01.04.2025" (numeric). */
export function formatDateNorwegian(d: CalendarDate, style: DateStyle = "long"): string {
  if (style === "numeric") {
    return `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
  }
  return `${d.day}. ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}
