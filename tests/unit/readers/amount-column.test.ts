import { readAllocations } from "../../../src/core/allocations/read-allocations";
import type { ReadAllocationOptions } from "../../../src/core/allocations/types";
import { type CellValue, type Grid, gridFromRows } from "../../../src/core/grid";

const PROP = [["Kap.", "Post", "Betegnelse", "Regnskap 2024", "Saldert budsjett 2025", "Forslag 2026"], [351, 70, "Tilskudd til likestilling", 50100, 55000, 57625]];

function read(rows: CellValue[][], options: ReadAllocationOptions = {}, extra: Partial<Grid> = {}) {
  const sheet = readAllocations({ ...gridFromRows("Tildeling", rows), ...extra }, { unit: "1000 kr", ...options });
  const column = sheet.tables[0]?.amountColumn.label ?? null;
  const notes = sheet.diagnostics.filter((d) => d.code.startsWith("ALLOC-AMOUNT-COLUMN")).map((d) => [d.severity, d.code]);
  return { column, amounts: sheet.lines.map((l) => l.amount.toFixed()), notes, source: sheet.tables[0]?.amountSource, alternatives: sheet.tables[0]?.amountAlternatives };
}

describe("the amount column by meaning", () => {
  test("Prop. 1 S: the column of the budget year given", () => {
    expect(read(PROP, { year: 2026 })).toMatchObject({ column: "Forslag 2026", amounts: ["57625"], notes: [["info", "ALLOC-AMOUNT-COLUMN"]], source: "option" });
    expect(read(PROP, { year: 2025 })).toMatchObject({ column: "Saldert budsjett 2025", amounts: ["55000"] });
  });

  test("Prop. 1 S: the year from the sheet's title", () => {
    const rows = [["Statsbudsjettet 2026"], ...PROP];
    expect(read(rows)).toMatchObject({ column: "Forslag 2026", amounts: ["57625"], source: "title" });
  });

  test("Prop. 1 S with no year anywhere: one column is read, and a warning names it and the others", () => {
    const r = read(PROP);
    expect(r.notes).toEqual([["warning", "ALLOC-AMOUNT-COLUMN"]]);
    expect(r.column).toBe("Saldert budsjett 2025");
    expect(r.alternatives).toEqual(["Regnskap 2024", "Forslag 2026"]);
  });

  test("the year from the file name", () => {
    const rows = [["Kap/post", "Tildeling 2025", "Tildeling 2026"], ["351/70", 55000, 57625]];
    expect(read(rows, { fileYear: 2026 })).toMatchObject({ column: "Tildeling 2026", amounts: ["57625"], source: "file-name", notes: [["info", "ALLOC-AMOUNT-COLUMN"]] });
  });

  test("the current total over the original", () => {
    const rows = [["Kap/post", "Opprinnelig tildeling", "Samlet tildeling"], ["351/70", 55000, 57625]];
    expect(read(rows)).toMatchObject({ column: "Samlet tildeling", amounts: ["57625"], notes: [["info", "ALLOC-AMOUNT-COLUMN"]] });
  });

  test("never a hidden column over a visible one", () => {
    const rows = [["Kap/post", "Tildeling", "Tildeling"], ["351/70", 99999, 57625]];
    expect(read(rows, {}, { hiddenColumns: [1] })).toMatchObject({ amounts: ["57625"], notes: [["info", "ALLOC-AMOUNT-COLUMN"]] });
  });

  test("a change table read as an allocation gives the allocation before the change", () => {
    const rows = [["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"], ["351/70", 57625, 1000, 58625]];
    expect(read(rows)).toMatchObject({ column: "Tildeling før tillegget", amounts: ["57625"] });
  });

  test("--amount-column chooses by normalised words", () => {
    expect(read(PROP, { amountColumn: "regnskap 2024" })).toMatchObject({ column: "Regnskap 2024", amounts: ["50100"], notes: [], source: "option" });
    expect(read(PROP, { amountColumn: "SALDERT BUDSJETT" })).toMatchObject({ column: "Saldert budsjett 2025", amounts: ["55000"] });
  });

  test("--amount-column naming no column is refused, not read from another", () => {
    expect(read(PROP, { amountColumn: "Revidert" })).toMatchObject({ column: null, amounts: [], notes: [["error", "ALLOC-AMOUNT-COLUMN-UNKNOWN"]] });
  });
});
