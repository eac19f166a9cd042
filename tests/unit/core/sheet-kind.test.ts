import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { readChanges } from "../../../src/core/changes/read-changes";
import { gridFromRows } from "../../../src/core/grid";
import { detectSheetKind, hasChangeColumn, looksLikeChangeTables } from "../../../src/core/sheet/sheet-kind";

describe("detectSheetKind", () => {
  it("calls a sheet with Gul bok column names (kap_nr, post_nr) budget data, below a title row", () => {
    const grid = gridFromRows("Data", [["Statsbudsjettet 2025"], ["fdep_nr", "Kap_nr", "Post_nr", "Beløp"], [4, 351, 70, 57625000]]);
    expect(detectSheetKind(grid)).toBe("budget-data");
  });

  it("calls an allocation letter's table an allocation, and one Gul bok name alone is not enough", () => {
    expect(detectSheetKind(gridFromRows("Tildeling", [["Kap", "Post", "Tildeling"], [351, 70, 57625]]))).toBe("allocation");
    expect(detectSheetKind(gridFromRows("Tildeling", [["kap_nr", "Post", "Tildeling"], [351, 70, 57625]]))).toBe("allocation");
  });
});

describe("change tables", () => {
  const changes = gridFromRows("Ark1", [["Kap/post", "Endring", "Tekst"], ["351/70", "1 000", "Økt tildeling"]]);
  const allocation = gridFromRows("Ark2", [["Kap/post", "Tildeling"], ["351/70", "57 625"]]);

  // A change table written earlier (such as the command line's own «Endringstabell») has amounts
  // an allocation read accepts (Tildeling før), but it is not the allocation sheet.
  const changeTable = gridFromRows("Ark3", [["Kap/post", "Tildeling før", "Endring", "Ny tildeling"], ["351/70", 57625, 1000, 58625]]);

  it("sees the Endring column in a change list and in a change table read as an allocation sheet", () => {
    expect(hasChangeColumn(readChanges(changes).tables)).toBe(true);
    const read = readAllocations(changeTable);
    expect(read.tables).toHaveLength(1);
    expect(looksLikeChangeTables(read.tables)).toBe(true);
  });

  it("does not take an allocation table for change entries", () => {
    expect(hasChangeColumn(readChanges(allocation).tables)).toBe(false);
    expect(looksLikeChangeTables(readAllocations(allocation).tables)).toBe(false);
  });
});
