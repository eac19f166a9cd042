// "Lag brevtabell": the change table written as a letter-ready range on a sheet the add-in owns
// ("Brevtabell"): the unit caption, the header, the rows, and optionally the kap./post blocks and
// sentences below, with borders, fonts and alignment that survive a copy into Word.
// One read batch (which sheets exist, which one is ours), one write batch and a small one recording
// the new sheet's id. A re-run replaces our sheet; a user's own sheet that happens to be called
// "Brevtabell", or our old one the user renamed to keep, is never touched (owned-sheets.ts).
import type Decimal from "decimal.js";
import { formatAmount } from "../core/amounts/format-amount";
import { a1, quoteSheetName } from "../core/grid";
import { amountColumns, letterCells, type LetterTable } from "../core/letter/letter-table";
import { type OwnedSheets, freeSheetName, queueOwnedSheets, queueRecordSheet } from "./owned-sheets";

export const LETTER_SHEET = "Brevtabell";

const FONT = { name: "Calibri", size: 11 } as const;
const TEXT_FORMAT = "@";
// Column widths in points: the code column fits "1234/56.7", amount columns fit the headers
// when wrapped on two lines.
const CODE_WIDTH = 70;
const AMOUNT_WIDTH = 95;

export interface LetterSheetOptions {
  /** What goes under the table in groups (kap./post blocks with their sentences; letter-paragraphs.ts), a blank row before each. */
  readonly paragraphs?: ReadonlyArray<readonly string[]>;
}

export interface LetterSheetReport {
  readonly sheet: string;
  /** The table itself, header included: "Brevtabell!A2:D3". */
  readonly address: string;
  readonly rows: number;
}

type CellOut = string | number;

/**
 * The number format for one amount cell. `#,##0` would show the reader's own group separator
 * (a comma in an English Excel), but a letter needs "57 625" whoever made it, and a copy into
 * Word takes the text Excel shows. So each cell gets a pattern with a literal no-break space
 * between groups, sized to its own digits (a literal between empty `#` placeholders would still
 * print, so one pattern for all sizes would lead small numbers with spaces). The no-break space
 * also keeps Word from wrapping an amount inside a narrow column; U+2212 is the typeset minus.
 * The cell stays a number, so the user can still sum it.
 */
export function letterAmountFormat(value: Decimal): string {
  const digits = value.abs().toFixed(0).length;
  const groups = Math.ceil(digits / 3);
  const gap = '"\u00a0"';
  const pattern = groups <= 1 ? "0" : `#${`${gap}###`.repeat(groups - 2)}${gap}##0`;
  return `${pattern};"\u2212"${pattern};0`;
}

/** An amount cell: a number with a grouped format, or (with decimals) the letter's own text. */
function amountCell(value: Decimal | null): { value: CellOut; format: string } {
  if (value === null) return { value: "", format: TEXT_FORMAT };
  // Excel's format codes cannot promise a decimal comma in an English Excel: write such
  // amounts as the text the letter shows.
  if (!value.isInteger() || value.abs().gt(Number.MAX_SAFE_INTEGER)) return { value: formatAmount(value), format: TEXT_FORMAT };
  return { value: value.toNumber(), format: letterAmountFormat(value) };
}

export interface LetterSheetLayout {
  readonly values: CellOut[][];
  readonly formats: string[][];
  readonly width: number;
  /** 0-based rows of the header, first and last body row. */
  readonly headerRow: number;
  readonly lastTableRow: number;
  readonly totalRows: readonly number[];
  readonly amountColumns: readonly number[];
}

/** What goes where on the sheet; pure, so it is tested without Excel. */
export function letterSheetLayout(table: LetterTable, options: LetterSheetOptions = {}): LetterSheetLayout {
  const width = table.columns.length;
  const pad = (cells: CellOut[]): CellOut[] => [...cells, ...Array<CellOut>(width - cells.length).fill("")];
  const text = (row: CellOut[]): string[] => row.map(() => TEXT_FORMAT);
  const values: CellOut[][] = [pad([table.caption])];
  const formats: string[][] = [text(values[0])];
  const headerRow = values.length;
  values.push([...table.header]);
  formats.push(text(values[headerRow]));
  const shown = letterCells(table);
  const totalRows: number[] = [];
  table.rows.forEach((row, i) => {
    const v: CellOut[] = [];
    const f: string[] = [];
    table.columns.forEach((col, c) => {
      if (col === "code") {
        v.push(shown[i + 1][c]);
        f.push(TEXT_FORMAT);
      } else {
        const cell = amountCell(row[col]);
        v.push(cell.value);
        f.push(cell.format);
      }
    });
    if (row.kind === "total") totalRows.push(values.length);
    values.push(v);
    formats.push(f);
  });
  const lastTableRow = values.length - 1;
  const after: string[] = [];
  for (const group of options.paragraphs ?? []) after.push("", ...group);
  for (const line of after) {
    values.push(pad([line]));
    formats.push(Array<string>(width).fill(TEXT_FORMAT));
  }
  return { values, formats, width, headerRow, lastTableRow, totalRows, amountColumns: amountColumns(table) };
}

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Where the letter table goes: the sheet's name, and whether our earlier sheet of that name is replaced. */
export interface LetterSheetTarget {
  readonly name: string;
  readonly replace: boolean;
  readonly owned: OwnedSheets;
}

