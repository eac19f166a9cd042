// Turns one worksheet's XML, streamed out of the zip, into a Grid. It keeps only what the
// engine needs (value and number format of each cell) in plain arrays, so a 200 000-row sheet
// stays small; it keeps the error value a formula produced, boolean formula results and every
// run of an inline rich-text string.
import type { CellValue, Grid } from "../core/grid";
import { a1, quoteSheetName } from "../core/grid";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { isDateFormat } from "../core/deadlines/excel-serial";
import { DATE1904_OFFSET, isoDateToSerial } from "./number-formats";
import { type CellTag, readCellTag } from "./cell-tag";
import { attributesOf, decodeEntities, scanXml } from "./xml-scan";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
  /** Number format of a cell style index; null for General. */
  formatOfStyle(styleIndex: number): string | null;
  /** Called every few thousand rows; returning false stops the read (the sheet is too large). */
  keepGoing(rowsRead: number): boolean;
}

export interface SheetReadResult {
  readonly grid: Grid;
  readonly diagnostics: Diagnostic[];
  /** False when `keepGoing` stopped the read. */
  readonly complete: boolean;
  readonly rowsRead: number;
}

/** Where rows go when a sheet is streamed instead of read into a Grid. */
export interface SheetRowOutput {
  /** Called once, before the first row, with the sheet's hidden columns (0-based). */
  start(hiddenColumns: readonly number[]): { row(index: number, values: readonly CellValue[], formats: readonly (string | null)[]): void };
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);
const EMPTY_FORMATS: readonly (string | null)[] = Object.freeze([]);
const CHECK_EVERY_ROWS = 4096;

/** One attribute's value from a tag's raw attribute text; quick for the usual `name="value"` form. */
function attr(raw: string, name: string): string | undefined {
  const at = valueAt(raw, `${name}=`);
  if (at >= 0) return decodeEntities(raw.slice(at, raw.indexOf(raw[at - 1], at)));
  // Spaces around "=" are valid XML too.
  return hasLooseEquals(raw) ? attributesOf(raw)[name] : undefined;
}

/** An "=" with a space beside it: the rare attribute form the quick readers leave to attributesOf. */
function hasLooseEquals(raw: string): boolean {
  for (let i = raw.indexOf("="); i >= 0; i = raw.indexOf("=", i + 1)) {
    if (raw.charCodeAt(i - 1) <= 32 || raw.charCodeAt(i + 1) <= 32) return true;
  }
  return false;
}

/**
 * Where the value of `key` ("r=") starts in a tag's raw attribute text (just after its quote),
 * or -1 when the attribute is not there in the usual `name="value"` form.
 */
function valueAt(raw: string, key: string): number {
  for (let i = raw.indexOf(key); i >= 0; i = raw.indexOf(key, i + 1)) {
    if (i > 0 && raw.charCodeAt(i - 1) > 32) continue;
    const quote = raw.charCodeAt(i + key.length);
    return quote === 34 || quote === 39 ? i + key.length + 1 : -1;
  }
  return -1;
}

/** OOXML escapes control characters as _xHHHH_. */
export function decodeOoxmlEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * With `output`, each row is handed over as it is parsed and none is kept (the result's grid has
 * no rows); otherwise the rows are collected into the result's Grid.
 */
