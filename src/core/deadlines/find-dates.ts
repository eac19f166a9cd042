// Finding the dates people write in allocation letters and in sheets, in free text: "Frist:
// 1. april 2025.", "innen 31. mai 2026", "01.04.2025", "1.4.25", "2025-04-01", "25. sep.", "per 31.08",
// "ny frist settes til utgangen av 2025", "utgangen av 1. tertial 2025". The finder reports
// candidates with their parts as written; deciding which one is the deadline, filling in a
// missing year and checking that the day exists is parse-deadline's job.
import { findPeriodCandidates } from "./find-periods";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./format-date";

export type DateForm = "serial" | "iso" | "numeric" | "month-name" | "end-of-period" | "period";

/**
 * How a period was read as a day (find-periods): the last day of the month ("juni 2026"),
 * quarter, tertial, half year or year; a spring or autumn term ("våren", "høsten") to 30 June or
 * 31 December; "ultimo" the last day of the month; "medio" the 15th; a week
 * its Friday. "primo" (early in a month) has no rule: it is refused.
 */
export type PeriodRule = "month" | "quarter" | "tertial" | "half-year" | "year" | "term" | "ultimo" | "medio" | "week" | "primo";

export interface DateCandidate {
  /** Position in the normalised (lower-case, single-spaced) text. */
  readonly index: number;
  readonly end: number;
  /** The matched words, as found in the normalised text. */
  readonly text: string;
  readonly form: DateForm;
  /** null when the text gives no year ("25. sep.", "utgangen av mars"). */
  readonly year: number | null;
  /** 1–12, or NaN when the words name no real month or period (a 5. tertial). */
  readonly month: number;
  /** The day as written; "last" for the end of a month, tertial, quarter or year. */
  readonly day: number | "last";
  /** Set when the text names a period, not a day: the day is approximate. */
  readonly rule?: PeriodRule;
  /** An ISO week number ("uke 40"): the day is that week's Friday. */
  readonly week?: number;
}

const monthWords = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS, "sept"].filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => b.length - a.length);
const MONTH = `(${monthWords.join("|")})(?!\\p{L})\\.?`;
// Not glued to a letter, digit or another date separator on the left.
const START = "(?<![\\p{L}\\p{N}.,/-])";
// Not followed by more digits, or by a separator and a digit (a version number, an amount).
const STOP = "(?!\\p{N}|[.,/-]\\p{N})";

const ISO = new RegExp(`${START}(\\d{4})-(\\d{1,2})-(\\d{1,2})${STOP}`, "gu");
const NUMERIC = new RegExp(`${START}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${STOP}`, "gu");
// "31.08" with no year: only a whole cell (Norwegian Excel turns a typed "1.5" into 1 May) or
// after a word that announces a date ("per 31.08", "innen 1.9."), never inside other text.
const DAY_MONTH_CELL = /^(\d{1,2})\.(\d{1,2})\.?$/u;
const DAY_MONTH_AFTER_WORD = new RegExp(`(?<!\\p{L})(?:per|innen|frist:?) (\\d{1,2})\\.(\\d{1,2})\\.?${STOP}`, "gu");
const MONTH_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.? ?${MONTH}(?:,? ?(\\d{4})(?!\\p{N}))?`, "gu");
const PERIOD = "(tertial|kvartal|halvår)(?:et)?";
const END_OF = new RegExp(
  `(?<!\\p{L})(?:utgangen|slutten|enden) av (?:(?:(\\d)\\.?|(første|andre|tredje|fjerde|siste)) ?${PERIOD}(?: (\\d{4})(?!\\p{N}))?` +
    `|${MONTH}(?: (\\d{4})(?!\\p{N}))?|(året(?!\\p{L})|\\d{4}(?!\\p{N})))`,
  "gu",
);

const ORDINALS: Record<string, number> = { første: 1, andre: 2, tredje: 3, fjerde: 4 };
const PERIOD_MONTHS: Record<string, number> = { tertial: 4, kvartal: 3, halvår: 6 };

/** 1–12 for a month word ("mars", "sep", "sept"). */
export function monthNumber(word: string): number {
  const w = word.replace(/\.$/, "");
  const full = (MONTH_NAMES as readonly string[]).indexOf(w);
  if (full >= 0) return full + 1;
  if (w === "sept") return 9;
  return (MONTH_ABBREVIATIONS as readonly string[]).indexOf(w) + 1;
}

/** Two-digit years are this century's: budget letters are written after 2000. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The last month of the n-th tertial / quarter / half year; NaN when there is no such period. */
function endMonthOfPeriod(n: number, period: string, ordinalWord: string | undefined): number {
  const length = PERIOD_MONTHS[period];
  const count = 12 / length;
  const which = ordinalWord === "siste" ? count : n;
  return which >= 1 && which <= count ? which * length : NaN;
}

/** Every date written in `text` (already normalised: lower-case, single spaces), left to right, without overlaps. */
export function findDateCandidates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (m: RegExpExecArray, form: DateForm, year: number | null, month: number, day: number | "last"): void => {
    found.push({ index: m.index, end: m.index + m[0].length, text: m[0].trim(), form, year, month, day });
  };
  for (const m of text.matchAll(ISO)) add(m, "iso", Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(NUMERIC)) add(m, "numeric", fullYear(m[4]), Number(m[3]), Number(m[1]));
  const cell = DAY_MONTH_CELL.exec(text);
  if (cell) add(cell, "numeric", null, Number(cell[2]), Number(cell[1]));
  for (const m of text.matchAll(DAY_MONTH_AFTER_WORD)) add(m, "numeric", null, Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(MONTH_NAME)) add(m, "month-name", m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1]));
  for (const m of text.matchAll(END_OF)) {
    const [, periodNumber, ordinal, period, periodYear, month, monthYear, yearOrThis] = m;
    if (period) {
      const n = periodNumber ? Number(periodNumber) : (ORDINALS[ordinal] ?? 0);
      add(m, "end-of-period", periodYear ? Number(periodYear) : null, endMonthOfPeriod(n, period, ordinal), "last");
    } else if (month) {
      add(m, "end-of-period", monthYear ? Number(monthYear) : null, monthNumber(month), "last");
    } else {
      add(m, "end-of-period", yearOrThis === "året" ? null : Number(yearOrThis), 12, "last");
    }
  }
  found.push(...findPeriodCandidates(text));
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateCandidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (!last || c.index >= last.end) out.push(c);
  }
  return out;
}

const REVISION_MARKER = /(?:ny|nye|revidert|endret|forlenget|utsatt) frist|(?:utsatt|forlenget|endret|flyttet) til/g;

/**
 * Where a revision in the same text starts ("Frist 1. april 2025, ny frist 1. juni 2025"):
 * the end of the last marker, or -1 when the text names no revision.
 */
export function revisionStart(text: string): number {
  let end = -1;
  for (const m of text.matchAll(REVISION_MARKER)) end = m.index + m[0].length;
  return end;
}
