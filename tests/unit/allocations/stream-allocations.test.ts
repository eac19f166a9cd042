// The streaming reader against the whole-sheet reader: every sheet of every workbook in the corpus
// and the LibreOffice fixtures, and sheets built here to hit the table-splitting rules (titles of a
// second table, blank rows, sum rows, a header merged over kap and post), must give the same lines,
// tables, unit and findings whichever way they are read. The whole-sheet reader is the reference:
// its answers are the ones the corpus's hand-worked answers judge.
import { join } from "node:path";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { AllocationStream } from "../../../src/core/allocations/stream-allocations";
import { LateHeaderError } from "../../../src/core/allocations/read-whole";
import type { AllocationLine } from "../../../src/core/allocations/types";
import { type CellValue, type Grid, gridFromRows } from "../../../src/core/grid";
import { detectSheetKind } from "../../../src/core/sheet/sheet-kind";
import { readWorkbookFile } from "../../../src/xlsx/read-workbook";
import { CORPUS, FIXTURES, GUL_BOK, ROOT, SAMPLE, xlsxIn } from "../../cli/run-cli";

const lineKey = (l: AllocationLine) => `${l.sheetRow} ${l.key} ${l.amount.toString()} ${l.codeCell.address} ${l.amountCell.address} ${l.chapterName ?? ""} ${l.postName ?? ""} ${l.table}`;

/** `held`: how many rows the reader still held at the end (rows with cells in the grid it hands its hooks). */
function streamed(grid: Grid, year?: number, inferAsRead = true) {
  const lines: AllocationLine[] = [];
  let held: Grid | null = null;
  const hooks = { onLine: (l: AllocationLine) => lines.push(l), onTableStart: (_row: number, _roles: ReadonlySet<string>, g: Grid) => void (held = g) };
  const stream = new AllocationStream(grid.sheet, grid.hiddenColumns, year ? { year } : {}, hooks, undefined, inferAsRead);
  grid.values.forEach((row, i) => {
    // Rows with no cells are not handed over by the .xlsx reader either.
    if (row.length > 0) stream.row(grid.top - 1 + i, row, grid.formats?.[i] ?? []);
  });
  const read = stream.end();
  const heldRows = held === null ? -1 : (held as Grid).values.filter((r) => r.length > 0).length;
  return { unit: read.unit, kind: read.kind, tables: JSON.stringify(read.tables), diagnostics: read.diagnostics, lines: lines.map(lineKey), heldRows };
}

