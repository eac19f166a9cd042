// A table row that lost its cells: "351/70 57 625   1 000  58 625" is what a PDF or an e-mail
// leaves of `351/70 | 57 625 | 1 000 | 58 625`. The space is both the thousands separator and the
// cell gap, so the digit groups can be joined several ways ("57 625 1 000 58 625" could also be
// 57 / 625 1 000 / 58 625 …). A way is taken only when it is the one way the row adds up
// (before + change = after), or when the gaps make it the one way; otherwise the row is refused.
import Decimal from "decimal.js";
import { add } from "../amounts/exact";

export interface NumberRowOptions {
  /** How many amounts the row holds. */
  readonly count: number;
  /** Which of them are before, change and after, when the table has all three. */
  readonly sum?: { readonly before: number; readonly change: number; readonly after: number };
}

export type NumberRowResult =
  | { readonly ok: true; readonly values: Decimal[] }
  | { readonly ok: false; readonly reason: "no-split" | "ambiguous" };

interface Token {
  readonly digits: string;
  readonly negative: boolean;
  /** Spaces before the token in the raw text (0 for the first). */
  readonly gap: number;
}

const TOKEN = /([-\u2212\u2013]?)\s?(\d+)/gu;

/** The digit runs of the numeric tail, with their signs and the width of the gap before each. */
export function numberTokens(text: string): Token[] | null {
  const out: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const between = text.slice(last, m.index);
    if (between.trim() !== "") return null;
    out.push({ digits: m[2], negative: m[1] !== "", gap: out.length === 0 ? 0 : between.length });
    last = m.index + m[0].length;
  }
  if (text.slice(last).trim() !== "") return null;
  return out;
}

/** Every way to join the tokens into `count` numbers: each a lead run, then runs of exactly three digits. */
function splits(tokens: readonly Token[], count: number): Token[][][] {
  const out: Token[][][] = [];
  const walk = (start: number, acc: Token[][]): void => {
    if (acc.length === count) {
      if (start === tokens.length) out.push(acc);
      return;
    }
    for (let end = start + 1; end <= tokens.length; end++) {
      const group = tokens.slice(start, end);
      const [lead, ...rest] = group;
      if (rest.some((t) => t.digits.length !== 3 || t.negative)) break;
      // A number's lead run has no leading zero (0 alone is a number).
      if (lead.digits.length > 1 && lead.digits.startsWith("0")) break;
      if (rest.length > 0 && lead.digits.length > 3) break;
      walk(end, [...acc, group]);
    }
  };
  walk(0, []);
  return out;
}

function valueOf(group: readonly Token[]): Decimal {
  const v = new Decimal(group.map((t) => t.digits).join(""));
  return group[0].negative ? v.negated() : v;
}

/** The widest gaps a split puts between its numbers, smallest first: a split that cuts at wide gaps reads like cells. */
function cutsAtWideGaps(split: readonly (readonly Token[])[]): boolean {
  const inside = split.flatMap((g) => g.slice(1).map((t) => t.gap));
  const between = split.slice(1).map((g) => g[0].gap);
  return inside.length === 0 || between.length === 0 || Math.min(...between) > Math.max(...inside);
}

export function splitNumberRow(text: string, options: NumberRowOptions): NumberRowResult {
  const tokens = numberTokens(text);
  if (tokens === null || tokens.length < options.count) return { ok: false, reason: "no-split" };
  let candidates = splits(tokens, options.count).map((s) => ({ split: s, values: s.map(valueOf) }));
  const sum = options.sum;
  if (sum) candidates = candidates.filter((c) => add(c.values[sum.before], c.values[sum.change]).equals(c.values[sum.after]));
  if (candidates.length === 0) return { ok: false, reason: "no-split" };
  if (candidates.length > 1) {
    const byGaps = candidates.filter((c) => cutsAtWideGaps(c.split));
    if (byGaps.length !== 1) return { ok: false, reason: "ambiguous" };
    candidates = byGaps;
  }
  return { ok: true, values: candidates[0].values };
}
