// Pairing the amounts of one change sentence with their codes and directions, clause by clause.
// Each amount is one candidate change. Its code is the one named in its own clause: the text
// between the amount before it and itself ("..., og post 03 med 4 mill. kroner") when the
// sentence names its codes before their amounts, or the text after it up to the next amount
// ("økes med 12 mill. kroner på post 01 og 4 mill. kroner på post 03") when it names them after
// (see chooseCodes). Exactly one code, or the amount is not read (and the caller warns, quoting it):
// two codes and one amount ("post 01 og 03 økes med 2 mill.") has no one right reading.
// Its direction is the direction word of its clause, else the sign written on the amount, else
// the last direction word before it ("økes: post 01 med 12 ... og post 03 med 4 ..."), else one
// after it in its clause ("1 mill. kroner trekkes inn fra kap. 351, post 70").
import type { BudgetCode } from "../codes/budget-code";
import type { BudgetCodeInText } from "../codes/find-in-text";
import type { AmountInText } from "./amounts-in-text";
import type { Direction, SignWord } from "./sign-words";

export interface Paired {
  readonly code: BudgetCode;
  readonly amount: AmountInText;
  readonly direction: Direction;
}

export type UnreadReason = "no-code" | "several-codes" | "no-sign" | "no-unit";

export interface Unread {
  readonly amount: AmountInText;
  readonly reason: UnreadReason;
  /** The codes the clause names, when there were several. */
  readonly codes: readonly BudgetCode[];
}

export interface Region {
  readonly start: number;
  readonly end: number;
  readonly codes: readonly BudgetCodeInText[];
  readonly amounts: readonly AmountInText[];
  readonly signs: readonly SignWord[];
}

export interface PairResult {
  readonly paired: Paired[];
  readonly unread: Unread[];
}

const within = (i: number, from: number, to: number): boolean => i >= from && i < to;

/** The part of `region` from `start` to `end`. */
export function subRegion(region: Region, start: number, end: number): Region {
  return {
    start,
    end,
    codes: region.codes.filter((c) => within(c.index, start, end)),
    amounts: region.amounts.filter((a) => within(a.index, start, end)),
    signs: region.signs.filter((s) => within(s.index, start, end)),
  };
}

export function amountEnd(a: AmountInText): number {
  return a.index + a.text.length;
}

type Mode = "leading" | "trailing";

/** The one code of each amount's clause in one reading of the sentence; null where there is not exactly one. */
function codesFor(region: Region, mode: Mode): Array<readonly BudgetCodeInText[]> {
  const { amounts, codes } = region;
  return amounts.map((amount, i) => {
    const from = i === 0 ? region.start : amountEnd(amounts[i - 1]);
    const to = i + 1 < amounts.length ? amounts[i + 1].index : region.end;
    return mode === "leading" ? codes.filter((c) => within(c.index, from, amount.index)) : codes.filter((c) => within(c.index, amountEnd(amount), to));
  });
}

const ones = (list: Array<readonly BudgetCodeInText[]>): number => list.filter((c) => c.length === 1).length;

/**
 * Codes before their amounts ("post 01 med 12 mill.") or after them ("12 mill. kroner på post 01"):
 * the reading that gives more amounts exactly one code. On a tie the usual Norwegian order, code
 * first, wins, unless a code also stands after the last amount: then the sentence can be read
 * both ways, and an amount the two readings disagree on is read only when a direction word
 * stands between its leading code and it.
 */
function chooseCodes(region: Region): Array<readonly BudgetCodeInText[]> {
  const leading = codesFor(region, "leading");
  const trailing = codesFor(region, "trailing");
  if (ones(trailing) > ones(leading)) return trailing;
  if (ones(trailing) < ones(leading) || trailing.at(-1)!.length === 0) return leading;
  // "Kap. 351, post 70 økes med 1 mill. kroner, jf. kap. 858, post 01": a direction word between
  // the code and the amount makes the code the subject of the clause.
  const subject = (code: BudgetCodeInText, i: number): boolean => region.signs.some((s) => s.index > code.index && s.index < region.amounts[i].index);
  return leading.map((l, i) => (l.length === 1 && trailing[i].length === 1 && l[0] !== trailing[i][0] && !subject(l[0], i) ? [l[0], trailing[i][0]] : l));
}

/** `given`: the code a sentence naming none is about (a letter's heading), used for a single amount. */
export function pairAmounts(region: Region, given?: BudgetCode): PairResult {
  const { amounts, codes, signs } = region;
  const paired: Paired[] = [];
  const unread: Unread[] = [];
  if (amounts.length === 0) return { paired, unread };
  const chosen = chooseCodes(region);
  amounts.forEach((amount, i) => {
    const from = i === 0 ? region.start : amountEnd(amounts[i - 1]);
    const to = i + 1 < amounts.length ? amounts[i + 1].index : region.end;
    const end = amountEnd(amount);
    const mine = chosen[i];
    let code: BudgetCode | null = mine.length === 1 ? mine[0].code : null;
    if (codes.length === 0 && given && amounts.length === 1) code = given;
    if (code === null) {
      const reason: UnreadReason = mine.length > 1 ? "several-codes" : "no-code";
      unread.push({ amount, reason, codes: mine.map((c) => c.code) });
      return;
    }
    const before = signs.filter((s) => within(s.index, from, amount.index));
    const after = signs.filter((s) => within(s.index, end, to));
    const written = /^[-\u2212+]/.test(amount.text) ? (amount.amount.value.isNegative() ? -1 : 1) : null;
    const earlier = signs.filter((s) => s.index < amount.index).at(-1)?.direction ?? null;
    const direction: Direction | null = before.at(-1)?.direction ?? written ?? earlier ?? after[0]?.direction ?? null;
    if (direction === null) {
      unread.push({ amount, reason: "no-sign", codes: [code] });
      return;
    }
    // "post 01 med 12 og post 03 med 4 mill. kroner": is 12 in mill. or in the table's unit? Beside
    // amounts with a unit, a bare number is not guessed.
    if (amount.amount.unit === null && amounts.some((a) => a.amount.unit !== null)) {
      unread.push({ amount, reason: "no-unit", codes: [code] });
      return;
    }
    paired.push({ code, amount, direction });
  });
  return { paired, unread };
}
