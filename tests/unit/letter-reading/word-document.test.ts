// The open Word letter as the reader sees it: body paragraphs and tables as Word gives them
// (paragraphs inside a table carry its nesting level), turned into the letter document. The seed
// supplement as Word holds it gives exactly the seed's facts, as the text and the CLI do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { toIsoDate } from "../../../src/core/deadlines/calendar-date";
import { readLetter } from "../../../src/core/letter-reading/read-letter";
import { type WordParagraphFacts, type WordTableFacts, wordLetterDocument } from "../../../src/word/read-letter-document";

interface WordFixture {
  blocks: Array<{ p?: string; style?: string; list?: boolean; table?: string[][] }>;
}

/** What Word's body.paragraphs and body.tables give for the fixture: a table's cells are paragraphs too. */
function wordFacts(fixture: WordFixture): { paragraphs: WordParagraphFacts[]; tables: WordTableFacts[] } {
  const paragraphs: WordParagraphFacts[] = [];
  const tables: WordTableFacts[] = [];
  for (const b of fixture.blocks) {
    if (b.table) {
      tables.push({ values: b.table, nestingLevel: 1 });
      for (const cell of b.table.flat()) paragraphs.push({ text: cell, tableNestingLevel: 1, styleBuiltIn: "Normal", isListItem: false });
    } else {
      paragraphs.push({ text: b.p ?? "", tableNestingLevel: 0, styleBuiltIn: b.style ?? "Normal", isListItem: b.list === true });
    }
  }
  return { paragraphs, tables };
}

const SEED = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "seed", "tillegg-bufdir-2024.word.json"), "utf8")) as WordFixture;

describe("the open Word letter", () => {
  it("takes a table once, where its paragraphs begin, and numbers blocks as the .docx reader does", () => {
    const doc = wordLetterDocument(
      [
        { text: "Finansiering", tableNestingLevel: 0, styleBuiltIn: "Heading1" },
        { text: "Kap/post", tableNestingLevel: 1 },
        { text: "Endring", tableNestingLevel: 1 },
        { text: "351/70", tableNestingLevel: 1 },
        { text: "1 000", tableNestingLevel: 1 },
        { text: "Tilskudd", tableNestingLevel: 0, isListItem: true },
      ],
      [{ values: [["Kap/post", "Endring"], ["351/70", "1 000"]], nestingLevel: 1 }],
    );
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "Finansiering", place: { paragraph: 1 }, heading: true },
      { kind: "table", rows: [["Kap/post", "Endring"], ["351/70", "1 000"]], place: { paragraph: 2 } },
      { kind: "paragraph", text: "• Tilskudd", place: { paragraph: 3 } },
    ]);
    expect(doc.blocksAreLines).toBe(false);
  });

  it("keeps a table's text as paragraphs when Word names fewer tables than the paragraphs show", () => {
    const doc = wordLetterDocument([{ text: "351/70 1 000", tableNestingLevel: 1 }], []);
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "351/70 1 000", place: { paragraph: 1 } }]);
  });

  it("reads the seed supplement as Word holds it into exactly the seed's facts", () => {
    const { paragraphs, tables } = wordFacts(SEED);
    const r = readLetter(wordLetterDocument(paragraphs, tables));
    expect(r.unit).toBe("1000 kr");
    expect(r.allocations.map((a) => [formatBudgetCode(a.code), a.amount.toFixed()])).toEqual([["351/70", "57625"]]);
    expect(r.changes.map((c) => [formatBudgetCode(c.code), c.amount.toFixed(), c.transferGroup ?? null])).toEqual([
      ["351/70", "1000", null],
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
    const iso = (d: Parameters<typeof toIsoDate>[0] | null) => (d ? toIsoDate(d) : null);
    expect(r.assignments.map((a) => [a.id, iso(a.deadline), a.status, a.revised, a.parts.map((p) => `${p.part} ${iso(p.deadline)}`)])).toEqual([
      ["2024-t4:1", "2025-04-01", "open", false, []],
      ["2024 t-4:2", "2026-05-31", "open", false, ["Del 1 2024-09-30", "Del 2 null", "Del 3 null"]],
      ["2022:55", null, "open", false, []],
      ["2023:61", "2025-12-31", "open", true, []],
      ["2023:30", null, "closed", false, []],
    ]);
  });
});