/** Our earlier sheet (same id, same name) to replace, or the first free name. */
export function letterSheetTarget(owned: OwnedSheets): LetterSheetTarget {
  const ours = owned.ours("brevtabell");
  const visible = owned.all.filter((s) => s.visibility === "Visible").length;
  // Excel refuses to delete the last visible sheet; then ours stays and a new one is made.
  if (ours && (visible > 1 || ours.visibility !== "Visible")) return { name: ours.name, replace: true, owned };
  const taken = owned.all.map((s) => s.name);
  return { name: freeSheetName(LETTER_SHEET, taken, (n) => `${LETTER_SHEET} (${n})`), replace: false, owned };
}

/**
 * Queue the load of which sheets exist and which one is ours, in the caller's read request;
 * call the result after that sync.
 */
export function queueLetterSheetTarget(context: Excel.RequestContext): () => LetterSheetTarget {
  const owned = queueOwnedSheets(context);
  return () => letterSheetTarget(owned());
}

/**
 * Write (or replace) the letter table sheet in one write sync. Without a `target` read in the
 * caller's request, it reads one first (one more sync).
 */
export async function writeLetterTable(
  context: Excel.RequestContext,
  table: LetterTable,
  options: LetterSheetOptions = {},
  target?: LetterSheetTarget,
): Promise<LetterSheetReport> {
  let where = target;
  if (!where) {
    const read = queueLetterSheetTarget(context);
    await context.sync();
    where = read();
  }
  const { name, replace, owned } = where;
  const sheets = context.workbook.worksheets;
  if (replace) sheets.getItem(name).delete();
  const sheet = sheets.add(name);
  const layout = letterSheetLayout(table, options);
  const all = sheet.getRangeByIndexes(0, 0, layout.values.length, layout.width);
  // Formats first: a value such as "351/70" written into a General cell becomes a date.
  all.numberFormat = layout.formats;
  all.values = layout.values;
  all.format.font.name = FONT.name;
  all.format.font.size = FONT.size;

  const tableRows = layout.lastTableRow - layout.headerRow + 1;
  const tableRange = sheet.getRangeByIndexes(layout.headerRow, 0, tableRows, layout.width);
  for (const edge of BORDERS) {
    if (edge === "InsideHorizontal" && tableRows < 2) continue;
    if (edge === "InsideVertical" && layout.width < 2) continue;
    const border = tableRange.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
  tableRange.format.verticalAlignment = "Top";
  const header = sheet.getRangeByIndexes(layout.headerRow, 0, 1, layout.width);
  header.format.font.bold = true;
  header.format.wrapText = true;
  for (const r of layout.totalRows) sheet.getRangeByIndexes(r, 0, 1, layout.width).format.font.bold = true;
  for (let c = 0; c < layout.width; c++) {
    const column = sheet.getRangeByIndexes(layout.headerRow, c, tableRows, 1);
    const isAmount = layout.amountColumns.includes(c);
    column.format.horizontalAlignment = isAmount ? "Right" : "Left";
    column.format.columnWidth = isAmount ? AMOUNT_WIDTH : CODE_WIDTH;
  }

  const record = queueRecordSheet(context, owned, "brevtabell", sheet, name);
  sheet.activate();
  // Selected, so Ctrl+C right away copies the table for the letter.
  tableRange.select();
  await context.sync();
  record();
  await context.sync();

  return { sheet: name, address: `${quoteSheetName(name)}!${a1(layout.headerRow + 1, 1)}:${a1(layout.lastTableRow + 1, layout.width)}`, rows: table.rows.length };
}