export async function readSheetXml(sheet: string, xml: AsyncIterable<unknown>, ctx: SheetContext, output?: SheetRowOutput): Promise<SheetReadResult> {
  const values: (readonly CellValue[])[] = [];
  const formats: (readonly (string | null)[])[] = [];
  const diagnostics: Diagnostic[] = [];
  const sharedFormulas = new Map<string, string>();
  const sheetRef = quoteSheetName(sheet);

  let rowNumber = 0;
  let rowValues: CellValue[] | null = null;
  let rowFormats: (string | null)[] | null = null;
  let col = 0;
  let type = "n";
  let style = 0;
  let formula: string | null = null;
  let sharedIndex: string | null = null;
  let value: string | null = null;
  let inlineText: string | null = null;
  // Which text node the parser is inside: the <v> value, the <f> formula, or a <t> of an inline string.
  let capture: "v" | "f" | "t" | null = null;
  let inCell = false;
  let inPhonetic = false;
  let rowsRead = 0;
  const tag: CellTag = { col: undefined, type: "n", style: 0 };

  function finishCell(): void {
    if (!rowValues) return;
    const format = style > 0 ? ctx.formatOfStyle(style) : null;
    let cell: CellValue = null;
    const raw = value ?? inlineText;
    if (formula !== null && sharedIndex !== null) {
      if (formula !== "") sharedFormulas.set(sharedIndex, formula);
      else formula = sharedFormulas.get(sharedIndex) ?? "";
    }
    if (raw === null) {
      if (formula !== null) {
        diagnostics.push(
          diagnostic("warning", "XLSX-FORMULA-NO-RESULT", { formula: `=${formula}` }, { text: `=${formula}`, cell: `${sheetRef}!${a1(rowNumber, col)}` }),
        );
        cell = `=${formula}`;
      }
    } else {
      switch (type) {
        case "s": {
          const s = ctx.sharedStrings[Number(raw)];
          cell = s === undefined ? null : s;
          break;
        }
        case "str":
        case "inlineStr":
          cell = decodeOoxmlEscapes(raw);
          break;
        case "b":
          cell = raw.trim() === "1" || raw.trim().toLowerCase() === "true";
          break;
        case "e":
          cell = { error: raw.trim() };
          break;
        case "d": {
          const serial = isoDateToSerial(raw.trim());
          cell = serial === null ? raw : serial;
          break;
        }
        default: {
          const n = Number(raw);
          if (raw.trim() === "" || !Number.isFinite(n)) cell = raw;
          else cell = ctx.date1904 && isDateFormat(format) ? n + DATE1904_OFFSET : n;
        }
      }
    }
    if (cell === null && format === null) return;
    rowValues[col - 1] = cell;
    if (format !== null || (type === "d" && typeof cell === "number")) {
      if (!rowFormats) rowFormats = [];
      rowFormats[col - 1] = format ?? "yyyy-mm-dd";
    }
  }

  let sink: ReturnType<SheetRowOutput["start"]> | null = null;
  // A column is mostly formatted alike all the way down, so most rows' formats equal the row
  // above's: those rows share its list (nobody changes a grid's lists) instead of keeping their own.
  let lastFormats: (string | null)[] | null = null;
  function shareFormats(): void {
    const mine = rowFormats;
    if (mine === null) return;
    const last = lastFormats;
    if (last !== null && last.length === mine.length) {
      let same = true;
      for (let i = 0; i < mine.length && same; i++) same = mine[i] === last[i];
      if (same) {
        rowFormats = last;
        return;
      }
    }
    lastFormats = mine;
  }
  function finishRow(): void {
    if (!rowValues) return;
    shareFormats();
    if (output) {
      sink ??= output.start(hiddenColumns);
      if (rowValues.length > 0) sink.row(rowNumber - 1, rowValues, rowFormats ?? EMPTY_FORMATS);
      rowValues = null;
      rowFormats = null;
      return;
    }
    while (values.length < rowNumber - 1) {
      values.push(EMPTY_ROW);
      formats.push(EMPTY_FORMATS);
    }
    values[rowNumber - 1] = rowValues.length ? rowValues : EMPTY_ROW;
    formats[rowNumber - 1] = rowFormats ?? EMPTY_FORMATS;
    rowValues = null;
    rowFormats = null;
  }

  let stopped = false;
  // <cols> comes before <sheetData>: hidden columns, so the engine never prefers one to a visible column.
  const hiddenColumns: number[] = [];
  await scanXml(xml, {
    open(name, raw) {
      switch (name) {
        case "col": {
          const hidden = attr(raw, "hidden");
          if (hidden === "1" || hidden === "true") {
            const min = Number(attr(raw, "min"));
            const max = Number(attr(raw, "max") ?? min);
            // A range to the sheet's last column (16384) is a hidden tail, not a column of the table.
            for (let c = min; Number.isInteger(c) && c >= 1 && c <= max && c <= min + 255; c++) hiddenColumns.push(c - 1);
          }
          break;
        }
        case "row": {
          const r = attr(raw, "r");
          rowNumber = r ? Number(r) : rowNumber + 1;
          rowValues = [];
          col = 0;
          break;
        }
        case "c": {
          readCellTag(raw, tag);
          col = tag.col ?? col + 1;
          type = tag.type;
          style = tag.style;
          formula = null;
          sharedIndex = null;
          value = null;
          inlineText = null;
          inCell = true;
          break;
        }
        case "v":
          if (inCell) {
            capture = "v";
            value = "";
          }
          break;
        case "f":
          if (inCell) {
            capture = "f";
            formula = "";
            if (attr(raw, "t") === "shared") sharedIndex = attr(raw, "si") ?? null;
          }
          break;
        case "t":
          if (inCell && !inPhonetic) {
            capture = "t";
            if (inlineText === null) inlineText = "";
          }
          break;
        // Phonetic guides (<rPh>) repeat the text in another script; they are not the cell's value.
        case "rPh":
          inPhonetic = true;
          break;
      }
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          capture = null;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "c":
          finishCell();
          inCell = false;
          break;
        case "row":
          finishRow();
          rowsRead++;
          if (rowsRead % CHECK_EVERY_ROWS === 0 && !ctx.keepGoing(rowsRead)) {
            stopped = true;
            return false;
          }
          break;
        // Everything after the cells (merges, conditional formats, links) is of no use to the engine.
        case "sheetData":
          return false;
      }
      return true;
    },
    wantsText: () => capture !== null,
    text(text) {
      if (capture === "v") value = (value ?? "") + text;
      else if (capture === "f") formula = (formula ?? "") + text;
      else if (capture === "t") inlineText = (inlineText ?? "") + text;
    },
  });
  finishRow();
  if (output && !sink) output.start(hiddenColumns);
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    formats.pop();
  }
  const grid: Grid = hiddenColumns.length > 0 ? { sheet, top: 1, left: 1, values, formats, hiddenColumns } : { sheet, top: 1, left: 1, values, formats };
  return { grid, diagnostics, complete: !stopped, rowsRead };
}
