import seed from "../../fixtures/seed/seed-letter.json";
import { messageOf } from "../../../src/core/diagnostics";
import { unitLabel } from "../../../src/core/amounts/unit";
import { letterCells } from "../../../src/core/letter/letter-table";
import { letterTableText } from "../../../src/core/letter/letter-text";
import { prepareLetter } from "../../../src/core/letter/prepare";

/** The letter's amounts as the product writes them: thousands grouped with U+202F ("57 625"). */
const thin = (text: string): string => text.replace(/(\d)[ \u00a0](?=\d{3}(?:\D|$))/g, "$1\u202f");

const seedTable = seed.expectedLetterTableText;
const texts = (p: { sentences: readonly { text: string }[] }): string[] => p.sentences.map((s) => s.text);
const codes = (p: { diagnostics: readonly { code: string }[] }): string[] => p.diagnostics.map((d) => d.code);

describe("prepareLetter: rows pasted from Excel", () => {
  it("reads the seed letter's table back to the same cells", () => {
    const prepared = prepareLetter(`Beløp i 1 000 kr\n${seedTable}\r\n`);
    expect(prepared.source).toBe("table");
    expect(prepared.diagnostics).toEqual([]);
    expect(letterTableText(prepared.table!)).toBe(thin(seedTable));
    expect(texts(prepared)).toEqual(["Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."]);
  });

  it("takes the unit from a caption above the table and names from the blocks below it", () => {
    const pasted = [
      "Beløp i kr",
      seedTable.split("\n")[0],
      "351/70\t57\u202f625\u202f000\t1\u202f000\u202f000\t58\u202f625\u202f000",
      "",
      "Kap. 351 Likestilling",
      "Post 70 Tilskudd til likestilling",
      "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.",
    ].join("\n");
    const prepared = prepareLetter(pasted);
    expect(prepared.table!.unit).toBe("kr");
    expect(prepared.table!.caption).toBe(unitLabel("kr"));
    expect(prepared.table!.blocks).toEqual([
      {
        code: { chapter: 351, post: 70 },
        lines: [
          "Kap. 351 Likestilling",
          "Post 70 Tilskudd til likestilling",
          "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.",
        ],
      },
    ]);
    expect(texts(prepared)).toEqual(["Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."]);
  });

  it("computes the change from before and after when the change column is empty", () => {
    const prepared = prepareLetter("Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n11/01\t35 632\t\t37 692\n");
    expect(letterCells(prepared.table!)[1]).toEqual(["11/01", "35\u202f632", "2\u202f060", "37\u202f692"]);
    expect(texts(prepared)).toEqual(["Tildelingen på kap. 11, post 01 økes med 2,06 mill. kroner."]);
  });

  it("reports a row it cannot read as a warning with its cell, before anything is inserted, and keeps the others", () => {
    const prepared = prepareLetter("(i 1 000 kr)\nKap/post\tEndring\n351/70\t1 000\n999999/1\t5\n100/01\tmye\n");
    expect(letterCells(prepared.table!).map((r) => r[0])).toEqual(["Kap/post", "351/70"]);
    expect(prepared.diagnostics.map((d) => [d.severity, d.cell, messageOf(d)])).toEqual([
      ["warning", "Utklipp!A4", "Raden «999999/1 | 5» er ikke tatt med i tabellen: «999999/1» er ikke en kap/post."],
      ["warning", "Utklipp!B5", "«mye» i Utklipp!B5 er ikke et beløp; cellen står tom i tabellen."],
      ["warning", "Utklipp!A5", "Raden «100/01 | mye» har verken endring eller både tildeling før og ny tildeling, og er ikke tatt med i tabellen."],
    ]);
    expect(texts(prepared)).toEqual(["Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."]);
  });

  it("keeps a pasted total row as a computed total", () => {
    const prepared = prepareLetter("Kap/post\tEndring\n351/70\t1 000\n858/01\t500\nSum\t9 999\n");
    expect(letterCells(prepared.table!)).toEqual([
      ["Kap/post", "Endring"],
      ["351/70", "1\u202f000"],
      ["858/01", "500"],
      ["Sum", "1\u202f500"],
    ]);
  });
});

describe("prepareLetter: change sentences", () => {
  const transferText = seed.changes.find((c) => c.transfer && c.text)!.text!;

  it("turns the seed's transfer sentence into two lines and the letter's sentence", () => {
    const prepared = prepareLetter(transferText);
    expect(prepared.source).toBe("changes");
    expect(letterCells(prepared.table!)).toEqual([
      ["Kap/post", "Endring"],
      ["671/62", "−1\u202f000"],
      ["858/01", "1\u202f000"],
    ]);
    expect(texts(prepared)).toEqual([`${transferText}.`]);
  });

  it("gives a paragraph under a Kap./Post heading that heading's code and names", () => {
    const pasted = [
      "Kap. 351 Likestilling",
      "Post 70 Tilskudd til likestilling",
      seed.changes[0].text,
      "",
      transferText,
    ].join("\n");
    const prepared = prepareLetter(pasted);
    expect(letterCells(prepared.table!).map((r) => r[0])).toEqual(["Kap/post", "351/70", "671/62", "858/01"]);
    expect(prepared.table!.blocks[0].lines).toEqual(["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", seed.changes[0].text]);
    expect(texts(prepared)).toEqual([
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.",
      `${transferText}.`,
    ]);
  });

  it("keeps two transfers in two paragraphs apart", () => {
    const prepared = prepareLetter(`${transferText}.\n\nTildelingen på kap. 855, post 01 reduseres med 500 000 kroner mot en tilsvarende økning på kap. 858, post 01.`);
    expect(prepared.sentences).toHaveLength(2);
    expect(prepared.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(codes(prepared)).toEqual([]);
  });

  it("says so when nothing readable was pasted, and shows nothing to insert", () => {
    const prepared = prepareLetter("Med hilsen\nSophie Kristoffersen");
    expect(prepared.table).toBeNull();
    expect(prepared.diagnostics.map((d) => d.code)).toContain("LTR-PASTE-NOTHING");
  });

  it("treats an empty paste as nothing to do, without complaints", () => {
    expect(prepareLetter("  \n")).toEqual({ table: null, sentences: [], source: "empty", diagnostics: [], budgetYear: null, chartYear: null });
  });
});

describe("prepareLetter: a pasted change sheet with a transfer column", () => {
  it("writes the transfer as one sentence", () => {
    const prepared = prepareLetter("Kap/post\tEndring\tOverføring\n671/62\t-1 000\tT1\n858/01\t1 000\tT1\n");
    expect(texts(prepared)).toEqual([
      "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01.",
    ]);
  });
});
