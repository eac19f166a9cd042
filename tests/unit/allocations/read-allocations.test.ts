import { readAllocations } from "../../../src/core/allocations/read-allocations";
import type { AllocationSheet } from "../../../src/core/allocations/types";
import { loadChart } from "../../../src/core/chart/load-chart";
import { type CellValue, gridFromRows } from "../../../src/core/grid";

const lines = (s: AllocationSheet) => s.lines.map((l) => [l.key, l.amount.toFixed()]);
const codes = (s: AllocationSheet) => s.diagnostics.map((d) => [d.severity, d.code, d.cell]);

describe("readAllocations: layouts", () => {
  it("reads separate kap, post and underpost columns, with kap written once per chapter", () => {
    const sheet = readAllocations(
      gridFromRows("Tildeling", [
        ["Kap.", "Post", "Underpost", "Betegnelse", "Tildeling (i 1 000 kr)"],
        [855, 1, 1, "Lønn og godtgjørelser", 4050805],
        [null, 1, 2, "Varer og tjenester", 836489],
        [null, 21, null, "Spesielle driftsutgifter", 12500],
        [858, "01", null, "Driftsutgifter", "512 400"],
      ]),
    );
    expect(lines(sheet)).toEqual([
      ["855/01.1", "4050805"],
      ["855/01.2", "836489"],
      ["855/21", "12500"],
      ["858/01", "512400"],
    ]);
    expect(sheet.unit).toBe("1000 kr");
    expect(sheet.tables[0].unitSource).toBe("header");
    expect(sheet.lines[1].postName).toBe("Varer og tjenester");
    // The kap cell of a row that inherits its chapter is blank: the code cell is the post cell.
    expect(sheet.lines[1].codeCell.address).toBe("Tildeling!B3");
    expect(sheet.lines[3].amountCell.address).toBe("Tildeling!E5");
    expect(sheet.diagnostics).toEqual([]);
  });

  it("reads chapter heading rows and post rows as a letter lays them out", () => {
    const sheet = readAllocations(
      gridFromRows("Ark1", [
        ["Kap/post", "Beløp i 1 000 kroner"],
        ["Kap. 351 Likestilling", null],
        ["Post 70 Tilskudd til likestilling", "57 625"],
        ["Kap. 858 Barne-, ungdoms- og familiedirektoratet", null],
        ["Post 01 Driftsutgifter", "512 400"],
      ]),
    );
    expect(lines(sheet)).toEqual([
      ["351/70", "57625"],
      ["858/01", "512400"],
    ]);
    expect(sheet.lines[0].chapterName).toBe("Likestilling");
    expect(sheet.lines[0].postName).toBe("Tilskudd til likestilling");
    expect(sheet.lines[1].chapterName).toBe("Barne-, ungdoms- og familiedirektoratet");
  });

  it("does not take Gul bok's other number columns (fdep_nr, omr_nr, kat_nr) for kap or post", () => {
    const sheet = readAllocations(
      gridFromRows("Ark1", [
        ["fdep_nr", "omr_nr", "kat_nr", "kap_nr", "post_nr", "upost_nr", "kap_navn", "post_navn", "GB"],
        [15, 0, 10, 1, 1, 2, " H.M. Kongen og H.M. Dronningen", " Varer og tjenester", 14768000],
        [28, 26, 10, 2445, 24, 1, " Statsbygg", " Driftsinntekter", -4982123000],
      ]),
      { kind: "budget-data" },
    );
    expect(lines(sheet)).toEqual([
      ["1/01.2", "14768000"],
      ["2445/24.1", "-4982123000"],
    ]);
    expect(sheet.unit).toBe("kr");
    expect(sheet.lines[0].chapterName).toBe("H.M. Kongen og H.M. Dronningen");
    expect(Object.fromEntries(sheet.tables[0].columns.map((c) => [c.label, c.role]))).toEqual({
      kap_nr: "chapter",
      post_nr: "post",
      upost_nr: "subPost",
      kap_navn: "chapterName",
      post_navn: "postName",
      GB: "amount",
    });
    expect(sheet.tables[0].range).toBe("Ark1!A1:I3");
    expect(sheet.diagnostics).toEqual([]);
  });

  it("takes names from the chart when the sheet gives none", () => {
    const sheet = readAllocations(gridFromRows("Ark1", [["Kap/post", "Tildeling"], ["351/70", 57625], ["858/01", 512400]]), { unit: "1000 kr", chart: loadChart(2024) });
    expect(sheet.lines.map((l) => [l.chapterName, l.postName])).toEqual([
      ["Likestilling", "Tilskudd til likestilling"],
      ["Barne-, ungdoms- og familiedirektoratet og fellesfunksjoner i Barne-, ungdoms- og familieetaten", "Driftsutgifter"],
    ]);
  });

  it("keeps the Excel table's name and reads a table that starts in the middle of a sheet", () => {
    const grid = { ...gridFromRows("Budsjett", [["Kap/post", "Tildeling"], ["351/70", 57625]], { top: 5, left: 3 }), table: "Tildeling2024" };
    const sheet = readAllocations(grid, { unit: "1000 kr" });
    expect(sheet.tables[0].excelTable).toBe("Tildeling2024");
    expect(sheet.tables[0].range).toBe("Budsjett!C5:D6");
    expect(sheet.lines[0].sheetRow).toBe(6);
    expect(sheet.lines[0].row).toBe(1);
    expect(sheet.lines[0].amountCell.address).toBe("Budsjett!D6");
  });
});

