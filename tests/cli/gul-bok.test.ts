// The government's Gul bok data sets (files no code of ours wrote) read as allocation sheets:
// every budget line is read and nothing is an error. The expected line count is taken from the
// files with exceljs's own reader, independently of ours.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { GUL_BOK, runJson } from "./run-cli";

async function budgetLinesIn(path: string): Promise<{ sheet: string; lines: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const ws of wb.worksheets) {
    const header = ws.getRow(1).values as unknown[];
    const kap = header.indexOf("kap_nr");
    if (kap < 0) continue;
    let lines = 0;
    ws.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(kap).value === "number") lines++;
    });
    return { sheet: ws.name, lines };
  }
  throw new Error(`no kap_nr column in ${path}`);
}

describe.each([2024, 2025, 2026])("Gul bok %i", (year) => {
  const file = join(GUL_BOK, `Gul bok ${year}.xlsx`);

  it("is read as budget data in kroner: every line, zero errors, exit 0", async () => {
    const expected = await budgetLinesIn(file);
    const { code, json } = runJson(["check", file, "--year", String(year)]);
    expect(json.linesRead).toBe(expected.lines);
    expect(json.unit).toBe("kr");
    expect(json.sheets).toEqual([expect.objectContaining({ sheet: expected.sheet, kind: "budget-data", chartYear: year })]);
    expect((json.diagnostics as { severity: string }[]).filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("the budget year from the file name", () => {
  it("checks Gul bok 2025 against the 2025 chart without --year: no code is missing from its own year", () => {
    const { code, json } = runJson(["check", join(GUL_BOK, "Gul bok 2025.xlsx")]);
    expect(json.sheets).toEqual([expect.objectContaining({ chartYear: 2025 })]);
    const notInChart = (json.diagnostics as { code: string }[]).filter((d) => d.code.startsWith("KP-NOT-IN"));
    expect(notInChart).toEqual([]);
    expect(code).toBe(0);
  });
});
