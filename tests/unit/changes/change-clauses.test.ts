// Every amount in a change sentence is accounted for: an entry, or a warning that quotes its
// clause. Expected entries are worked out by hand from the sentences (1 000 kr unless stated).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPastedChanges as readPastedLetter } from "../../../src/core/letter/pasted-changes";
import { parseChangeText } from "../../../src/core/changes/change-text";
import { readChanges } from "../../../src/core/changes/read-changes";
import { gridFromRows } from "../../../src/core/grid";
import type { ChangeEntry } from "../../../src/core/changes/types";
import { messageOf } from "../../../src/core/diagnostics";

const simple = (entries: readonly ChangeEntry[]) => entries.map((e) => [e.key, e.amount.toFixed(), e.transfer ?? null]);
const diags = (r: ReturnType<typeof parseChangeText>) => r.diagnostics.map((d) => [d.severity, d.code, d.text]);

describe("several amounts in one sentence", () => {
  it("gives one entry per post: 'post 01 med 12 mill. kroner og post 03 med 4 mill. kroner'", () => {
    const r = parseChangeText("Bevilgningen under kap. 1400 økes: post 01 med 12 mill. kroner og post 03 med 4 mill. kroner.");
    expect(simple(r.entries)).toEqual([
      ["1400/01", "12000", null],
      ["1400/03", "4000", null],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("reads each clause's own code and direction", () => {
    const r = parseChangeText("Kap. 671, post 62 reduseres med 1 mill. kroner, og kap. 858, post 01 økes med 2,5 mill. kroner.");
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", null],
      ["858/01", "2500", null],
    ]);
  });

  it("carries the direction to a clause that has none of its own", () => {
    const r = parseChangeText("Tildelingen på kap. 351, post 70 reduseres med 500 000 kroner og på kap. 858, post 21 med 250 000 kroner.");
    expect(simple(r.entries)).toEqual([
      ["351/70", "-500", null],
      ["858/21", "-250", null],
    ]);
  });

  it("reads codes named after their amounts", () => {
    const r = parseChangeText("Tildelingen på kap. 1400 økes med 12 mill. kroner på post 01 og 4 mill. kroner på post 03.");
    expect(simple(r.entries)).toEqual([
      ["1400/01", "12000", null],
      ["1400/03", "4000", null],
    ]);
  });

  it("warns about a total that belongs to no post, quoting its clause, and still reads the posts", () => {
    const r = parseChangeText("Tildelingen under kap. 1400 økes med 16 mill. kroner, post 01 med 12 mill. kroner og post 03 med 4 mill. kroner.");
    expect(simple(r.entries)).toEqual([
      ["1400/01", "12000", null],
      ["1400/03", "4000", null],
    ]);
    expect(diags(r)).toEqual([["warning", "CHG-TEXT-AMOUNT-NO-CODE", "Tildelingen under kap. 1400 økes med 16 mill. kroner"]]);
    expect(messageOf(r.diagnostics[0], "nb")).toContain("16 mill. kroner");
  });

  it("warns about a new level written after the change ('til 58,6 mill. kroner')", () => {
    const r = parseChangeText("Kap. 351, post 70 økes med 1 mill. kroner til 58,6 mill. kroner.");
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(diags(r)).toEqual([["warning", "CHG-TEXT-AMOUNT-NO-CODE", "Kap. 351, post 70 økes med 1 mill. kroner til 58,6 mill. kroner"]]);
  });

  it("refuses one amount for two posts rather than giving it to one of them", () => {
    const r = parseChangeText("Kap. 351, post 70 reduseres med 1 mill. kroner. Kap. 858, post 01 og 21 økes med 2 mill. kroner.");
    expect(simple(r.entries)).toEqual([["351/70", "-1000", null]]);
    expect(r.diagnostics.map((d) => [d.code, d.params.codes])).toEqual([["CHG-TEXT-AMOUNT-SEVERAL-CODES", "858/01, 858/21"]]);
  });

  it("refuses 'henholdsvis', whose first number has no unit", () => {
    const r = parseChangeText("Kap. 351, post 70 økes med 1 mill. kroner. Kap. 858, post 01 og kap. 858, post 21 økes med henholdsvis 2 og 3 mill. kroner.");
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "CHG-TEXT-RESPECTIVELY"]]);
  });

  it("warns about an amount in a sentence that names no code, beside one that does", () => {
    const r = parseChangeText("Bufdir innvilget 2 mill. kroner til piloten i 2022. Kap. 351, post 70 økes med 1 mill. kroner.");
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(diags(r)).toEqual([["warning", "CHG-TEXT-AMOUNT-NO-CODE", "Bufdir innvilget 2 mill. kroner til piloten i 2022"]]);
  });

  it("does not guess the unit of a bare number beside amounts that have one", () => {
    const r = parseChangeText("Bevilgningen under kap. 1400 økes: post 01 med 12 og post 03 med 4 mill. kroner.");
    expect(simple(r.entries)).toEqual([["1400/03", "4000", null]]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.params.amount, d.params.codes])).toEqual([["warning", "CHG-TEXT-AMOUNT-NO-UNIT", "12", "1400/01"]]);
  });

  it("warns about an amount whose clause gives no direction", () => {
    const r = parseChangeText("Kap. 351, post 70 økes med 1 mill. kroner. Kap. 858, post 01: 3 mill. kroner til planlegging.");
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(r.diagnostics.map((d) => [d.code, d.params.codes])).toEqual([["CHG-TEXT-AMOUNT-NO-SIGN", "858/01"]]);
  });

  it("does not take a code mentioned after the change for a second reading", () => {
    const r = parseChangeText("Kap. 351, post 70 økes med 1 mill. kroner, jf. omtalen under kap. 858, post 01.");
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("transfers", () => {
  it("sums several source clauses into the one corresponding target", () => {
    const r = parseChangeText("Kap. 671, post 62 reduseres med 1 mill. kroner og kap. 672, post 60 med 2 mill. kroner mot en tilsvarende økning på kap. 858, post 01.");
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", "T1"],
      ["672/60", "-2000", "T1"],
      ["858/01", "3000", "T1"],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("reads 'økes tilsvarende' after the verb", () => {
    const r = parseChangeText("Kap. 671, post 62 reduseres med 500 000 kroner, og kap. 858, post 21 økes tilsvarende.");
    expect(simple(r.entries)).toEqual([
      ["671/62", "-500", "T1"],
      ["858/21", "500", "T1"],
    ]);
  });

  it("refuses 'tilsvarende' with two possible targets", () => {
    const r = parseChangeText("Kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01 og kap. 858, post 21.");
    expect(r.entries).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.params.codes])).toEqual([
      ["error", "CHG-TEXT-NOT-UNDERSTOOD", undefined],
      ["warning", "CHG-TEXT-TRANSFER-TARGET", "858/01, 858/21"],
    ]);
  });
  it("says so when 'tilsvarende' comes before any amount, beside a change it did read", () => {
    const r = parseChangeText(
      "Kap. 351, post 70 økes med 1 mill. kroner. Kap. 858, post 01 økes tilsvarende reduksjonen på kap. 671, post 62 på 2 mill. kroner.",
    );
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.text])).toEqual([
      ["warning", "CHG-TEXT-NOT-UNDERSTOOD", "Kap. 858, post 01 økes tilsvarende reduksjonen på kap. 671, post 62 på 2 mill. kroner."],
    ]);
  });
});

