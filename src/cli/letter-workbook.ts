// `read-letter --out`: what the letter says, as a workbook the other commands read directly, in
// the layout every face shares (src/core/letter-reading/letter-sheets.ts). Amounts are numbers in
// the letter's unit with the unit as a caption; deadlines are real dates.
import { promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { CalendarDate } from "../core/deadlines/calendar-date";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { type LetterColumnKind, type LetterSheetCell, headRows, letterSheets } from "../core/letter-reading/letter-sheets";
import type { LetterReading } from "../core/letter-reading/types";
import { isSameFile } from "../xlsx/write-workbook";

const FORMATS: Record<LetterColumnKind, string | null> = { text: null, amount: "#,##0", date: "dd.mm.yyyy" };

/** Midnight UTC of the day: exceljs turns a Date into an Excel serial from its UTC time. */
const dateValue = (d: CalendarDate): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));

function cellValue(cell: LetterSheetCell): string | number | Date | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") return cell;
  // The one place an amount becomes a number: the cell Excel will hold.
  return "amount" in cell ? cell.amount.toNumber() : dateValue(cell.date);
}

export async function writeLetterWorkbook(reading: LetterReading, input: string, outPath: string): Promise<{ ok: true } | { ok: false; diagnostic: Diagnostic }> {
  if (isSameFile(input, outPath)) return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-IS-INPUT", { file: input }) };
  if (!/\.xlsx$/i.test(outPath)) return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-NOT-XLSX", { file: outPath }) };
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  for (const spec of letterSheets(reading, basename(input))) {
    const ws = workbook.addWorksheet(spec.name);
    for (const line of headRows(spec)) ws.addRow([line]);
    const header = ws.addRow([...spec.header]);
    header.font = { bold: true };
    for (const cells of spec.rows) {
      const row = ws.addRow(cells.map(cellValue));
      spec.columns.forEach((kind, col) => {
        const format = FORMATS[kind];
        if (format) row.getCell(col + 1).numFmt = format;
      });
    }
    spec.header.forEach((h, i) => (ws.getColumn(i + 1).width = i === 1 || i === 2 ? 40 : Math.max(12, h.length + 2)));
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dirname(resolve(outPath)), { recursive: true });
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, diagnostic: diagnostic("error", "XLSX-WRITE-FAILED", { file: outPath, detail: String((error as Error).message ?? error) }) };
  }
  return { ok: true };
}
