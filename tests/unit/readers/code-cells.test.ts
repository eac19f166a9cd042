import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { readChanges } from "../../../src/core/changes/read-changes";
import { gridFromRows } from "../../../src/core/grid";

describe("codes keep their written form in the readers", () => {
  test("a kap.post number uses its cell's number format; a General one warns at its cell", () => {
    const grid = gridFromRows(
      "Tildeling",
      [
        ["Kap/post", "Tildeling"],
        [701.6, 1200],
        [351.7, 57625],
        [760.21, 300],
      ],
      { formats: [[], ["0.00"], ["General"], []] },
    );
    const sheet = readAllocations(grid, { unit: "1000 kr" });
    expect(sheet.lines.map((l) => [formatBudgetCode(l.code), l.amount.toFixed()])).toEqual([
      ["701/60", "1200"],
      ["351/70", "57625"],
      ["760/21", "300"],
    ]);
    expect(sheet.diagnostics.map((d) => [d.severity, d.code, d.cell])).toEqual([["warning", "KP-NUMBER-CELL", "Tildeling!A3"]]);
  });

  test("a date in a change list's code column is read as the code it probably was, with a warning", () => {
    const grid = gridFromRows("Endringer", [["(i 1 000 kr)"], ["Kap/post", "Endring"], [22098, 500]], { formats: [[], [], ["dd.mm.yyyy"]] });
    const changes = readChanges(grid);
    expect(changes.entries.map((e) => [formatBudgetCode(e.code), e.amount.toFixed()])).toEqual([["7/60", "500"]]);
    expect(changes.diagnostics.map((d) => [d.severity, d.code, d.cell, d.params.probable])).toEqual([["warning", "KP-DATE-CELL", "Endringer!A3", "7/60"]]);
  });
});
