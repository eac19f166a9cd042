// Change entries from the sentences letter writers type or paste:
//   "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på
//    kap. 858, post 01"  -> 671/62 −1 000 and 858/01 +1 000 (1 000 kr), one transfer;
//   "Tildelingen til prosjektet ... økes med 1 mill. kr." with the code given separately.
// Each direction word ("reduseres", "økning") takes the code named in its clause and the amount
// after it; "tilsvarende" (corresponding) reuses the amount before and makes the pair a transfer.
import { type Unit, convertAmount } from "../amounts/unit";
import { type BudgetCode, budgetCodeKey, formatBudgetCode } from "../codes/budget-code";
import { type BudgetCodeInText, findBudgetCodesInText } from "../codes/find-in-text";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type AmountInText, findAmountsInText } from "./amounts-in-text";
import { type SignWord, findSignWords } from "./sign-words";
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
const MOVE = /\b(overføres|flyttes|omdisponeres)\b/iu;

interface Found {
  code: BudgetCode;
  amount: AmountInText;
  direction: 1 | -1;
  transfer: boolean;
}

export function parseChangeText(text: string, options: ChangeTextOptions = {}): ChangeTextResult {
  const unit = options.unit ?? "1000 kr";
  const entries: ChangeEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const where = { text, cell: options.cell };
  let transfers = 0;
  let codeGivenUsed = false;
  for (const sentence of text.split(SENTENCE_END)) {
    const codes = findBudgetCodesInText(sentence);
    const amounts = findAmountsInText(sentence).filter((a) => !codes.some((c) => a.index >= c.index && a.index < c.index + c.text.length));
    const found = MOVE.test(sentence) ? fromMove(sentence, codes, amounts) : fromSignWords(sentence, codes, amounts, findSignWords(sentence));
    if (found.length === 0 && codes.length === 0 && options.code && !codeGivenUsed) {
      const one = fromSignWords(sentence, [{ code: options.code, text: "", index: 0 }], amounts, findSignWords(sentence));
      if (one.length > 0) codeGivenUsed = true;
      found.push(...one);
    }
    if (found.length === 0) continue;
    let group: string | undefined;
    if (found.some((f) => f.transfer)) {
      transfers++;
      group = options.transfer === undefined ? `T${transfers}` : transfers === 1 ? options.transfer : `${options.transfer}-${transfers}`;
    }
    for (const f of found) {
      let value = f.direction < 0 ? f.amount.amount.value.abs().negated() : f.amount.amount.value.abs();
      const from = f.amount.amount.unit;
      if (from === null) {
        diagnostics.push(diagnostic("info", "CHG-UNIT-ASSUMED", { amount: f.amount.text, unit }, where));
      } else if (from !== unit) {
        value = convertAmount(value, from, unit);
      }
      const entry: { -readonly [K in keyof ChangeEntry]: ChangeEntry[K] } = { code: f.code, key: budgetCodeKey(f.code), amount: value, unit, text: sentence.trim() };
      if (f.transfer && group) entry.transfer = group;
      entries.push(entry);
    }
  }
  if (entries.length === 0) diagnostics.push(explainNothing(text, options, where));
  return { entries, diagnostics };
}

/** Pair each direction word with the code of its clause and the amount after it. */
function fromSignWords(sentence: string, codes: readonly BudgetCodeInText[], amounts: readonly AmountInText[], signs: readonly SignWord[]): Found[] {
  const out: Found[] = [];
  const usedCodes = new Set<number>();
  let lastAmount: AmountInText | null = null;
  for (let s = 0; s < signs.length; s++) {
    const sign = signs[s];
    const from = s === 0 ? 0 : signs[s - 1].index;
    const to = s + 1 < signs.length ? signs[s + 1].index : sentence.length;
    let amount: AmountInText | null = sign.corresponding ? lastAmount : null;
    amount ??= amounts.find((a) => a.index > sign.index && a.index < to) ?? null;
    amount ??= [...amounts].reverse().find((a) => a.index < sign.index && a.index >= from) ?? null;
    // The code of this clause: named before the word (since the previous word), else after it.
    let codeAt = -1;
    for (let c = codes.length - 1; c >= 0; c--) {
      if (!usedCodes.has(c) && codes[c].index < sign.index && codes[c].index >= from) {
        codeAt = c;
        break;
      }
    }
    if (codeAt < 0) codeAt = codes.findIndex((c, i) => !usedCodes.has(i) && c.index > sign.index && c.index < to);
    // "for å dekke økt behov": a direction word with no code or no amount of its own is not a change.
    if (codeAt < 0 || amount === null) continue;
    usedCodes.add(codeAt);
    lastAmount = amount;
    out.push({ code: codes[codeAt].code, amount, direction: sign.direction, transfer: sign.corresponding });
  }
  if (out.some((f) => f.transfer)) for (const f of out) f.transfer = true;
  if (out.length === 0 && signs.length === 0 && codes.length === 1 && amounts.length === 1 && /^[-\u2212+]/.test(amounts[0].text)) {
    // "351/70: −1 000": the sign is written on the amount.
    out.push({ code: codes[0].code, amount: amounts[0], direction: amounts[0].amount.value.isNegative() ? -1 : 1, transfer: false });
  }
  return out;
}

/** "1 mill. kroner overføres fra kap. 671, post 62 til kap. 858, post 01". */
function fromMove(sentence: string, codes: readonly BudgetCodeInText[], amounts: readonly AmountInText[]): Found[] {
  const lower = sentence.toLowerCase();
  const source = codes.find((c) => /\bfra\s*$/.test(lower.slice(Math.max(0, c.index - 8), c.index)));
  const target = codes.find((c) => c !== source && /\btil\s*$/.test(lower.slice(Math.max(0, c.index - 8), c.index)));
  if (!source || !target || amounts.length === 0) return [];
  return [
    { code: source.code, amount: amounts[0], direction: -1, transfer: true },
    { code: target.code, amount: amounts[0], direction: 1, transfer: true },
  ];
}

function explainNothing(text: string, options: ChangeTextOptions, where: { text: string; cell?: string }): Diagnostic {
  const codes = findBudgetCodesInText(text);
  const code = codes[0]?.code ?? options.code;
  if (!code) return diagnostic("error", "CHG-TEXT-NO-CODE", {}, where);
  const label = formatBudgetCode(code);
  if (findAmountsInText(text).length === 0) return diagnostic("error", "CHG-TEXT-NO-AMOUNT", { code: label }, where);
  if (findSignWords(text).length === 0) return diagnostic("error", "CHG-TEXT-NO-SIGN", { code: label }, where);
  return diagnostic("error", "CHG-TEXT-NOT-UNDERSTOOD", {}, where);
}
