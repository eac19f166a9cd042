// Which column a table's amounts are read from, by meaning: the column the user names
// (--amount-column "HEADER"); in a change table, the allocation before the change; otherwise the
// column of the budget year in force ("Forslag 2026" for 2026, never "Regnskap 2024"), the current
// total ("Samlet tildeling") over the original ("Opprinnelig tildeling"), and never a hidden column
// over a visible one. A choice made by a rule is said in a note naming the rule and the others;
// when more than one column remains, the first is read and a warning names it and the others.
import type { FactSource } from "../use-cases/facts";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { formatMessage } from "../i18n/catalog";
import { headerKey } from "../sheet/text";

export interface AmountCandidate {
  /** 0-based grid column. */
  readonly col: number;
  /** The header as written. */
  readonly label: string;
  /** The role the header matched ("before", "amount", "after", "change"), or "" for an unmatched header. */
  readonly role: string;
  readonly hidden: boolean;
  /** The header cell: `Tildeling!E4`. */
  readonly cell: string;
}

export type AmountColumnWhy = "option" | "only-one" | "year" | "current" | "visible" | "before" | "accounts" | "first";

export interface AmountColumnDecision {
  readonly column: AmountCandidate | null;
  readonly source: FactSource;
  readonly why: AmountColumnWhy;
  /** The other amount columns that could have been taken. */
  readonly alternatives: readonly AmountCandidate[];
  /** The column the user asked for, when no header matches it (the table is then not read). */
  readonly missing: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface AmountColumnOptions {
  /** The roles that hold amounts, most wanted first (an allocation: before, amount, after). */
  readonly roles: readonly string[];
  /** The header the user named: matched by normalised words, exactly first, then as a part. */
  readonly asked?: string;
  /** The budget year in force, and where it came from. */
  readonly year?: number | null;
  readonly yearSource?: FactSource;
  /** The table lists changes (it has an «Endring» column): its allocation is the one before the change. */
  readonly changeTable?: boolean;
  readonly lang?: "nb" | "en";
}

/** Normalised words of a header: case, punctuation and spaces do not matter. */
export function headerWords(text: string): string {
  return headerKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
const ACCOUNTS = /^regnskap\b|\bregnskap\b/;
const CURRENT = /\b(samlet|samla|ny|nytt|revidert|justert|etter|gjeldende|disponibel)\b/;
const ORIGINAL = /\b(opprinnelig|opphavleg|før)\b/;

function yearsOf(label: string): number[] {
  return [...label.matchAll(YEAR)].map((m) => Number(m[1]));
}

function others(all: readonly AmountCandidate[], chosen: AmountCandidate | null): AmountCandidate[] {
  return all.filter((c) => c.col !== chosen?.col);
}

function quoted(list: readonly AmountCandidate[]): string {
  return list.map((c) => `«${c.label}»`).join(", ");
}

/** Find the header the user named among every header cell of the table. */
function askedColumn(all: readonly AmountCandidate[], asked: string): AmountCandidate | null {
  const want = headerWords(asked);
  if (want === "") return null;
  return all.find((c) => headerWords(c.label) === want) ?? all.find((c) => headerWords(c.label).includes(want)) ?? null;
}

/**
 * Choose the amount column among `headers` (every header cell of the table, with its role).
 * Never throws; a column the user named that is not there is `missing` with an error.
 */
export function chooseAmountColumn(headers: readonly AmountCandidate[], options: AmountColumnOptions): AmountColumnDecision {
  const lang = options.lang ?? "nb";
  const candidates = options.roles.flatMap((role) => headers.filter((c) => c.role === role));
  const done = (column: AmountCandidate | null, why: AmountColumnWhy, source: FactSource, diagnostics: Diagnostic[] = []): AmountColumnDecision => ({
    column,
    source,
    why,
    alternatives: others(candidates, column),
    missing: null,
    diagnostics,
  });

  if (options.asked !== undefined && options.asked.trim() !== "") {
    const found = askedColumn(headers, options.asked);
    if (!found) {
      const cell = headers[0]?.cell ?? "";
      const d = diagnostic("error", "ALLOC-AMOUNT-COLUMN-UNKNOWN", { column: options.asked, cell, columns: quoted(headers) }, { cell });
      return { column: null, source: "option", why: "option", alternatives: candidates, missing: options.asked, diagnostics: [d] };
    }
    return done(found, "option", "option");
  }
  if (candidates.length === 0) return done(null, "only-one", "only-one");
  if (candidates.length === 1) {
    const only = candidates[0];
    // A hidden amount column that is the only one is still read, but the user is told.
    return done(only, "only-one", "only-one");
  }

  const note = (column: AmountCandidate, why: AmountColumnWhy, severity: "info" | "warning", params: Record<string, string | number> = {}): Diagnostic =>
    diagnostic(
      severity,
      "ALLOC-AMOUNT-COLUMN",
      { column: column.label, others: quoted(others(candidates, column)), why: formatMessage(`ALLOC-AMOUNT-COLUMN-WHY-${why.toUpperCase()}`, params, lang) },
      { cell: column.cell },
    );

  // A change table read as an allocation: the allocation before the change (the old rule).
  if (options.changeTable) {
    const column = candidates[0];
    return done(column, column.role === "before" ? "before" : "first", "header", [note(column, column.role === "before" ? "before" : "first", "info")]);
  }

  let left = [...candidates];
  const reasons: AmountColumnWhy[] = [];
  const narrow = (keep: (c: AmountCandidate) => boolean, why: AmountColumnWhy) => {
    const kept = left.filter(keep);
    if (kept.length > 0 && kept.length < left.length) {
      left = kept;
      reasons.push(why);
    }
  };
  narrow((c) => !c.hidden, "visible");
  const year = options.year ?? null;
  if (year !== null) narrow((c) => yearsOf(c.label).includes(year), "year");
  // Accounts (regnskap) are what was spent, never an allocation, when a budget column is there.
  narrow((c) => !ACCOUNTS.test(headerWords(c.label)), "accounts");
  const hasCurrent = left.some((c) => CURRENT.test(headerWords(c.label)));
  if (hasCurrent) narrow((c) => !ORIGINAL.test(headerWords(c.label)) || CURRENT.test(headerWords(c.label)), "current");
  if (hasCurrent && left.length > 1) narrow((c) => CURRENT.test(headerWords(c.label)), "current");

  const column = left[0];
  const source: FactSource = reasons.includes("year") ? (options.yearSource ?? "header") : "header";
  const why: AmountColumnWhy = left.length > 1 ? "first" : (reasons.find((r) => r !== "accounts") ?? reasons[0] ?? "first");
  // A guess: several columns remain, or the year that chose was only today's.
  const guess = left.length > 1 || why === "first" || (why === "year" && options.yearSource === "today");
  return done(column, why, source, [note(column, why, guess ? "warning" : "info", { year: year ?? "" })]);
}