describe("Nynorsk", () => {
  it("reads 'vert redusert ... mot ein tilsvarande auke' as a transfer", () => {
    const r = parseChangeText("Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.");
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ["Løyvinga på kap. 858, post 21 vert auka med 300 000 kroner.", "858/21", "300"],
    ["Tildelinga på kap. 858, post 01 skal reduserast med 2 mill. kroner.", "858/01", "-2000"],
    ["Kap. 351, post 70 får ein auke på 1,5 mill. kroner.", "351/70", "1500"],
    ["Løyvinga på kap. 351, post 70 aukar med 750 000 kroner.", "351/70", "750"],
  ])("%s", (text, code, amount) => {
    const r = parseChangeText(text);
    expect(simple(r.entries)).toEqual([[code, amount, null]]);
    expect(r.diagnostics).toEqual([]);
  });

  it("reads two clauses in Nynorsk", () => {
    const r = parseChangeText("Løyvinga på kap. 858, post 01 vert auka med 2 mill. kroner, og løyvinga på kap. 855, post 01 vert redusert med 1 mill. kroner.");
    expect(simple(r.entries)).toEqual([
      ["858/01", "2000", null],
      ["855/01", "-1000", null],
    ]);
  });

  it("reads 'vert overført frå ... til'", () => {
    const r = parseChangeText("1 mill. kroner vert overført frå kap. 671, post 62 til kap. 858, post 01.");
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
  });
});

describe("the seed letter's change paragraphs, pasted as the letter prints them", () => {
  // tests/fixtures/seed/tillegg-bufdir-2024.txt, from "Kap. 351 Likestilling" to the transfer paragraph.
  const seedText = readFileSync(join(__dirname, "../../fixtures/seed/tillegg-bufdir-2024.txt"), "utf8");
  const start = seedText.indexOf("Kap. 351 Likestilling");
  const end = seedText.indexOf("Pågående oppdrag");
  const pasted = readPastedLetter(seedText.slice(start, end));

  it("gives exactly the letter's three changes and nothing else", () => {
    const changes = pasted.sentenceChanges;
    expect(changes.map((c) => [`${c.code.chapter}/${String(c.code.post).padStart(2, "0")}`, c.change.toFixed(), c.transfer !== undefined])).toEqual([
      ["351/70", "1000", false],
      ["671/62", "-1000", true],
      ["858/01", "1000", true],
    ]);
    // One transfer, across the blank line the PDF text puts inside the sentence.
    expect(changes[1].transfer).toBe(changes[2].transfer);
    // The title paragraph under the kap. 351 heading names no amount: a note, nothing more.
    expect(pasted.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("a change sheet whose text names more codes than its row", () => {
  const sentence = "Bevilgningen under kap. 1400 økes: post 01 med 12 mill. kroner og post 03 med 4 mill. kroner.";

  it("reads each code on its own row from the one sentence", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring", "Tekst"],
        ["1400/01", "", sentence],
        ["1400/03", "", sentence],
      ]),
      // The sheet states no unit: the user's choice, so the only question left is the sentence's.
      { unit: "1000 kr" },
    );
    expect(simple(sheet.entries)).toEqual([
      ["1400/01", "12000", null],
      ["1400/03", "4000", null],
    ]);
    expect(sheet.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("warns about the change the sentence makes to a code no row has", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring", "Tekst"],
        ["1400/01", "", sentence],
      ]),
      { unit: "1000 kr" },
    );
    expect(simple(sheet.entries)).toEqual([["1400/01", "12000", null]]);
    expect(sheet.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.severity, d.code, d.params.code, d.params.amount, d.cell])).toEqual([
      ["warning", "CHG-TEXT-CODE-WITHOUT-ROW", "1400/03", "4 000", "Endringer!C2"],
    ]);
  });
});
