/**
 * @jest-environment jsdom
 */
// Acceptance: from the seed data, through the product's readers and applyChanges, the letter
// table's text equals the seed letter's table line for line, and its HTML parsed back by a real
// HTML parser gives the same cells.
import { letterParagraphGroups, letterParagraphs } from "../../../src/core/letter/letter-paragraphs";
import seed from "../../fixtures/seed/seed-letter.json";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { applyChanges } from "../../../src/core/changes/apply";
import { readChanges } from "../../../src/core/changes/read-changes";
import { gridFromRows } from "../../../src/core/grid";
import { letterTableFromChangeTable, sentenceChangesOf } from "../../../src/core/letter/from-change-table";
import { letterTableHtml } from "../../../src/core/letter/letter-html";
import { letterInsert } from "../../../src/core/letter/letter-insert";
import { letterTableText } from "../../../src/core/letter/letter-text";
import { generateSentences } from "../../../src/core/letter/sentences";

/** The letter's amounts as the product writes them: thousands grouped with U+202F ("57 625"). */
const thin = (text: string): string => text.replace(/(\d)[ \u00a0](?=\d{3}(?:\D|$))/g, "$1\u202f");

function seedChangeTable() {
  const allocations = readAllocations(
    gridFromRows("Tildeling", [
      ["Tildeling 2024 (i 1 000 kr)"],
      ["Kap/post", "Kapittelnavn", "Postnavn", "Tildeling"],
      ...seed.allocation.map((a) => [a.code, a.chapterName, a.postName, a.amount]),
    ]),
  );
  const changes = readChanges(
    gridFromRows("Endringer", [
      ["Endringer (i 1 000 kr)"],
      ["Kap/post", "Endring", "Tekst", "Overføring"],
      ...seed.changes.map((c) => [c.code, c.change, c.text ?? null, c.transfer ?? null]),
    ]),
  );
  return applyChanges(allocations, changes);
}

function cellsOfHtml(html: string): string[][] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return Array.from(doc.querySelectorAll("table tr"), (tr) => Array.from(tr.querySelectorAll("th, td"), (c) => c.textContent ?? ""));
}

describe("the seed letter's change table", () => {
  const table = letterTableFromChangeTable(seedChangeTable());

  it("prints as the seed letter's table, line for line", () => {
    expect(letterTableText(table).split("\n")).toEqual(thin(seed.expectedLetterTableText).split("\n"));
  });

  it("gives the same cells when its HTML is parsed back", () => {
    const expected = thin(seed.expectedLetterTableText).split("\n").map((l) => l.split("\t"));
    expect(cellsOfHtml(letterTableHtml(table, { caption: true, paragraphs: letterParagraphs(table, { blocks: true }) }))).toEqual(expected);
  });

  it("carries the unit caption and the letter's block under the table", () => {
    expect(letterTableText(table, { caption: true, paragraphs: letterParagraphGroups(table, { blocks: true }) }).split("\n")).toEqual([
      "Beløp i 1 000 kr",
      ...thin(seed.expectedLetterTableText).split("\n"),
      "",
      `Kap. 351 ${seed.allocation[0].chapterName}`,
      `Post 70 ${seed.allocation[0].postName}`,
      seed.changes[0].text,
    ]);
  });

  it("writes the seed's transfer sentence from the change table's entries", () => {
    const { sentences } = generateSentences(sentenceChangesOf(seedChangeTable()), table.unit);
    const transferText = seed.changes.find((c) => c.transfer && c.text)!.text!;
    expect(sentences.map((s) => s.text)).toContain(`${transferText}.`);
  });

  it("inserts into Word the same cells as the text", () => {
    const insert = letterInsert(table, { caption: true });
    expect(insert.cells.map((r) => r.join("\t")).join("\n")).toBe(thin(seed.expectedLetterTableText));
    expect(insert.caption).toBe("Beløp i 1 000 kr");
    expect(insert.amountColumns).toEqual([1, 2, 3]);
  });
});

describe("letter HTML escaping", () => {
  const hostile = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "A & B 'quoted'"];

  it("keeps hostile cell, block and sentence texts as text, never as markup", () => {
    const table = {
      ...letterTableFromChangeTable(seedChangeTable()),
      header: [hostile[0], hostile[1], hostile[2], "Ny tildeling"],
    };
    const html = letterTableHtml(table, { caption: true, paragraphs: [...hostile, hostile[1]] });
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelectorAll("script, img")).toHaveLength(0);
    expect(cellsOfHtml(html)[0]).toEqual([...hostile, "Ny tildeling"]);
    expect(Array.from(doc.querySelectorAll("p"), (p) => p.textContent)).toEqual(["Beløp i 1 000 kr", ...hostile, hostile[1]]);
    for (const el of Array.from(doc.querySelectorAll("*"))) {
      expect(Array.from(el.attributes, (a) => a.name).filter((n) => n.startsWith("on"))).toEqual([]);
    }
  });
});
