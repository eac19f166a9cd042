// Test helper: a Gul bok worksheet as the Grid a host adapter would hand the engine
// (values and number formats), read with exceljs here in the test, never in the engine.
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid";

export const GUL_BOK_DIR = join(__dirname, "../../../data/statsbudsjett");

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) throw new Error("Gul bok has no dates");
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "result" in v) return valueOf(v.result as ExcelJS.CellValue);
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  return String(v);
}

export async function gulBokGrid(year: number, sheet?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(GUL_BOK_DIR, `Gul bok ${year}.xlsx`));
  const ws = sheet ? wb.getWorksheet(sheet)! : wb.worksheets[0];
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const vals: CellValue[] = [];
    const fmts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      vals[col - 1] = valueOf(cell.value);
      fmts[col - 1] = cell.numFmt ?? "General";
    });
    values[rowNumber - 1] = vals;
    formats[rowNumber - 1] = fmts;
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
  }
  return { sheet: ws.name, top: 1, left: 1, values, formats };
}
