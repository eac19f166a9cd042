// An .xlsx file typed into the in-memory Excel cell by cell, read with exceljs: a reader independent
// of the command line's own (src/xlsx), so a cross-face test compares the faces, not one reader
// with itself. Formula cells hold their cached result, as Excel's Range.values shows them.
import ExcelJS from "exceljs";
import { type FakeExcel, createFakeExcel } from "./fake-excel";
import { type FakeCell, type Scalar, cellKey } from "./fake-excel/state";

const MS_PER_DAY = 86_400_000;
// Excel's day 0 in the 1900 system, counting the 1900-02-29 that never was (exceljs does too for
// the dates it hands back, which are all after 1900-03-01 in budget workbooks).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function scalarOf(value: ExcelJS.CellValue): Scalar | { error: string } | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : scalarOf(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}

export interface LoadedWorkbook {
  readonly fake: FakeExcel;
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
}

export async function fakeFromXlsx(path: string): Promise<LoadedWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const fake = createFakeExcel();
  const sheets: { name: string; hidden: boolean }[] = [];
  for (const ws of book.worksheets) {
    const sheet = fake.state.addSheet(ws.name);
    const hidden = ws.state === "hidden" || ws.state === "veryHidden";
    sheet.visibility = ws.state === "veryHidden" ? "VeryHidden" : hidden ? "Hidden" : "Visible";
    sheets.push({ name: ws.name, hidden });
    // Hidden columns within the used width, as exceljs reads them from <cols>.
    const hiddenColumns = new Set<number>();
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c);
    if (hiddenColumns.size > 0) sheet.hiddenColumns = hiddenColumns;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // exceljs gives every cell of a merged area its master's value; Excel (and Range.values)
        // holds it in the top-left cell only, the others are blank.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = scalarOf(cell.value);
        if (v === null) return;
        const value: Scalar = typeof v === "object" ? v.error : v;
        const stored: FakeCell = { value, numberFormat: cell.numFmt || "General", fill: null, typed: true };
        sheet.cells.set(cellKey(r, c), stored);
      });
    });
  }
  return { fake, sheets };
}
