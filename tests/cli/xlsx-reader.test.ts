// The .xlsx adapter on workbooks LibreOffice made (tests/fixtures/libreoffice, see make-fixtures.sh):
// every kind of cell becomes the Grid value the engine expects.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAt, formatAt, type Grid } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { fixture } from "./run-cli";

async function sheets(path: string) {
  const r = await readWorkbookFile(path);
  if (!r.ok) throw new Error(`could not read ${path}: ${r.diagnostic.code}`);
  return r;
}

/** The value in column B of the row whose column A says `kind` (celler-lo.fods lists one kind per row). */
function valueOf(grid: Grid, kind: string) {
  const row = grid.values.findIndex((r) => r[0] === kind);
  if (row < 0) throw new Error(`no row ${kind}`);
  return { value: cellAt(grid, row, 1), format: formatAt(grid, row, 1), next: cellAt(grid, row, 2) };
}

describe("reading cells from a LibreOffice workbook", () => {
  let grid: Grid;
  beforeAll(async () => {
    const r = await sheets(fixture("celler-lo.xlsx"));
    expect(r.sheetNames).toEqual(["Celler", "Gul bok-utdrag"]);
    grid = r.sheets[0].grid;
  });

  it("keeps numbers with their number format", () => {
    expect(valueOf(grid, "tall")).toMatchObject({ value: 1234.5, format: "#,##0.00" });
    expect(valueOf(grid, "prosent")).toMatchObject({ value: 0.25, format: "0%" });
  });

  it("gives a date as its Excel serial number with the date format, so the engine can tell it is a date", () => {
    const { value, format } = valueOf(grid, "dato");
    // 30 September 2024 is serial 45565 (days since 1899-12-30).
    expect(value).toBe(45565); // 30 September 2024, as Excel and LibreOffice number it
    expect(format).toMatch(/yyyy.*mm.*dd/);
  });

  it("reads formulas as their stored results: number, text and boolean", () => {
    expect(valueOf(grid, "formel").value).toBe(2469);
    expect(valueOf(grid, "formel-tekst").value).toBe("351/70");
    expect(valueOf(grid, "formel-sann").value).toBe(true);
  });

  it("reads Excel errors left by formulas as error values", () => {
    expect(valueOf(grid, "nd").value).toEqual({ error: "#N/A" });
    expect(valueOf(grid, "div0").value).toEqual({ error: "#DIV/0!" });
    expect(valueOf(grid, "ref").value).toEqual({ error: "#REF!" });
  });

  it("turns rich text, hyperlinks and two-line cells into plain text", () => {
    expect(valueOf(grid, "riktekst").value).toBe("Kap. 351 Likestilling");
    expect(valueOf(grid, "lenke").value).toBe("Prop. 1 S (2023–2024)");
    expect(valueOf(grid, "to-linjer").value).toBe("linje 1\nlinje 2");
    expect(valueOf(grid, "tekstbeløp").value).toBe("57 625");
  });

  it("puts a merged cell's value in its top-left cell only, as Excel does", () => {
    expect(valueOf(grid, "sammenslått")).toMatchObject({ value: "over to kolonner", next: null });
  });

  it("stores what LibreOffice wrote for a typed TRUE without a boolean format: the number 1", () => {
    expect(valueOf(grid, "sann").value).toBe(1);
  });
});

describe("reading a whole workbook", () => {
  it("reads every sheet in tab order with 1-based addresses", async () => {
    const r = await sheets(fixture("tillegg-lo.xlsx"));
    expect(r.sheetNames).toEqual(["Tildeling", "Endringer", "Oppdrag"]);
    const [tildeling, , oppdrag] = r.sheets.map((s) => s.grid);
    expect(tildeling.top).toBe(1);
    expect(cellAt(tildeling, 3, 0)).toBe("351/70");
    expect(cellAt(tildeling, 3, 3)).toBe(57625);
    // The Sum row is a SUM formula; its stored result is read.
    expect(cellAt(tildeling, 7, 3)).toBe(57625 + 12500 + 402310 + 4887294);
    expect(cellAt(oppdrag, 1, 2)).toBe(45748); // 1 April 2025
  });

  it("reads only the sheets asked for", async () => {
    const r = await readWorkbookFile(fixture("tillegg-lo.xlsx"), { wantSheet: (n) => n === "Oppdrag" });
    expect(r.ok && r.sheets.map((s) => s.grid.sheet)).toEqual(["Oppdrag"]);
    expect(r.ok && r.sheetNames).toEqual(["Tildeling", "Endringer", "Oppdrag"]);
  });

  it("reads an empty workbook as one empty sheet", async () => {
    const r = await sheets(fixture("tom-lo.xlsx"));
    expect(r.sheets[0].grid.values).toEqual([]);
  });
});

