// apply --out: a copy of the input with the change table added; the input's bytes never change,
// and the input path is refused as the output.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE, STACK_TRACE, runCli } from "./run-cli";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("tildeling apply --out", () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "tildeling-out-"));
    input = join(dir, "tillegg.xlsx");
    copyFileSync(SAMPLE, input);
  });

  it("writes a copy with an Endringstabell sheet whose Ny tildeling is a formula with the right value", async () => {
    const before = sha(input);
    const out = join(dir, "resultat.xlsx");
    const r = runCli(["apply", input, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Skrev");
    expect(sha(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tildeling", "Endringer", "Oppdrag", "Endringstabell", "Merknader"]);
    const ws = wb.getWorksheet("Endringstabell")!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row) => rows.push(row));
    const line = rows.find((row) => row.getCell(1).value === "351/70")!;
    expect(line.getCell(4).value).toBe(57625);
    expect(line.getCell(5).value).toBe(1000);
    const after = line.getCell(6).value as ExcelJS.CellFormulaValue;
    expect(after.formula).toBe(`D${line.number}+E${line.number}`);
    expect(after.result).toBe(58625);
    expect(line.getCell(6).numFmt).toContain("#,##0");
    const total = rows.find((row) => row.getCell(1).value === "Sum")!;
    expect((total.getCell(5).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(E\d+:E\d+\)$/);
    // The original sheets are still there with their data.
    expect(wb.getWorksheet("Tildeling")!.getCell("E5").value).toBe("57 625");
  });

  it("writes amounts with decimals as they are, and sums them as Excel would", async () => {
    const book = new ExcelJS.Workbook();
    const allocation = book.addWorksheet("Tildeling");
    allocation.addRows([["(i 1 000 kr)"], ["Kap/post", "Betegnelse", "Tildeling"], ["351/70", "Tilskudd", 57625], ["858/01", "Drift", 512400], ["858/21", "Spesielle", 14500]]);
    const changes = book.addWorksheet("Endringer");
    changes.addRows([["(i 1 000 kr)"], ["Kap/post", "Endring", "Tekst"], ["351/70", 1000, "Økes"], ["858/01", -2500.5, "Reduseres"], ["858/21", 2500.25, "Økes"]]);
    const decimals = join(dir, "desimaler.xlsx");
    await book.xlsx.writeFile(decimals);
    const out = join(dir, "resultat.xlsx");
    expect(runCli(["apply", decimals, "--out", out]).code).toBeLessThan(2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: ExcelJS.Row[] = [];
    wb.getWorksheet("Endringstabell")!.eachRow((row) => rows.push(row));
    const amounts = (code: string) => {
      const row = rows.find((r) => r.getCell(1).value === code)!;
      return [row.getCell(4).value, row.getCell(5).value, (row.getCell(6).value as ExcelJS.CellFormulaValue).result];
    };
    expect(amounts("351/70")).toEqual([57625, 1000, 58625]);
    expect(amounts("858/01")).toEqual([512400, -2500.5, 509899.5]);
    expect(amounts("858/21")).toEqual([14500, 2500.25, 17000.25]);
    const total = rows.find((r) => r.getCell(1).value === "Sum")!;
    expect([4, 5, 6].map((c) => (total.getCell(c).value as ExcelJS.CellFormulaValue).result)).toEqual([584525, 999.75, 585524.75]);
  });

  it("replaces its own sheet on a second run instead of adding another", async () => {
    const first = join(dir, "runde1.xlsx");
    const second = join(dir, "runde2.xlsx");
    expect(runCli(["apply", input, "--out", first]).code).toBe(0);
    expect(runCli(["apply", first, "--out", second]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Endringstabell")).map((w) => w.name)).toEqual(["Endringstabell"]);
  });

  it("refuses to write over the input file, also through another path or a link, and leaves it unchanged", () => {
    const before = sha(input);
    const link = join(dir, "lenke.xlsx");
    symlinkSync(input, link);
    for (const out of [input, join(dir, ".", "tillegg.xlsx"), link]) {
      const r = runCli(["apply", input, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("kan ikke være den samme som innfilen");
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(sha(input)).toBe(before);
  });

  it("copies a workbook of 12 000 rows with a 64 MB heap: the input's sheets are copied, not loaded", async () => {
    const big = join(dir, "stor.xlsx");
    const wb = new ExcelJS.Workbook();
    const lines = wb.addWorksheet("Tildeling");
    lines.addRow(["Kap", "Post", "Tildeling"]);
    for (let i = 0; i < 12_000; i++) lines.addRow([1 + (i % 5000), 1 + Math.floor(i / 5000), 1000]);
    const changes = wb.addWorksheet("Endringer");
    changes.addRow(["Kap/post", "Endring"]);
    changes.addRow(["351/70", 10]);
    await wb.xlsx.writeFile(big);
    const out = join(dir, "stor-resultat.xlsx");
    const r = runCli(["apply", big, "--sheet", "Tildeling", "--out", out], { maxOldSpaceMb: 64 });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Tildeling", "Endringer", "Endringstabell", "Merknader"]);
    expect(copy.getWorksheet("Tildeling")!.rowCount).toBe(12_001);
  }, 60_000);

  it("refuses an output name that is not .xlsx", () => {
    const r = runCli(["apply", input, "--out", join(dir, "resultat.csv")]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "resultat.csv"))).toBe(false);
  });
});
