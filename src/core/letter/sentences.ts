// The sentences a letter writes under its change table, generated from the change lines:
//   "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."
//   "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01."
// A transfer (lines sharing a transfer id and summing to zero) is one sentence, as the letters
// write it; a transfer that does not sum to zero is written line by line with a warning, so the
// letter never claims a "tilsvarende" increase that is not there.
import type Decimal from "decimal.js";
import { sum } from "../amounts/exact";
import { convertAmount, type Unit } from "../amounts/unit";
import { formatAmount, formatAmountInWords } from "../amounts/format-amount";
import { type BudgetCode, formatPost } from "../codes/budget-code";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { formatMessage, type Lang } from "../i18n/catalog";

export interface SentenceChange {
  readonly code: BudgetCode;
  /** Signed change in the table's unit. */
  readonly change: Decimal;
  /** Lines with the same transfer id move money between them. */
  readonly transfer?: string;
}

export interface Sentences {
  /** In the order of the change lines; a transfer where its first line is. */
  readonly sentences: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

function codeParams(code: BudgetCode): { chapter: number; post: string } {
  return { chapter: code.chapter, post: formatPost(code) };
}

function joinList(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${formatMessage("LTR-SENT-AND", {}, lang)} ${parts[parts.length - 1]}`;
}

// Letters write amounts in words in Norwegian kroner whatever the pane's language.
function words(value: Decimal, unit: Unit): string {
  return formatAmountInWords(convertAmount(value.abs(), unit, "kr"));
}

/** One change line as its own sentence. */
export function changeSentence(change: SentenceChange, unit: Unit, lang: Lang = "nb"): string {
  const params = codeParams(change.code);
  if (change.change.isZero()) return formatMessage("LTR-SENT-ZERO", params, lang);
  const key = change.change.isNegative() ? "LTR-SENT-DOWN" : "LTR-SENT-UP";
  return formatMessage(key, { ...params, amount: words(change.change, unit) }, lang);
}

function codeText(code: BudgetCode, lang: Lang): string {
  return formatMessage("LTR-SENT-CODE", codeParams(code), lang);
}

function codeWithAmount(change: SentenceChange, unit: Unit, lang: Lang): string {
  return formatMessage("LTR-SENT-CODE-AMOUNT", { ...codeParams(change.code), amount: words(change.change, unit) }, lang);
}

/** A balanced transfer as one sentence, or null when its shape has no one-sentence form. */
function transferSentence(lines: readonly SentenceChange[], unit: Unit, lang: Lang): string | null {
  const from = lines.filter((l) => l.change.isNegative());
  const to = lines.filter((l) => l.change.isPositive());
  if (from.length !== 1 || to.length === 0 || from.length + to.length !== lines.length) return null;
  const [source] = from;
  const amount = words(source.change, unit);
  if (to.length === 1) {
    return formatMessage("LTR-SENT-TRANSFER", { from: codeText(source.code, lang), amount, to: codeText(to[0].code, lang) }, lang);
  }
  const targets = joinList(
    to.map((t) => codeWithAmount(t, unit, lang)),
    lang,
  );
  return formatMessage("LTR-SENT-TRANSFER-SPLIT", { from: codeText(source.code, lang), amount, to: targets }, lang);
}

/** The sentences for a list of change lines in `unit`. */
export function generateSentences(changes: readonly SentenceChange[], unit: Unit, lang: Lang = "nb"): Sentences {
  const groups = new Map<string, SentenceChange[]>();
  for (const c of changes) {
    if (c.transfer === undefined) continue;
    const g = groups.get(c.transfer);
    if (g) g.push(c);
    else groups.set(c.transfer, [c]);
  }

  const sentences: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const written = new Set<string>();
  for (const c of changes) {
    const group = c.transfer === undefined ? undefined : groups.get(c.transfer);
    if (c.transfer === undefined || !group || group.length < 2) {
      sentences.push(changeSentence(c, unit, lang));
      continue;
    }
    if (written.has(c.transfer)) continue;
    written.add(c.transfer);
    const total = sum(group.map((l) => l.change));
    const one = total.isZero() ? transferSentence(group, unit, lang) : null;
    if (one !== null) {
      sentences.push(one);
      continue;
    }
    if (!total.isZero()) {
      diagnostics.push(diagnostic("warning", "LTR-TRANSFER-UNBALANCED", { transfer: c.transfer, sum: formatAmount(total) }));
    }
    for (const line of group) sentences.push(changeSentence(line, unit, lang));
  }
  return { sentences, diagnostics };
}
