import { insertLetterTable, wordActions } from "../../../src/word/insert-letter-table";
import type { LetterInsert } from "../../../src/core/letter/letter-insert";
import { FakeWordDocument } from "./fake-word-document";

const seedInsert: LetterInsert = {
  caption: "Beløp i 1 000 kr",
  cells: [
    ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
    ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
  ],
  headerRows: 1,
  amountColumns: [1, 2, 3],
  totalRows: [],
  paragraphs: ["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."],
};

describe("insertLetterTable (Word)", () => {
  it("inserts the table, caption and sentences after the cursor's paragraph in one round trip", async () => {
    const doc = new FakeWordDocument(["Finansiering", "Med hilsen"], 0);
    const context = doc.context();
    const sync = jest.spyOn(context, "sync");

    await insertLetterTable(context, seedInsert);

    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.calls.filter((c) => c === "insertTable")).toHaveLength(1);
    expect(doc.texts()).toEqual([
      "Finansiering",
      "Beløp i 1 000 kr",
      "[table 2x4]",
      "Kap. 351 Likestilling",
      "Post 70 Tilskudd til likestilling",
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.",
      "Med hilsen",
    ]);
    expect(doc.tables()[0].values).toEqual(seedInsert.cells);
  });

  it("formats the table as the letter does: bordered, bold header, amounts right-aligned", async () => {
    const doc = new FakeWordDocument([""], 0);
    await insertLetterTable(doc.context(), { ...seedInsert, caption: null, paragraphs: [] });
    const [table] = doc.tables();
    expect(table.styleBuiltIn).toBe("TableGrid");
    expect(table.headerRowCount).toBe(1);
    expect(table.cells[0].map((c) => c.bold)).toEqual([true, true, true, true]);
    expect(table.cells[1].map((c) => c.bold)).toEqual([false, false, false, false]);
    expect(table.cells[1].map((c) => c.alignment)).toEqual(["Left", "Right", "Right", "Right"]);
    expect(doc.texts()).toEqual(["", "[table 2x4]"]);
  });

  it("makes one round trip however many rows the table has", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`${800 + i}/01`, "1 000", "−10", "990"]);
    const doc = new FakeWordDocument(["x"], 0);
    const context = doc.context();
    const sync = jest.spyOn(context, "sync");
    await insertLetterTable(context, { ...seedInsert, cells: [seedInsert.cells[0], ...rows], totalRows: [200] });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.tables()[0].values).toHaveLength(201);
    expect(doc.tables()[0].cells[200].every((c) => c.bold)).toBe(true);
  });

  it("does nothing for an empty table rather than inserting an empty grid", async () => {
    const doc = new FakeWordDocument(["x"], 0);
    const context = doc.context();
    const sync = jest.spyOn(context, "sync");
    await insertLetterTable(context, { ...seedInsert, cells: [] });
    expect(doc.texts()).toEqual(["x"]);
    expect(sync).not.toHaveBeenCalled();
  });

  it("wordActions runs the insert through the given Word.run and reports the API check", async () => {
    const doc = new FakeWordDocument(["x"], 0);
    const context = doc.context();
    let runs = 0;
    const actions = wordActions(
      async (batch) => {
        runs++;
        await batch(context);
      },
      (name, version) => name === "WordApi" && version === "1.3",
    );
    await actions.insertLetterTable(seedInsert);
    expect(runs).toBe(1);
    expect(doc.tables()).toHaveLength(1);
    expect(actions.canInsertTables()).toBe(true);
    expect(wordActions(async () => undefined, () => false).canInsertTables()).toBe(false);
  });
});
