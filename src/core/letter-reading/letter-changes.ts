// Change sentences in a letter's running text: "Tildelingen til prosjektet … økes med 1 mill. kr."
// under the headings "Kap. 351 Likestilling" / "Post 70 Tilskudd til likestilling", and transfers
// such as "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning
// på kap. 858, post 01". The sentences are read by the engine's change-text parser; this file
// gives each sentence its heading's code, and accounts for every sentence that names an amount and
// a kap/post: it becomes a change, or a warning quoting it.
import type Decimal from "decimal.js";
import { type Unit, convertAmount } from "../amounts/unit";
import { findAmountsInText } from "../changes/amounts-in-text";
import { parseChangeText } from "../changes/change-text";
import { findSignWords } from "../changes/sign-words";
import { type BudgetCode } from "../codes/budget-code";
import { findBudgetCodesInText } from "../codes/find-in-text";
import { type ChapterHeading, chapterHeading, postHeading } from "../letter/block-heading";
import type { LetterSource } from "./document";
import { type Paragraph, sentencesOf } from "./flow";

export interface SentenceChange {
  readonly code: BudgetCode;
  /** Signed, in the unit asked for. */
  readonly amount: Decimal;
  /** The transfer group within the letter ("T1"), when the sentence moves money. */
  readonly transfer?: string;
  readonly text: string;
  readonly source: LetterSource;
  /** Whether the sentence wrote its amount with a unit ("1 mill. kr"), so it can tell a table's unit. */
  readonly unitWritten: boolean;
}

export interface UnreadSentence {
  readonly text: string;
  readonly source: LetterSource;
  readonly codes: readonly BudgetCode[];
  /** The amounts written, in kroner, when the sentence gives a unit. */
  readonly amountsKr: readonly Decimal[];
}

export interface SentenceReading {
  readonly changes: SentenceChange[];
  /** Sentences with an amount and a kap/post that gave no change. */
  readonly unread: UnreadSentence[];
}


/** A paragraph that is a heading line: "Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling". */
export function isBlockHeading(text: string, chapter: ChapterHeading | null): boolean {
  return chapterHeading(text) !== null || (chapter !== null && postHeading(text, chapter) !== null);
}

export function readChangeSentences(paragraphs: readonly Paragraph[], unit: Unit): SentenceReading {
  const changes: SentenceChange[] = [];
  const unread: UnreadSentence[] = [];
  let chapter: ChapterHeading | null = null;
  let code: BudgetCode | undefined;
  let transfers = 0;
  for (const p of paragraphs) {
    const first = p.lines[0].text;
    const ch = p.lines.length === 1 ? chapterHeading(first) : null;
    if (ch) {
      chapter = ch;
      code = undefined;
      continue;
    }
    const post = chapter && p.lines.length === 1 ? postHeading(first, chapter) : null;
    if (post) {
      code = post.code ?? undefined;
      continue;
    }
    if (p.heading) {
      chapter = null;
      code = undefined;
      continue;
    }
    const source: LetterSource = { ...p.lines[0].place, text: p.text };
    let headingUsed = false;
    for (const sentence of sentencesOf(p.text)) {
      const amounts = findAmountsInText(sentence);
      if (amounts.length === 0) continue;
      const codes = findBudgetCodesInText(sentence).map((c) => c.code);
      const useHeading = codes.length === 0 && code !== undefined && !headingUsed;
      if (codes.length === 0 && !useHeading) continue;
      const read = findSignWords(sentence).length > 0 ? parseChangeText(sentence, { unit, ...(useHeading && code ? { code } : {}) }) : null;
      const entries = read?.entries ?? [];
      if (entries.length === 0) {
        const kroner = amounts.filter((a) => a.amount.unit !== null).map((a) => convertAmount(a.amount.value, a.amount.unit as Unit, "kr"));
        unread.push({ text: sentence, source: { ...source, text: sentence }, codes: codes.length > 0 ? codes : code ? [code] : [], amountsKr: kroner });
        continue;
      }
      if (useHeading) headingUsed = true;
      const groups = new Map<string, string>();
      const unitWritten = amounts.every((a) => a.amount.unit !== null);
      for (const e of entries) {
        let transfer: string | undefined;
        if (e.transfer !== undefined) {
          if (!groups.has(e.transfer)) groups.set(e.transfer, `T${++transfers}`);
          transfer = groups.get(e.transfer);
        }
        changes.push({ code: e.code, amount: e.amount, ...(transfer ? { transfer } : {}), text: sentence, source: { ...source, text: sentence }, unitWritten });
      }
    }
  }
  return { changes, unread };
}