describe("readAllocations: units", () => {
  it("finds the unit in a caption above the header", () => {
    for (const [caption, unit] of [
      ["(i 1 000 kr)", "1000 kr"],
      ["Beløp i 1 000 kroner", "1000 kr"],
      ["alle tall i mill. kr", "mill. kr"],
      ["Beløp i kroner", "kr"],
    ]) {
      const sheet = readAllocations(gridFromRows("Ark1", [["Tildelingsbrev 2024"], [caption], ["Kap/post", "Tildeling"], ["351/70", 1]]));
      expect([caption, sheet.unit, sheet.tables[0].unitSource]).toEqual([caption, unit, "caption"]);
    }
  });

  it("says which unit it assumed when the sheet names none", () => {
    const sheet = readAllocations(gridFromRows("Ark1", [["Kap/post", "Tildeling"], ["351/70", 57625]]), { defaultUnit: "kr" });
    expect(sheet.unit).toBe("kr");
    expect(codes(sheet)).toEqual([["warning", "ALLOC-UNIT-ASSUMED", "Ark1!A1"]]);
    expect(readAllocations(gridFromRows("Ark1", [["Kap/post", "Tildeling"], ["351/70", 57625]])).unit).toBe("1000 kr");
  });

  it("lets the user's unit win, with a warning when the sheet says otherwise", () => {
    const sheet = readAllocations(gridFromRows("Ark1", [["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["351/70", 57625]]), { unit: "kr" });
    expect(sheet.unit).toBe("kr");
    expect(lines(sheet)).toEqual([["351/70", "57625"]]);
    expect(codes(sheet)).toEqual([["warning", "ALLOC-UNIT-CONFLICT", "Ark1!A1"]]);
  });

  it("converts a second table in another unit to the first table's unit, and says so", () => {
    const sheet = readAllocations(
      gridFromRows("Ark1", [
        ["Driftsmidler (i 1 000 kr)"],
        ["Kap/post", "Tildeling"],
        ["858/01", "512 400"],
        [],
        ["Tilskudd (mill. kr)"],
        ["Kap/post", "Tildeling"],
        ["351/70", "57,625"],
      ]),
    );
    expect(sheet.tables.map((t) => [t.unit, t.titles])).toEqual([
      ["1000 kr", ["Driftsmidler (i 1 000 kr)"]],
      ["mill. kr", ["Tilskudd (mill. kr)"]],
    ]);
    expect(lines(sheet)).toEqual([
      ["858/01", "512400"],
      ["351/70", "57625"],
    ]);
    expect(codes(sheet)).toEqual([["info", "ALLOC-UNIT-CONVERTED", "Ark1!A6"]]);
  });
});

describe("readAllocations: no row dropped in silence", () => {
  const grid = gridFromRows("Tildeling", [
    ["Tildeling 2024 – Bufdir"],
    ["(i 1 000 kr)"],
    ["Kap/post", "Betegnelse", "Tildeling"],
    ["855/01", "Driftsutgifter", "4 887 294"],
    ["855/21", "Spesielle driftsutgifter", 12500],
    [],
    ["Sum kap. 855", null, "4 899 794"],
    ["858/01", "Driftsutgifter", "512 400"],
    ["858/21", "Spesielle driftsutgifter", "14 5OO"],
    ["858/70", "Tilskudd", null],
    [null, "Uten kode", 300],
    ["855/700", "Feil post", 1200],
    ["Sum kap. 858", null, 600000],
    ["Merknad: tallene er foreløpige"],
    ["Sum", null, "5 412 194"],
  ]);
  const sheet = readAllocations(grid);

  it("reads the lines", () => {
    expect(lines(sheet)).toEqual([
      ["855/01", "4887294"],
      ["855/21", "12500"],
      ["858/01", "512400"],
    ]);
  });

  it("names every other row in a diagnostic with its cell", () => {
    expect(codes(sheet)).toEqual([
      ["info", "ALLOC-TOTAL-ROW", "Tildeling!C7"],
      ["error", "AMT-SEPARATORS", "Tildeling!C9"],
      ["error", "ALLOC-AMOUNT-MISSING", "Tildeling!C10"],
      ["error", "ALLOC-CODE-MISSING", "Tildeling!C11"],
      ["error", "KP-POST-RANGE", "Tildeling!A12"],
      ["warning", "ALLOC-TOTAL-MISMATCH", "Tildeling!C13"],
      ["info", "ALLOC-NOTE-ROW", "Tildeling!A14"],
      ["info", "ALLOC-TOTAL-ROW", "Tildeling!C15"],
    ]);
    const body = grid.values.map((row, r) => ({ row, r })).filter(({ row, r }) => r > 2 && row.some((v: CellValue) => v !== null));
    const named = new Set([...sheet.lines.map((l) => l.sheetRow), ...sheet.diagnostics.map((d) => Number(/\d+$/.exec(d.cell!)![0]))]);
    expect(body.map(({ r }) => r + 1).filter((row) => !named.has(row))).toEqual([]);
  });

  it("checks sum rows against the lines above them", () => {
    const mismatch = sheet.diagnostics.find((d) => d.code === "ALLOC-TOTAL-MISMATCH")!;
    expect(mismatch.params).toEqual({ shown: "600 000", computed: "512 400" });
    expect(sheet.tables[0].totalRows.map((t) => [t.label, t.matches])).toEqual([
      ["Sum kap. 855", true],
      ["Sum kap. 858", false],
      ["Sum", true],
    ]);
  });
});

describe("readAllocations: sheet kinds and columns", () => {
  const grid = gridFromRows("Ark1", [["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"], ["2445/24", "-364 642", "0", "-364 642"]]);

  it("flags a negative amount in an allocation letter but not in budget data", () => {
    expect(codes(readAllocations(grid))).toContainEqual(["error", "ALLOC-NEGATIVE", "Ark1!B2"]);
    expect(readAllocations(grid, { kind: "budget-data", unit: "1000 kr" }).diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reads a change table's 'before' column as the allocation, or the column asked for", () => {
    const before = readAllocations(grid, { kind: "budget-data", unit: "1000 kr" });
    expect(before.tables[0].amountColumn.label).toBe("Tildeling før tillegget");
    expect(before.diagnostics.map((d) => d.code)).toContain("ALLOC-AMOUNT-COLUMN");
    const after = readAllocations(grid, { kind: "budget-data", unit: "1000 kr", amountColumn: "ny tildeling" });
    expect(after.tables[0].amountColumn.col).toBe(3);
    const missing = readAllocations(grid, { kind: "budget-data", unit: "1000 kr", amountColumn: "Revidert" });
    expect(missing.diagnostics.map((d) => d.code)).toContain("ALLOC-AMOUNT-COLUMN-UNKNOWN");
  });

  it("says when it finds no table, or nothing at all", () => {
    expect(codes(readAllocations(gridFromRows("Notater", [["Husk å sende brevet"], ["Frist", "1. april"]])))).toEqual([["error", "HEADER-NOT-FOUND", undefined]]);
    expect(codes(readAllocations(gridFromRows("Tomt", [[], [null, ""]])))).toEqual([["error", "SHEET-EMPTY", undefined]]);
  });
});
