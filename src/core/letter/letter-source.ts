// What a letter is made from, kept apart from how it is shown: the change table's letter lines
// and the change entries behind them. The pane gets it with the preview, so "Kopier til brev"
// can fill the clipboard inside the click (webviews refuse the clipboard after an await), and
// "Lag brevtabell" builds the very same table from a fresh read of the workbook.
import type { Unit } from "../amounts/unit";
import { budgetCodeKey } from "../codes/budget-code";
import type { ChangeTable } from "../changes/types";
import type { Diagnostic } from "../diagnostics";
import { letterLinesFromChangeTable, sentenceChangesOf } from "./from-change-table";
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage } from "./letter-language";
import { letterParagraphGroups } from "./letter-paragraphs";
import { buildLetterTable, type LetterColumn, type LetterLine, type LetterTable } from "./letter-table";
import { generateSentences, type LetterSentence, type SentenceChange } from "./sentences";

export interface LetterSource {
  readonly unit: Unit;
  /** The lines the letter lists: those with an allocation line that a change touches. */
  readonly lines: readonly LetterLine[];
  /** The change entries of those lines, in the order written, for the sentences. */
  readonly sentenceChanges: readonly SentenceChange[];
}

/** The user's choices for the letter table. */
export interface LetterChoice {
  /** Own column titles, kept as written; blank or missing ones are the letter language's. */
  readonly header?: Partial<Record<LetterColumn, string>>;
  /** The kap./post blocks under the table. */
  readonly blocks?: boolean;
  /** The generated sentences under the table. */
  readonly sentences?: boolean;
  /** The letter's language (Innstillinger, --letter-language); Bokmål unless chosen. */
  readonly language?: LetterLanguage;
}

export interface ComposedLetter {
  readonly table: LetterTable;
  /** Empty unless sentences were asked for. */
  readonly sentences: readonly LetterSentence[];
  /**
   * What goes under the table, in groups (a block with its sentences; the sentences under no
   * block): what every writer puts there.
   */
  readonly paragraphs: ReadonlyArray<readonly string[]>;
  readonly diagnostics: readonly Diagnostic[];
}

export function letterSourceOf(table: ChangeTable): LetterSource {
  const lines = letterLinesFromChangeTable(table);
  // Sentences describe the same lines as the table: a change that was rejected, or that would
  // make a new line, is not in the letter's table and gets no sentence claiming it happened.
  const listed = new Set(lines.map((l) => budgetCodeKey(l.code)));
  const sentenceChanges = sentenceChangesOf(table).filter((c) => listed.has(budgetCodeKey(c.code)));
  return { unit: table.unit, lines, sentenceChanges };
}

function ownHeader(header: LetterChoice["header"]): Partial<Record<LetterColumn, string>> {
  const out: Partial<Record<LetterColumn, string>> = {};
  for (const [column, text] of Object.entries(header ?? {}) as [LetterColumn, string | undefined][]) {
    if (text !== undefined && text.trim() !== "") out[column] = text.trim();
  }
  return out;
}

export function composeLetter(source: LetterSource, choice: LetterChoice = {}): ComposedLetter {
  const language = choice.language ?? DEFAULT_LETTER_LANGUAGE;
  const table = buildLetterTable(source.lines, source.unit, { header: ownHeader(choice.header), language });
  if (!choice.sentences) return { table, sentences: [], paragraphs: letterParagraphGroups(table, { blocks: choice.blocks }), diagnostics: [] };
  const { sentences, diagnostics } = generateSentences(source.sentenceChanges, source.unit, language);
  return { table, sentences, paragraphs: letterParagraphGroups(table, { blocks: choice.blocks, sentences }), diagnostics };
}