const withoutHeld = ({ heldRows: _, ...rest }: ReturnType<typeof streamed>) => rest;

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
    for (const { grid } of book.sheets) expect(withoutHeld(streamed(grid))).toEqual(whole(grid));
  });

  const rows = (list: CellValue[][]) => gridFromRows("Tildeling", list);

  // Every sheet of the corpus and fixtures that has no header row, made long by repeating its rows
  // past the 2 000 the columns are inferred from: streamed, it must still read as read whole.
  it.each(WORKBOOKS.map((f) => [f.slice(ROOT.length + 1)]))("%s, each sheet without a header repeated to 2 500 rows", async (file) => {
    const book = await readWorkbookFile(join(ROOT, file));
    if (!book.ok) return;
    for (const { grid } of book.sheets) {
      const codes = whole(grid).diagnostics.map((d) => d.code);
      if (!codes.includes("HEADER-INFERRED") && !codes.includes("HEADER-NOT-FOUND")) continue;
      const long: (readonly CellValue[])[] = [];
      const formats: (readonly (string | null | undefined)[])[] = [];
      while (grid.values.length > 0 && long.length < 2500) {
        grid.values.forEach((row, i) => {
          long.push(row);
          formats.push(grid.formats?.[i] ?? []);
        });
      }
      const longGrid: Grid = { ...grid, values: long, formats };
      expect(withoutHeld(streamed(longGrid))).toEqual(whole(longGrid));
    }
  });

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
    expect(withoutHeld(got)).toEqual(whole(grid));
    expect(got.lines).toHaveLength(2);
    expect(JSON.parse(got.tables).map((t: { range: string }) => t.range)).toEqual(["Tildeling!A2:B4", "Tildeling!A9:B11"]);
  });

  it("takes only the last four title rows above a header, as the whole-sheet reader does", () => {
    const grid = rows([["Kap/post", "Tildeling"], ["351/21", 100], ["a"], ["b"], ["c"], ["d"], ["e"], ["Kap/post", "Tildeling"], ["351/70", 5]]);
    expect(withoutHeld(streamed(grid))).toEqual(whole(grid));
  });

  it("reads a header merged over kap and post after weighing the rows below it", () => {
    const body: CellValue[][] = [];
    for (let i = 0; i < 40; i++) body.push([351, 21, 100 + i]);
    const grid = rows([["Kap/post", null, "Tildeling"], ...body, ["Sum", null, 999]]);
    const got = streamed(grid, 2025);
    expect(withoutHeld(got)).toEqual(whole(grid, 2025));
    expect(got.lines[0]).toContain(" 351/21 100 Tildeling!A2 Tildeling!C2 ");
  });

  it("reads a sheet with no header row whole, inferring its columns", () => {
    const grid = rows([
      ["351/21", "Drift", 100],
      ["351/70", "Tilskudd", 200],
    ]);
    expect(withoutHeld(streamed(grid))).toEqual(whole(grid));
  });

  // Real 2026 codes (Gul bok 2026), repeated: what is tested is the length of the sheet.
  const CODES = ["351/70", "671/62", "858/01", "855/01", "846/62"];

  /** A sheet with no header row: a title, a row of numbers above the lines, then `n` lines of code, name and amount. */
  function headerless(n: number): CellValue[][] {
    const list: CellValue[][] = [["Fordeling 2026"], ["Oversikt", 12]];
    for (let i = 0; i < n; i++) list.push([CODES[i % CODES.length], `Post ${i + 1}`, 1000 + i]);
    return list;
  }

  it("reads a long sheet with no header row as it comes, inferring its columns from the first rows", () => {
    const list = headerless(4500);
    // Row 1003 (index 1002) is left out: no cells, as the .xlsx reader never hands such a row over.
    list[1002] = [];
    list[2600] = ["xx/yy", "Ukjent", 5];
    list[3000] = ["Sum", null, 42];
    list[4000] = ["858/01", "Tekstbeløp", "12 500"];
    const grid = rows(list);
    const got = streamed(grid, 2026);
    expect(withoutHeld(got)).toEqual(whole(grid, 2026));
    // 4 500 rows of lines, less the empty row, the bad code and the sum row.
    expect(got.lines).toHaveLength(4497);
    expect(got.lines[0]).toContain(" 351/70 1000 Tildeling!A3 Tildeling!C3 ");
    expect(got.lines[got.lines.length - 1]).toContain(" 846/62 5499 Tildeling!A4502 Tildeling!C4502 ");
    const shown = got.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`);
    expect(shown.slice(0, 2)).toEqual(["warning HEADER-INFERRED Tildeling!C3", "info ALLOC-ROW-ABOVE-TABLE Tildeling!A2"]);
    expect(shown).toContain("warning ALLOC-TOTAL-MISMATCH Tildeling!C3001");
    expect(got.lines.some((l) => l.includes("Tildeling!A4001 Tildeling!C4001") && l.includes(" 12500 "))).toBe(true);
    // Held: the two title rows and the row the table starts from, not the 4 500 lines.
    expect(got.heldRows).toBeLessThanOrEqual(3);
  });

  it("reads a long sheet of kap and post in two columns with no header as it comes", () => {
    const list: CellValue[][] = [];
    for (let i = 0; i < 3000; i++) list.push([[351, 671, 858][i % 3], [70, 62, 1][i % 3], 7 * i]);
    const grid = rows(list);
    const got = streamed(grid, 2026);
    expect(withoutHeld(got)).toEqual(whole(grid, 2026));
    expect(got.lines).toHaveLength(3000);
    expect(got.lines[2]).toContain(" 858/01 14 Tildeling!A3 Tildeling!C3 ");
    expect(got.heldRows).toBeLessThanOrEqual(1);
  });

  it("reads a short sheet with no header whole at the end, as before", () => {
    const grid = rows(headerless(1500));
    const got = streamed(grid, 2026);
    expect(withoutHeld(got)).toEqual(whole(grid, 2026));
    expect(got.lines).toHaveLength(1500);
  });

  it("gives up with LateHeaderError when a header row comes below the rows read without one, and holds the sheet when asked", () => {
    const list = [...headerless(2500), ["Kap/post", "Navn", "Tildeling"], ["351/70", "Tilskudd", 57625], ["858/01", "Drift", 300]];
    const grid = rows(list);
    expect(() => streamed(grid, 2026)).toThrow(LateHeaderError);
    const held = streamed(grid, 2026, false);
    expect(withoutHeld(held)).toEqual(whole(grid, 2026));
    // The whole-sheet reader reads the table under the header (sheet row 2503); the 2 502 rows above it are its titles.
    expect(held.lines.map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual(["2504 351/70 57625", "2505 858/01 300"]);
  });
});
