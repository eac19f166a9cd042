// The streaming reader against the whole-sheet reader: every sheet of every workbook in the corpus
// and the LibreOffice fixtures, and sheets built here to hit the table-splitting rules (titles of a
// second table, blank rows, sum rows, a header merged over kap and post), must give the same lines,
// tables, unit and findings whichever way they are read. The whole-sheet reader is the reference:
// its answers are the ones the corpus's hand-worked answers judge.
import { join } from "node:path";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { AllocationStream } from "../../../src/core/allocations/stream-allocations";
import type { AllocationLine } from "../../../src/core/allocations/types";
import { type CellValue, type Grid, gridFromRows } from "../../../src/core/grid";
import { detectSheetKind } from "../../../src/core/sheet/sheet-kind";
import { readWorkbookFile } from "../../../src/xlsx/read-workbook";
import { CORPUS, FIXTURES, GUL_BOK, ROOT, SAMPLE, xlsxIn } from "../../cli/run-cli";

const lineKey = (l: AllocationLine) => `${l.sheetRow} ${l.key} ${l.amount.toString()} ${l.codeCell.address} ${l.amountCell.address} ${l.chapterName ?? ""} ${l.postName ?? ""} ${l.table}`;

function streamed(grid: Grid, year?: number) {
  const lines: AllocationLine[] = [];
  const stream = new AllocationStream(grid.sheet, grid.hiddenColumns, year ? { year } : {}, { onLine: (l) => lines.push(l) });
  grid.values.forEach((row, i) => {
    // Rows with no cells are not handed over by the .xlsx reader either.
    if (row.length > 0) stream.row(grid.top - 1 + i, row, grid.formats?.[i] ?? []);
  });
  const read = stream.end();
  return { unit: read.unit, kind: read.kind, tables: JSON.stringify(read.tables), diagnostics: read.diagnostics, lines: lines.map(lineKey) };
}

function whole(grid: Grid, year?: number) {
  const kind = detectSheetKind(grid);
  const read = readAllocations(grid, { kind, ...(year ? { year } : {}) });
  return { unit: read.unit, kind, tables: JSON.stringify(read.tables), diagnostics: read.diagnostics, lines: read.lines.map(lineKey) };
}

const WORKBOOKS = [SAMPLE, ...xlsxIn(FIXTURES), ...xlsxIn(GUL_BOK), ...xlsxIn(CORPUS)];

describe("the streaming allocation reader reads as the whole-sheet reader does", () => {
  it("has workbooks to compare", () => {
    expect(WORKBOOKS.length).toBeGreaterThan(50);
  });

  it.each(WORKBOOKS.map((f) => [f.slice(ROOT.length + 1)]))("%s", async (file) => {
    const book = await readWorkbookFile(join(ROOT, file));
    if (!book.ok) return;
    for (const { grid } of book.sheets) expect(streamed(grid)).toEqual(whole(grid));
  });

  const rows = (list: CellValue[][]) => gridFromRows("Tildeling", list);

  it("gives a second table its titles and ends the first table above them", () => {
    const grid = rows([
      ["Tildelingsbrev 2025"],
      ["Kap/post", "Tildeling"],
      ["351/21", 100],
      ["Merknad: se vedlegg"],
      [],
      ["Tabell 2"],
      ["Beløp i kroner"],
      [],
      ["Kap/post", "Beløp"],
      ["351/70", 2000],
      ["Sum", 2000],
    ]);
    const got = streamed(grid);
    expect(got).toEqual(whole(grid));
    expect(got.lines).toHaveLength(2);
    expect(JSON.parse(got.tables).map((t: { range: string }) => t.range)).toEqual(["Tildeling!A2:B4", "Tildeling!A9:B11"]);
  });

  it("takes only the last four title rows above a header, as the whole-sheet reader does", () => {
    const grid = rows([["Kap/post", "Tildeling"], ["351/21", 100], ["a"], ["b"], ["c"], ["d"], ["e"], ["Kap/post", "Tildeling"], ["351/70", 5]]);
    expect(streamed(grid)).toEqual(whole(grid));
  });

  it("reads a header merged over kap and post after weighing the rows below it", () => {
    const body: CellValue[][] = [];
    for (let i = 0; i < 40; i++) body.push([351, 21, 100 + i]);
    const grid = rows([["Kap/post", null, "Tildeling"], ...body, ["Sum", null, 999]]);
    const got = streamed(grid, 2025);
    expect(got).toEqual(whole(grid, 2025));
    expect(got.lines[0]).toContain(" 351/21 100 Tildeling!A2 Tildeling!C2 ");
  });

  it("reads a sheet with no header row whole, inferring its columns", () => {
    const grid = rows([
      ["351/21", "Drift", 100],
      ["351/70", "Tilskudd", 200],
    ]);
    expect(streamed(grid)).toEqual(whole(grid));
  });
});
