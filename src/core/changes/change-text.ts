// Change entries from the sentences letter writers type or paste:
//   "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på
//    kap. 858, post 01"  -> 671/62 −1 000 and 858/01 +1 000 (1 000 kr), one transfer;
//   "Kap. 1400 økes: post 01 med 12 mill. kroner og post 03 med 4 mill. kroner" -> two entries;
//   "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke ..."
//   "Tildelingen til prosjektet ... økes med 1 mill. kr." with the code given separately.
// Every amount in a sentence is accounted for: it becomes an entry, or a warning that quotes its
// clause and says why it was not read. A number is never dropped without a word.
import type Decimal from "decimal.js";
import { type Unit, convertAmount } from "../amounts/unit";
import { sum } from "../amounts/exact";
import { type BudgetCode, budgetCodeKey, formatBudgetCode } from "../codes/budget-code";
import { findBudgetCodesInText } from "../codes/find-in-text";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type AmountInText, findAmountsInText } from "./amounts-in-text";
import { clauseAround } from "./clause-text";
import { codeSpans, findCodesInSentence } from "./codes-in-sentence";
import { type Region, type Unread, amountEnd, pairAmounts, subRegion } from "./pair-clauses";
import { findSignWords } from "./sign-words";
import type { ChangeEntry } from "./types";

export interface ChangeTextOptions {
  /** The code the text is about, when the text does not name one (a letter's "Kap. 351 / Post 70" heading). */
  readonly code?: BudgetCode;
  /** Unit of the entries; amounts in the text are converted to it. Default "1000 kr", as letters' tables. */
  readonly unit?: Unit;
  /** Transfer group name for a transfer sentence (then name-2, name-3 for more); default "T1", "T2", ... in order. */
  readonly transfer?: string;
  /** Cell the text came from, for diagnostics. */
  readonly cell?: string;
}

export interface ChangeTextResult {
  readonly entries: ChangeEntry[];
  readonly diagnostics: Diagnostic[];
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÆØÅ])/u;
// The verb or the noun: "overføres fra … til …", "ei overføring av 0,4 mill. kroner frå … til …".
const MOVE = /(?<!\p{L})(overføres|overførast|overført|overføring(?:a|en)?|flyttes|flyttast|flytting(?:a|en)?|omdisponeres|omdisponerast|omdisponering(?:a|en)?)(?!\p{L})/iu;
const RESPECTIVELY = /(?<!\p{L})(henholdsvis|høvesvis|respektive)(?!\p{L})/iu;
const FROM = /(?<!\p{L})(?:fra|frå)\s*$/u;
const TO = /(?<!\p{L})til\s*$/u;

interface Found {
  code: BudgetCode;
  /** Signed, in the entries' unit. */
  value: Decimal;
  amount: AmountInText;
  transfer: boolean;
}

interface SentenceRead {
  found: Found[];
  problems: Diagnostic[];
}

