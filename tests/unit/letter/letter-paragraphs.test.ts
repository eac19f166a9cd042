// Where each generated sentence stands under the table: under the kap./post block it is about; a
// transfer under the line it reduces, or once after the last of its lines when that line has no
// block; never under an unrelated line.
import Decimal from "decimal.js";
import { parseBudgetCode } from "../../../src/core/codes/budget-code";
import { letterParagraphGroups, letterParagraphs } from "../../../src/core/letter/letter-paragraphs";
import { buildLetterTable, type LetterLine } from "../../../src/core/letter/letter-table";
import { generateSentences, type SentenceChange } from "../../../src/core/letter/sentences";

function code(text: string) {
  const r = parseBudgetCode(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}
const line = (c: string, change: number): LetterLine => ({ code: code(c), before: null, change: new Decimal(change), after: null });
const entry = (c: string, change: number, transfer?: string): SentenceChange => ({ code: code(c), change: new Decimal(change), ...(transfer ? { transfer } : {}) });

// The seed's changes: 351/70 +1 000, and 1 000 moved from 671/62 to 858/01 (in 1 000 kr).
const changes = [entry("858/01", 1000, "T1"), entry("351/70", 1000), entry("671/62", -1000, "T1")];

describe("letterParagraphs", () => {
  it("puts each sentence under its own line's block and a transfer under the line it reduces", () => {
    const table = buildLetterTable([line("858/01", 1000), line("351/70", 1000), line("671/62", -1000)], "1000 kr");
    const { sentences } = generateSentences(changes, "1000 kr");
    expect(letterParagraphGroups(table, { blocks: true, sentences })).toEqual([
      ["Kap. 858", "Post 01"],
      ["Kap. 351", "Post 70", "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."],
      ["Kap. 671", "Post 62", "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01."],
    ]);
  });

  it("puts a transfer whose reduced line has no block once after the block of the line it increases", () => {
    const table = buildLetterTable([line("858/01", 1000), line("351/70", 1000)], "1000 kr");
    const { sentences } = generateSentences(changes, "1000 kr", "nn");
    expect(letterParagraphGroups(table, { blocks: true, sentences })).toEqual([
      ["Kap. 858", "Post 01", "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01."],
      ["Kap. 351", "Post 70", "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner."],
    ]);
  });

  it("puts a sentence about no line of the table after all blocks, and without blocks keeps the sentences' order", () => {
    const table = buildLetterTable([line("351/70", 1000)], "1000 kr");
    const { sentences } = generateSentences([entry("855/01", 500), entry("351/70", 1000)], "1000 kr");
    expect(letterParagraphGroups(table, { blocks: true, sentences })).toEqual([
      ["Kap. 351", "Post 70", "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."],
      ["Tildelingen på kap. 855, post 01 økes med 500 000 kroner."],
    ]);
    expect(letterParagraphs(table, { sentences })).toEqual([
      "Tildelingen på kap. 855, post 01 økes med 500 000 kroner.",
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.",
    ]);
    expect(letterParagraphs(table, { blocks: false })).toEqual([]);
  });
});
