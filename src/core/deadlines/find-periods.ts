// Deadlines written as a period rather than a day: "juni 2026", "Q3 2026", "3. kvartal 2026",
// "2. kvartal", "1. tertial 2026", "2. halvår", "ultimo august", "medio mai 2026", "uke 40",
// "i løpet av 2026", "høsten 2026".
// Each is read to the last day of the period ("medio" is the 15th; a week is its Friday, the last
// working day) and carries the rule used, so every output can mark the day as approximate.
// "primo mai" (early May) has no such last day: it is found, and parse-deadline refuses it.
// "utgangen av ..." is not here: it names the last day itself (find-dates, exact).
import type { DateCandidate, PeriodRule } from "./find-dates";

// Month words as letters write them, with the month each names (abbreviations with or without a dot).
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
};
const MONTH_WORDS = Object.keys(MONTHS);
const MONTH = `(${[...MONTH_WORDS].sort((a, b) => b.length - a.length).join("|")})(?!\\p{L})\\.?`;
const YEAR = "(?:(?:,? ?|-|/)(\\d{4})(?!\\p{N}))?";
const ORDINAL = "(første|andre|tredje|fjerde|siste)";

const QUARTER = new RegExp(`(?<![\\p{L}\\p{N}])(?:q(\\d)|(\\d)\\.? ?(?:kvartal(?:et)?|kv\\.)|${ORDINAL} kvartal(?:et)?)(?!\\p{L})${YEAR}`, "gu");
const TERTIAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d)\\.? ?tertial(?:et)?|${ORDINAL} tertial(?:et)?)(?!\\p{L})${YEAR}`, "gu");
const HALF = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d)\\.? ?halvår(?:et)?|${ORDINAL} halvår(?:et)?)(?!\\p{L})${YEAR}`, "gu");
const MARKED_MONTH = new RegExp(`(?<!\\p{L})(ultimo|medio|primo|midten av|begynnelsen av|starten av) ${MONTH}${YEAR}`, "gu");
// Not after a day ("1. april 2025" is a day; "VSK3. juli 2024" is no deadline).
const MONTH_YEAR = new RegExp(`(?<!\\p{N}\\.? ?)(?<![\\p{L}\\p{N}])${MONTH} (\\d{4})(?!\\p{N})`, "gu");
// A month alone only as the whole cell ("juni", "innen juni"): in running text it is too often no deadline.
const MONTH_CELL = new RegExp(`^(?:innen |i løpet av |i |frist:? )?${MONTH}$`, "u");
// "i løpet av 2026", "innen 2026", "ultimo 2026": the year; "våren 2026", "høsten 2026": the
// spring and autumn terms as Norwegian planning uses them (to 30 June and 31 December).
const YEAR_ONLY = /(?<!\p{L})(i løpet av|innen|ultimo) (\d{4})(?![\p{N}./-]\p{N}|\p{N})/gu;
const TERM = /(?<!\p{L})(vår|våren|høst|høsten) (\d{4})(?!\p{N})/gu;
const WEEK = /(?<!\p{L})(?:uke|veke|week)(?: nr\.?)? ?(\d{1,2})(?:(?: ?[-–] ?| til )(\d{1,2}))?(?!\p{N})(?:(?:,? |\/|-)(\d{4})(?!\p{N}))?/gu;

const ORDINALS: Record<string, number> = { første: 1, andre: 2, tredje: 3, fjerde: 4 };

function monthOf(word: string): number {
  return MONTHS[word.replace(/\.$/, "")] ?? NaN;
}

/** The last month of the n-th period of `length` months ("siste" = the last one); NaN when there is none. */
function endMonth(n: number, ordinal: string | undefined, length: number): number {
  const count = 12 / length;
  const which = ordinal === "siste" ? count : ordinal ? (ORDINALS[ordinal] ?? 0) : n;
  return which >= 1 && which <= count ? which * length : NaN;
}

export function findPeriodCandidates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (m: RegExpMatchArray, rule: PeriodRule, year: string | undefined, month: number, day: number | "last", week?: number): void => {
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, text: m[0].trim(), form: "period", year: year ? Number(year) : null, month, day, rule, ...(week === undefined ? {} : { week }) });
  };
  for (const m of text.matchAll(QUARTER)) add(m, "quarter", m[4], endMonth(Number(m[1] ?? m[2]), m[3], 3), "last");
  for (const m of text.matchAll(TERTIAL)) add(m, "tertial", m[3], endMonth(Number(m[1]), m[2], 4), "last");
  for (const m of text.matchAll(HALF)) add(m, "half-year", m[3], endMonth(Number(m[1]), m[2], 6), "last");
  for (const m of text.matchAll(MARKED_MONTH)) {
    const marker = m[1];
    const rule: PeriodRule = marker === "ultimo" ? "ultimo" : marker === "medio" || marker === "midten av" ? "medio" : "primo";
    add(m, rule, m[3], monthOf(m[2]), rule === "medio" ? 15 : rule === "primo" ? 1 : "last");
  }
  for (const m of text.matchAll(MONTH_YEAR)) add(m, "month", m[2], monthOf(m[1]), "last");
  const cell = MONTH_CELL.exec(text);
  if (cell) add(cell, "month", undefined, monthOf(cell[1]), "last");
  for (const m of text.matchAll(YEAR_ONLY)) add(m, m[1] === "ultimo" ? "ultimo" : "year", m[2], 12, "last");
  for (const m of text.matchAll(TERM)) add(m, "term", m[2], m[1].startsWith("vår") ? 6 : 12, "last");
  for (const m of text.matchAll(WEEK)) add(m, "week", m[3], NaN, "last", Math.max(Number(m[1]), Number(m[2] ?? 0)));
  return out;
}
