// The pane checks a named table by streaming its rows from the table's own first row and column
// (src/excel/check-rows.ts), where it used to read the table whole into a Grid starting there and
// run checkWorkbook. Both must give the same report. Every sheet of the corpus, the LibreOffice
// fixtures and the sample is placed as a table at C7 (its grid starting at row 7, column C), then
// checked both ways: the whole-grid check is the reference, as the corpus's hand-worked answers
// judge it. Two tables placed by hand check the addresses themselves.
import { join } from "node:path";
import { type CellValue, type Grid } from "../../../src/core/grid";
import type { RunOptions } from "../../../src/core/use-cases/workbook";
import { readWorkbookFile } from "../../../src/xlsx/read-workbook";
import { CORPUS, FIXTURES, ROOT, SAMPLE, xlsxIn } from "../../cli/run-cli";
import { streamedCheck, wholeCheck } from "./both-paths";


const at = (grid: Grid, top: number, left: number): Grid => ({ ...grid, top, left });
const WORKBOOKS = [SAMPLE, ...xlsxIn(FIXTURES), ...xlsxIn(CORPUS)];

describe("a named table checked as its rows stream gives the whole-grid report", () => {
  it("has workbooks to compare", () => {
    expect(WORKBOOKS.length).toBeGreaterThan(50);
  });

  it.each(WORKBOOKS.map((f) => [f.slice(ROOT.length + 1)]))("%s, each sheet as a table at C7", async (file) => {
    const book = await readWorkbookFile(join(ROOT, file));
    if (!book.ok) return;
    for (const { grid } of book.sheets) {
      const table = at(grid, 7, 3);
      const options: RunOptions = { sheet: grid.sheet };
      expect(await streamedCheck(table, options)).toEqual(await wholeCheck(table, options));
    }
  });

  const rows: CellValue[][] = [
    ["Kap/post", "Betegnelse", "Tildeling (i 1 000 kr)"],
    ["351/70", "Tilskudd til likestilling", 57625],
    ["858/01", "Driftsutgifter", 402310],
    ["858/99", "Ukjent post", 5],
    ["9999/01", "Feil kapittel", 100],
  ];

  it("names the sheet's own cells for a table at D12: the unknown post at D15, the bad chapter at D16", async () => {
    const table: Grid = { sheet: "Tildeling", top: 12, left: 4, values: rows };
    const report = await streamedCheck(table, { sheet: "Tildeling", year: 2026 });
    // Worked out by hand: the header is on row 12, the lines on rows 13-16, the codes in column D.
    expect(report.findings.filter((f) => !f.startsWith("info")).map((f) => f.split(" ").slice(0, 3).join(" "))).toEqual([
      "error KP-CHAPTER-RANGE Tildeling!D16",
      "warning KP-NOT-IN-CHART Tildeling!D15",
    ]);
    expect(report.counts).toEqual([4, 1, 1]);
    expect(report).toEqual(await wholeCheck(table, { sheet: "Tildeling", year: 2026 }));
  });

  it("ignores a hidden column of the table by its place in the table (the table's second column, E)", async () => {
    const withAmounts: CellValue[][] = rows.map((r, i) => [r[0], i === 0 ? "Tildeling" : 1, r[2]]);
    const table: Grid = { sheet: "Tildeling", top: 3, left: 4, values: withAmounts, hiddenColumns: [1] };
    const report = await streamedCheck(table, { sheet: "Tildeling", year: 2026 });
    // Both columns are headed as amounts; the visible one (F, in 1 000 kr) is read: 57 625 at F4.
    expect(report).toEqual(await wholeCheck(table, { sheet: "Tildeling", year: 2026 }));
    expect(report.sheets[0].tables).toContain('"letters":"F"');
  });

  it("reads a 2 500-line table with no header row at D12 as it streams: the inferred columns and the bad codes at the sheet's own cells", async () => {
    const lines: CellValue[][] = [];
    for (let i = 0; i < 2500; i++) lines.push(i === 2300 ? ["858/99", "Ukjent post", 5] : [["351/70", "858/01", "671/62"][i % 3], `Linje ${i + 1}`, 100 + i]);
    const table: Grid = { sheet: "Tildeling", top: 12, left: 4, values: lines };
    const report = await streamedCheck(table, { sheet: "Tildeling", year: 2026 });
    expect(report).toEqual(await wholeCheck(table, { sheet: "Tildeling", year: 2026 }));
    // Line 2301 of the table is on sheet row 12 + 2300; the amounts are in the table's third column, F.
    const shown = report.findings.filter((f) => !f.startsWith("info")).map((f) => f.split(" ").slice(0, 3).join(" "));
    expect(shown).toEqual(["warning HEADER-INFERRED Tildeling!F12", "warning ALLOC-UNIT-ASSUMED Tildeling!D12", "warning KP-NOT-IN-CHART Tildeling!D2312"]);
    expect(report.counts).toEqual([2500, 0, 2]);
  });
});

