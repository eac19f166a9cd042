// The sentences a letter writes under its change table, generated from the change lines, in the
// letter's language (letter-language.ts), never the pane's:
//   "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."
//   "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01."
// A transfer (lines sharing a transfer id and summing to zero) is one sentence, as the letters
// write it; a transfer that does not sum to zero is written line by line with a warning, so the
// letter never claims a "tilsvarende" increase that is not there. Each sentence says which
// kap/post it stands under (letter-paragraphs.ts places it there).
import type Decimal from "decimal.js";
import { sum } from "../amounts/exact";
import { convertAmount, type Unit } from "../amounts/unit";
import { formatAmount, formatAmountInWords } from "../amounts/format-amount";
import { type BudgetCode, formatPost } from "../codes/budget-code";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage, letterText } from "./letter-language";

export interface SentenceChange {
  readonly code: BudgetCode;
  /** Signed change in the table's unit. */
  readonly change: Decimal;
  /** Lines with the same transfer id move money between them. */
  readonly transfer?: string;
}

export interface LetterSentence {
  readonly text: string;
  /** The kap/post whose block the sentence stands under: the line it changes; in a transfer, the line it reduces. */
  readonly anchor: BudgetCode;
  /** Every kap/post the sentence names, anchor first. */
  readonly codes: readonly BudgetCode[];
}

export interface Sentences {
  /** In the order of the change lines; a transfer where its first line is. */
  readonly sentences: readonly LetterSentence[];
  readonly diagnostics: readonly Diagnostic[];
}

function codeParams(code: BudgetCode): { chapter: number; post: string } {
  return { chapter: code.chapter, post: formatPost(code) };
}

function joinList(parts: readonly string[], language: LetterLanguage): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${letterText("and", {}, language)} ${parts[parts.length - 1]}`;
}

// Amounts in words in kroner ("1 mill. kroner", "500 000 kroner"): the same in Bokmål and Nynorsk.
function words(value: Decimal, unit: Unit): string {
  return formatAmountInWords(convertAmount(value.abs(), unit, "kr"));
}

/** One change line as its own sentence. */
export function changeSentence(change: SentenceChange, unit: Unit, language: LetterLanguage = DEFAULT_LETTER_LANGUAGE): string {
  const params = codeParams(change.code);
  if (change.change.isZero()) return letterText("sentence-zero", params, language);
  const key = change.change.isNegative() ? "sentence-down" : "sentence-up";
  return letterText(key, { ...params, amount: words(change.change, unit) }, language);
}

function codeText(code: BudgetCode, language: LetterLanguage): string {
  return letterText("sentence-code", codeParams(code), language);
}

function codeWithAmount(change: SentenceChange, unit: Unit, language: LetterLanguage): string {
  return letterText("sentence-code-amount", { ...codeParams(change.code), amount: words(change.change, unit) }, language);
}

/** A balanced transfer as one sentence, or null when its shape has no one-sentence form. */
function transferSentence(lines: readonly SentenceChange[], unit: Unit, language: LetterLanguage): LetterSentence | null {
  const from = lines.filter((l) => l.change.isNegative());
  const to = lines.filter((l) => l.change.isPositive());
  if (from.length !== 1 || to.length === 0 || from.length + to.length !== lines.length) return null;
  const [source] = from;
  const amount = words(source.change, unit);
  const codes = [source.code, ...to.map((t) => t.code)];
  if (to.length === 1) {
    const text = letterText("sentence-transfer", { from: codeText(source.code, language), amount, to: codeText(to[0].code, language) }, language);
    return { text, anchor: source.code, codes };
  }
  const targets = joinList(
    to.map((t) => codeWithAmount(t, unit, language)),
    language,
  );
  const text = letterText("sentence-transfer-split", { from: codeText(source.code, language), amount, to: targets }, language);
  return { text, anchor: source.code, codes };
}

function lineSentence(change: SentenceChange, unit: Unit, language: LetterLanguage): LetterSentence {
  return { text: changeSentence(change, unit, language), anchor: change.code, codes: [change.code] };
}

/** The sentences for a list of change lines in `unit`. */
export function generateSentences(changes: readonly SentenceChange[], unit: Unit, language: LetterLanguage = DEFAULT_LETTER_LANGUAGE): Sentences {
  const groups = new Map<string, SentenceChange[]>();
  for (const c of changes) {
    if (c.transfer === undefined) continue;
    const g = groups.get(c.transfer);
    if (g) g.push(c);
    else groups.set(c.transfer, [c]);
  }

  const sentences: LetterSentence[] = [];
  const diagnostics: Diagnostic[] = [];
  const written = new Set<string>();
  for (const c of changes) {
    const group = c.transfer === undefined ? undefined : groups.get(c.transfer);
    if (c.transfer === undefined || !group || group.length < 2) {
      sentences.push(lineSentence(c, unit, language));
      continue;
    }
    if (written.has(c.transfer)) continue;
    written.add(c.transfer);
    const total = sum(group.map((l) => l.change));
    const one = total.isZero() ? transferSentence(group, unit, language) : null;
    if (one !== null) {
      sentences.push(one);
      continue;
    }
    if (!total.isZero()) {
      diagnostics.push(diagnostic("warning", "LTR-TRANSFER-UNBALANCED", { transfer: c.transfer, sum: formatAmount(total) }));
    }
    for (const line of group) sentences.push(lineSentence(line, unit, language));
  }
  return { sentences, diagnostics };
}
