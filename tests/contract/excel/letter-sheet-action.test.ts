// "Lag brevtabell" through the pane's actions: the seed workbook's changes read, applied and
// written as the letter's table on the add-in's Brevtabell sheet in one Excel.run, with the
// user's column titles; a second run replaces the sheet instead of adding another.
import { createFakeExcel } from "../../support/fake-excel";
import { SEED_SHEETS } from "../../support/seed-workbook";
import { installLetterFormats } from "./letter-format-fake";
import { CHANGES_FROM_SHEET, SETTINGS, actionsFor, seededWorkbook } from "./workbooks";

// The letter sheet's borders, fonts and widths, which the shared fake does not model by itself.
installLetterFormats();

function seedWorkbookOf351Only() {
  const fake = createFakeExcel();
  for (const sheet of SEED_SHEETS) fake.state.type(sheet.name, sheet.rows);
  return fake;
}

describe("writeLetterTable (Lag brevtabell)", () => {
  it("writes the lines with an allocation as the letter's table, with the caption and the user's titles", async () => {
    const fake = seedWorkbookOf351Only();
    const report = await actionsFor(fake).writeLetterTable(CHANGES_FROM_SHEET, { header: { before: "Tildeling før tillegget nr. 4" } }, SETTINGS, "nb");

    expect(report).toEqual({ sheet: "Brevtabell", address: "Brevtabell!A2:D3", rows: 1, undoable: false });
    expect(fake.values("Brevtabell!A1:D3")).toEqual([
      ["Beløp i 1 000 kr", "", "", ""],
      ["Kap/post", "Tildeling før tillegget nr. 4", "Endring", "Ny tildeling"],
      ["351/70", 57625, 1000, 58625],
    ]);
    // Read and write in one Excel.run: the change read (2 syncs) and the sheet write (2 syncs).
    expect(fake.state.syncCount).toBeLessThanOrEqual(4);
  });

  it("puts the blocks and only the table's sentences under it when asked", async () => {
    const fake = seededWorkbook();
    await actionsFor(fake).writeLetterTable(CHANGES_FROM_SHEET, { blocks: true, sentences: true }, SETTINGS, "nb");
    const column = fake.values("Brevtabell!A1:A20").map((r) => r[0]);
    expect(column.slice(1, 5)).toEqual(["Kap/post", "351/70", "671/62", "858/01"]);
    expect(column).toContain("Kap. 351 Likestilling");
    // The transfer stands once, under the line it reduces: the sheet's own text already says it.
    const transfer = column.filter((v) => /^Tildelingen på kap\. 671, post 62 reduseres med .* mot en tilsvarende økning på kap\. 858, post 01\.?$/.test(String(v)));
    expect(transfer).toHaveLength(1);
    expect(column[column.indexOf(transfer[0]) - 1]).toBe("Post 62 Kommunale integreringstiltak");
  });

  it("replaces its sheet on a re-run, leaving one Brevtabell", async () => {
    const fake = seedWorkbookOf351Only();
    const actions = actionsFor(fake);
    await actions.writeLetterTable(CHANGES_FROM_SHEET, { blocks: true }, SETTINGS, "nb");
    await actions.writeLetterTable(CHANGES_FROM_SHEET, {}, SETTINGS, "nb");
    expect(fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith("Brevtabell"))).toEqual(["Brevtabell"]);
    // The blocks of the first run are gone with its sheet.
    expect(fake.values("Brevtabell!A4:A8").flat().every((v) => v === "")).toBe(true);
  });

  it("writes nothing when no change hit an allocation line", async () => {
    const fake = seedWorkbookOf351Only();
    fake.state.type("Tom", [["Kap/post", "Tildeling"], ["855/01", 100]]);
    const report = await actionsFor(fake).writeLetterTable({ ...CHANGES_FROM_SHEET, allocations: { sheet: "Tom" } }, {}, SETTINGS, "nb");
    expect(report.rows).toBe(0);
    expect(fake.state.sheet("Brevtabell")).toBeUndefined();
  });
});

describe("check counts lines honestly", () => {
  it("counts the seed sheet's three lines, two of them with errors", async () => {
    const fake = seedWorkbookOf351Only();
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, { ...SETTINGS, chartYear: 2024 });
    expect([report.lines, report.linesWithErrors]).toEqual([3, 2]);
  });
});
