// "Les inn fra brev" -> "Skriv til arket": the sheets Tildeling, Endringer and Oppdrag, in the
// layout the command line's --out writes (src/core/letter-reading/letter-sheets.ts), on sheets the
// add-in owns (owned-sheets.ts). A re-run clears and rewrites its own sheets (same id, so they stay
// ours); a sheet of the user's that has one of these names is never touched: ours then gets the
// next free name ("Tildeling 2"). One read request (which sheets exist and are ours, the date
// system), one write request, and a small one recording the ids of sheets made in it.
import type { CalendarDate } from "../core/deadlines/calendar-date";
import { dateToSerial } from "../core/deadlines/excel-serial";
import { type LetterColumnKind, type LetterSheetCell, type LetterSheetSpec, headRows } from "../core/letter-reading/letter-sheets";
import { queueDateSystem } from "./date-system";
import { type SheetPurpose, freeSheetName, queueOwnedSheets, queueRecordSheets } from "./owned-sheets";

export interface LetterSheetsReport {
  /** The sheets written, in order: "Tildeling", "Endringer 2", ... */
  readonly sheets: readonly string[];
  /** Data rows written, over all sheets (headers not counted). */
  readonly rows: number;
}

const TEXT = "@";
const FORMATS: Record<LetterColumnKind, string> = { text: TEXT, amount: "#,##0", date: "dd.mm.yyyy" };
// Column widths in points: codes and dates narrow, names and texts wide.
const NARROW = 75;
const WIDE = 230;

type Out = string | number;

function cellOut(cell: LetterSheetCell, kind: LetterColumnKind, date1904: boolean): { value: Out; format: string } {
  if (cell === null) return { value: "", format: FORMATS[kind] };
  // Text ("858/01", an unreadable deadline's words) as text, so Excel turns none of it into a date.
  if (typeof cell === "string") return { value: cell, format: TEXT };
  if ("amount" in cell) return { value: cell.amount.toNumber(), format: FORMATS.amount };
  return { value: dateToSerial(cell.date as CalendarDate, date1904), format: FORMATS.date };
}

/** The cells of one sheet: title, caption, header and rows, with their number formats. */
function sheetCells(spec: LetterSheetSpec, date1904: boolean): { values: Out[][]; formats: string[][]; headerRow: number } {
  const width = spec.header.length;
  const pad = (first: string): Out[] => [first, ...Array<Out>(width - 1).fill("")];
  const values: Out[][] = headRows(spec).map(pad);
  const formats: string[][] = values.map(() => Array<string>(width).fill(TEXT));
  const headerRow = values.length;
  values.push([...spec.header]);
  formats.push(Array<string>(width).fill(TEXT));
  for (const row of spec.rows) {
    const cells = spec.columns.map((kind, c) => cellOut(row[c] ?? null, kind, date1904));
    values.push(cells.map((x) => x.value));
    formats.push(cells.map((x) => x.format));
  }
  return { values, formats, headerRow };
}

const purposeOf = (name: string): SheetPurpose => `brev-${name.toLowerCase()}` as SheetPurpose;

export async function writeLetterSheets(context: Excel.RequestContext, specs: readonly LetterSheetSpec[]): Promise<LetterSheetsReport> {
  const readOwned = queueOwnedSheets(context);
  const readDateSystem = queueDateSystem(context);
  await context.sync();
  const owned = readOwned();
  const date1904 = readDateSystem();

  const sheets = context.workbook.worksheets;
  const taken = owned.all.map((s) => s.name);
  const made: { purpose: SheetPurpose; sheet: Excel.Worksheet; name: string }[] = [];
  const names: string[] = [];
  let first: Excel.Worksheet | null = null;
  for (const spec of specs) {
    const purpose = purposeOf(spec.name);
    const ours = owned.ours(purpose);
    let sheet: Excel.Worksheet;
    let name: string;
    if (ours) {
      // Ours from an earlier run: emptied and written again, keeping its id.
      name = ours.name;
      sheet = sheets.getItem(name);
      sheet.getRange().clear("All");
    } else {
      name = freeSheetName(spec.name, taken);
      taken.push(name);
      sheet = sheets.add(name);
      made.push({ purpose, sheet, name });
    }
    names.push(name);
    first ??= sheet;
    const { values, formats, headerRow } = sheetCells(spec, date1904);
    const width = spec.header.length;
    const all = sheet.getRangeByIndexes(0, 0, values.length, width);
    // Formats first: a value such as "351/70" written into a General cell becomes a date.
    all.numberFormat = formats;
    all.values = values;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(headerRow, 0, 1, width).format.font.bold = true;
    spec.columns.forEach((kind, c) => {
      const wide = kind === "text" && (c === 1 || c === 2);
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = wide ? WIDE : NARROW;
    });
  }
  first?.activate();
  const record = made.length > 0 ? queueRecordSheets(context, owned, made) : null;
  await context.sync();
  if (record) {
    record();
    await context.sync();
  }
  return { sheets: names, rows: specs.reduce((n, s) => n + s.rows.length, 0) };
}