export function parseChangeText(text: string, options: ChangeTextOptions = {}): ChangeTextResult {
  const unit = options.unit ?? "1000 kr";
  const entries: ChangeEntry[] = [];
  const warnings: Diagnostic[] = [];
  const where = { text, cell: options.cell };
  let transfers = 0;
  let codeGivenUsed = false;
  for (const sentence of text.split(SENTENCE_END)) {
    const codes = findCodesInSentence(sentence);
    const spans = codeSpans(codes);
    const amounts = findAmountsInText(sentence).filter((a) => !spans.some(([from, to]) => a.index >= from && a.index < to));
    const region: Region = { start: 0, end: sentence.length, codes, amounts, signs: findSignWords(sentence) };
    const given = codes.length === 0 && options.code && !codeGivenUsed ? options.code : undefined;
    const read = readSentence(sentence, region, unit, given, options.cell);
    if (given && read.found.length > 0) codeGivenUsed = true;
    warnings.push(...read.problems);
    if (read.found.length === 0) continue;
    let group: string | undefined;
    if (read.found.some((f) => f.transfer)) {
      transfers++;
      group = options.transfer === undefined ? `T${transfers}` : transfers === 1 ? options.transfer : `${options.transfer}-${transfers}`;
    }
    const assumed = new Set<AmountInText>();
    for (const f of read.found) {
      if (f.amount.amount.unit === null && !assumed.has(f.amount)) {
        assumed.add(f.amount);
        warnings.push(diagnostic("warning", "CHG-UNIT-ASSUMED", { amount: f.amount.text, unit }, where));
      }
      const entry: { -readonly [K in keyof ChangeEntry]: ChangeEntry[K] } = { code: f.code, key: budgetCodeKey(f.code), amount: f.value, unit, text: sentence.trim() };
      if (f.transfer && group) entry.transfer = group;
      entries.push(entry);
    }
  }
  // A text that gives no entry at all gets one error saying what is missing; otherwise every
  // amount that was not read is a warning of its own.
  // The warnings that say more than the error (which codes, "henholdsvis") stay beside it.
  if (entries.length === 0) return { entries, diagnostics: [explainNothing(text, options, where), ...warnings.filter((w) => SAYS_MORE.has(w.code))] };
  return { entries, diagnostics: warnings };
}

function readSentence(sentence: string, region: Region, unit: Unit, given: BudgetCode | undefined, cell: string | undefined): SentenceRead {
  const { amounts, signs } = region;
  if (amounts.length === 0) return { found: [], problems: [] };
  if (RESPECTIVELY.test(sentence) && region.codes.length > 1) {
    // "økes med henholdsvis 2 og 3 mill. kroner": the numbers without a unit cannot be told apart
    // from other numbers; refuse the sentence rather than read half of it.
    return { found: [], problems: [diagnostic("warning", "CHG-TEXT-RESPECTIVELY", {}, { text: sentence.trim(), cell })] };
  }
  if (MOVE.test(sentence)) {
    const move = fromMove(sentence, region, unit);
    if (move) return { found: move.found, problems: amounts.filter((a) => a !== move.used).map((a) => unreadWarning(sentence, { amount: a, reason: "no-code", codes: [] }, cell)) };
  }
  const marker = signs.find((s) => s.corresponding);
  if (!marker) {
    const pairs = pairAmounts(region, given);
    return {
      found: pairs.paired.map((p) => ({ code: p.code, value: signed(p.amount, p.direction, unit), amount: p.amount, transfer: false })),
      problems: pairs.unread.map((u) => unreadWarning(sentence, u, cell)),
    };
  }
  return fromTransfer(sentence, region, marker.index, marker.direction, unit, given, cell);
}

/**
 * "A reduseres med X mot en tilsvarende økning på B", "A reduseres med X, og B økes tilsvarende":
 * the text after the last amount before "tilsvarende" names where the money goes, and that side
 * gets the opposite of what the first side moved.
 */
function fromTransfer(sentence: string, region: Region, markerAt: number, markerDirection: 1 | -1, unit: Unit, given: BudgetCode | undefined, cell: string | undefined): SentenceRead {
  const lastBefore = region.amounts.filter((a) => a.index < markerAt).at(-1);
  const split = lastBefore ? amountEnd(lastBefore) : markerAt;
  const source = pairAmounts(subRegion(region, region.start, split), given);
  const problems = source.unread.map((u) => unreadWarning(sentence, u, cell));
  const targetRegion = subRegion(region, split, region.end);
  const found: Found[] = source.paired.map((p) => ({ code: p.code, value: signed(p.amount, p.direction, unit), amount: p.amount, transfer: true }));
  if (found.length === 0) {
    // "B økes tilsvarende reduksjonen på A på 1 mill. kroner": no amount before "tilsvarende" to
    // mirror; the sentence is said to be unread rather than half read.
    if (source.unread.length === 0) problems.push(diagnostic("warning", "CHG-TEXT-NOT-UNDERSTOOD", {}, { text: sentence.trim(), cell }));
    return { found, problems };
  }
  if (targetRegion.amounts.length > 0) {
    const target = pairAmounts(targetRegion);
    for (const p of target.paired) found.push({ code: p.code, value: signed(p.amount, p.direction, unit), amount: p.amount, transfer: true });
    problems.push(...target.unread.map((u) => unreadWarning(sentence, u, cell)));
    return { found, problems };
  }
  const moved = sum(found.map((f) => f.value)).negated();
  if (targetRegion.codes.length !== 1 || moved.isZero() || moved.s !== markerDirection) {
    // No one place named for the money, or a "tilsvarende" that goes the same way: not a transfer we can read.
    const codes = targetRegion.codes.map((c) => formatBudgetCode(c.code)).join(", ");
    return { found: [], problems: [diagnostic("warning", "CHG-TEXT-TRANSFER-TARGET", { codes }, { text: sentence.trim(), cell })] };
  }
  found.push({ code: targetRegion.codes[0].code, value: moved, amount: found[0].amount, transfer: true });
  return { found, problems };
}

