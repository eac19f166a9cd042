// The paragraphs a letter carries under its table, in order, the same for every target (the
// Brevtabell sheet, the clipboard, Word): with the kap./post blocks, each generated sentence
// stands under the block of the kap/post it is about (a transfer under the line it reduces; when
// that line has no block, once after the last block it names); a sentence naming no line of the
// table comes after all blocks. Without blocks the sentences follow the table in their own order.
import { budgetCodeKey } from "../codes/budget-code";
import type { LetterTable } from "./letter-table";
import type { LetterSentence } from "./sentences";

export interface ParagraphChoice {
  /** The kap./post blocks under the table. */
  readonly blocks?: boolean;
  /** The generated sentences to place (none when not asked for). */
  readonly sentences?: readonly LetterSentence[];
}

/** Which block (index) a sentence goes under, or -1 for after every block. */
function blockFor(sentence: LetterSentence, blockOf: ReadonlyMap<string, number>): number {
  const own = blockOf.get(budgetCodeKey(sentence.anchor));
  if (own !== undefined) return own;
  const named = sentence.codes.map((c) => blockOf.get(budgetCodeKey(c))).filter((i): i is number => i !== undefined);
  return named.length > 0 ? Math.max(...named) : -1;
}

/**
 * The paragraphs in groups: one per block (its lines, then its sentences), then one of the
 * sentences under no block; empty groups left out. Sheet and plain-text writers put a blank line
 * between groups.
 */
export function letterParagraphGroups(table: LetterTable, choice: ParagraphChoice): string[][] {
  const sentences = choice.sentences ?? [];
  if (!choice.blocks) return sentences.length > 0 ? [sentences.map((s) => s.text)] : [];
  const blockOf = new Map<string, number>();
  table.blocks.forEach((b, i) => {
    const key = budgetCodeKey(b.code);
    if (!blockOf.has(key)) blockOf.set(key, i);
  });
  const under = table.blocks.map((): string[] => []);
  const rest: string[] = [];
  for (const s of sentences) {
    const i = blockFor(s, blockOf);
    if (i < 0) rest.push(s.text);
    else under[i].push(s.text);
  }
  // A block whose own text already is the sentence ("... reduseres med 1 mill. kroner mot en
  // tilsvarende økning på kap. 858, post 01") does not get it twice.
  const bare = (t: string) => t.trim().replace(/\.$/, "");
  const groups = table.blocks.map((b, i) => [...b.lines, ...under[i].filter((s) => !b.lines.some((l) => bare(l) === bare(s)))]);
  if (rest.length > 0) groups.push(rest);
  return groups;
}

/** Every paragraph under the table, in order. */
export function letterParagraphs(table: LetterTable, choice: ParagraphChoice): string[] {
  return letterParagraphGroups(table, choice).flat();
}