describe("files that are not readable workbooks", () => {
  it.each([
    ["passordbeskyttet-lo.xlsx", "XLSX-ENCRYPTED"],
    ["gammel-lo.xls", "XLSX-LEGACY-XLS"],
    ["skadet-lo.xlsx", "XLSX-CORRUPT"],
    ["ikke-xlsx.xlsx", "XLSX-NOT-XLSX"],
    ["finnes-ikke.xlsx", "XLSX-FILE-NOT-FOUND"],
  ])("%s -> %s", async (name, code) => {
    const r = await readWorkbookFile(fixture(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic).toMatchObject({ severity: "error", code });
  });

  it("says a workbook whose sheet data is damaged inside the zip is damaged", async () => {
    const bytes = readFileSync(fixture("tillegg-lo.xlsx"));
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const header = bytes.indexOf(name);
    // Overwrite the compressed data after the entry's local header with bytes deflate cannot decode.
    const data = header + name.length + bytes.readUInt16LE(header - 2);
    bytes.fill(0xff, data, data + 64);
    const dir = mkdtempSync(join(tmpdir(), "tildeling-"));
    const path = join(dir, "skadet-ark.xlsx");
    writeFileSync(path, bytes);
    const r = await readWorkbookFile(path);
    expect(!r.ok && r.diagnostic.code).toBe("XLSX-CORRUPT");
  });

  it("says a zip that holds no workbook is not an .xlsx (a .docx renamed, say)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tildeling-"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").addRow([1]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Rename xl/workbook.xml inside the zip (same length, so the archive stays valid).
    const renamed = Buffer.from(bytes.toString("latin1").split("xl/workbook.xml").join("xl/workbooc.xml"), "latin1");
    const path = join(dir, "ikke-arbeidsbok.xlsx");
    writeFileSync(path, renamed);
    const r = await readWorkbookFile(path);
    expect(!r.ok && r.diagnostic.code).toBe("XLSX-NOT-XLSX");
  });
});

describe("workbooks written by other programs", () => {
  async function written(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "tildeling-"));
    const wb = new ExcelJS.Workbook();
    build(wb);
    const path = join(dir, "bok.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("reports a formula saved without a result at its cell, and shows the formula instead of a silent blank", async () => {
    const path = await written((wb) => {
      const ws = wb.addWorksheet("Tildeling");
      ws.addRow(["Kap/post", "Tildeling"]);
      ws.addRow(["351/70", { formula: "1000+56625" }]);
    });
    const r = await sheets(path);
    expect(cellAt(r.sheets[0].grid, 1, 1)).toBe("=1000+56625");
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "XLSX-FORMULA-NO-RESULT", cell: "Tildeling!B2", severity: "warning" })]);
  });

  it("gives dates of a 1904-date-system workbook as 1900-system serials", async () => {
    const path = await written((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Oppdrag");
      ws.addRow(["Frist"]);
      ws.addRow([new Date(Date.UTC(2025, 3, 1))]).getCell(1).numFmt = "dd.mm.yyyy";
    });
    const r = await sheets(path);
    expect(cellAt(r.sheets[0].grid, 1, 0)).toBe(45748);
  });

  it("marks hidden sheets", async () => {
    const path = await written((wb) => {
      wb.addWorksheet("Synlig").addRow(["a"]);
      wb.addWorksheet("Skjult", { state: "hidden" }).addRow(["b"]);
    });
    const r = await sheets(path);
    expect(r.sheets.map((s) => [s.grid.sheet, s.hidden])).toEqual([
      ["Synlig", false],
      ["Skjult", true],
    ]);
  });
});

describe("a sheet that holds more than its zip entry says", () => {
  it("is refused as damaged, with the part named, not read on without the memory guard", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tildeling");
    ws.addRow(["Kap/post", "Tildeling"]);
    for (let i = 0; i < 5_000; i++) ws.addRow(["351/70", i]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // The central directory's uncompressed size of the sheet's entry (offset 24 of its record) set to 100 bytes.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let record = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (record >= 0 && !bytes.subarray(record + 46, record + 46 + name.length).equals(name)) record = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), record + 4);
    expect(record).toBeGreaterThan(0);
    bytes.writeUInt32LE(100, record + 24);
    const path = join(mkdtempSync(join(tmpdir(), "tildeling-lying-")), "lying.xlsx");
    writeFileSync(path, bytes);

    const read = await readWorkbookFile(path);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostic.code).toBe("XLSX-CORRUPT");
    expect(read.diagnostic.params.detail).toBe("xl/worksheets/sheet1.xml holds more than the 100 bytes its zip entry says");
  });
});