/** "1 mill. kroner overføres fra kap. 671, post 62 til kap. 858, post 01"; null when the sentence has no such form. */
function fromMove(sentence: string, region: Region, unit: Unit): { found: Found[]; used: AmountInText } | null {
  const lower = sentence.toLowerCase();
  const before = (at: number): string => lower.slice(Math.max(0, at - 8), at);
  const source = region.codes.find((c) => FROM.test(before(c.index)));
  const target = region.codes.find((c) => c !== source && TO.test(before(c.index)));
  const amount = region.amounts[0];
  if (!source || !target || amount === undefined) return null;
  return {
    used: amount,
    found: [
      { code: source.code, value: signed(amount, -1, unit), amount, transfer: true },
      { code: target.code, value: signed(amount, 1, unit), amount, transfer: true },
    ],
  };
}

function signed(amount: AmountInText, direction: 1 | -1, unit: Unit): Decimal {
  const from = amount.amount.unit;
  const value = from !== null && from !== unit ? convertAmount(amount.amount.value.abs(), from, unit) : amount.amount.value.abs();
  return direction < 0 ? value.negated() : value;
}

const UNREAD_CODES: Record<Unread["reason"], string> = {
  "no-code": "CHG-TEXT-AMOUNT-NO-CODE",
  "several-codes": "CHG-TEXT-AMOUNT-SEVERAL-CODES",
  "no-sign": "CHG-TEXT-AMOUNT-NO-SIGN",
  "no-unit": "CHG-TEXT-AMOUNT-NO-UNIT",
};

function unreadWarning(sentence: string, unread: Unread, cell: string | undefined): Diagnostic {
  const params = { amount: unread.amount.text, codes: unread.codes.map(formatBudgetCode).join(", ") };
  return diagnostic("warning", UNREAD_CODES[unread.reason], params, { text: clauseAround(sentence, unread.amount, codeSpans(findCodesInSentence(sentence))), cell });
}

const SAYS_MORE = new Set(["CHG-TEXT-AMOUNT-NO-UNIT", "CHG-TEXT-AMOUNT-SEVERAL-CODES", "CHG-TEXT-RESPECTIVELY", "CHG-TEXT-TRANSFER-TARGET"]);

function explainNothing(text: string, options: ChangeTextOptions, where: { text: string; cell?: string }): Diagnostic {
  const codes = findBudgetCodesInText(text);
  const code = codes[0]?.code ?? options.code;
  if (!code) return diagnostic("error", "CHG-TEXT-NO-CODE", {}, where);
  const label = formatBudgetCode(code);
  if (findAmountsInText(text).length === 0) return diagnostic("error", "CHG-TEXT-NO-AMOUNT", { code: label }, where);
  if (findSignWords(text).length === 0) return diagnostic("error", "CHG-TEXT-NO-SIGN", { code: label }, where);
  return diagnostic("error", "CHG-TEXT-NOT-UNDERSTOOD", {}, where);
}
