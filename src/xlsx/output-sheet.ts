// A sheet the command line adds to a workbook copy (the change table, the findings), and how it
// becomes worksheet XML: inline strings (the workbook's shared strings stay untouched), formulas
// with their computed values, the styles given by index into the copy's cellXfs.

export type OutputCell = string | number | boolean | null | { formula: string; result: number | string };

export interface OutputColumn {
  readonly header: string;
  readonly width?: number;
  /** Excel number format (en-US codes), e.g. "#,##0". */
  readonly numFmt?: string;
}

/** Rows made one at a time as the sheet is written: a big sheet's cells are never all held at once. */
export interface OutputRows {
  readonly length: number;
  row(index: number): readonly OutputCell[];
}

export interface OutputSheet {
  readonly name: string;
  /** Lines above the table, such as the unit caption "Beløp i 1 000 kr". */
  readonly captions?: readonly string[];
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputCell[])[] | OutputRows;
  /** Written in bold below the rows. */
  readonly totalRows?: readonly (readonly OutputCell[])[];
}

/** Where the first data row of an output sheet lands (1-based): after captions, a blank line and the header. */
export function firstDataRow(sheet: Pick<OutputSheet, "captions">): number {
  const captions = sheet.captions?.length ?? 0;
  return captions === 0 ? 2 : captions + 3;
}

/** Style indices (into cellXfs) the sheet XML refers to; 0 is the workbook's default style. */
export interface OutputStyles {
  readonly header: number;
  readonly bold: number;
  /** Per number format code: the style for a plain and a bold cell. */
  readonly formats: ReadonlyMap<string, { readonly plain: number; readonly bold: number }>;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// What xmlText may have to escape, and "_" (which starts an _xHHHH_ it must escape): one
// character class scans faster than the alternation with _xHHHH_ (a sheet has 200 000 texts).
// eslint-disable-next-line no-control-regex -- what xmlText escapes, below
const MAY_ESCAPE = /[&<>"_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** XML text: markup characters escaped; characters XML cannot hold written as OOXML's _xHHHH_. */
export function xmlText(text: string): string {
  // Most text has nothing to escape: one test instead of three replacements (which change
  // nothing in a text that has only a plain "_").
  if (!MAY_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

const styleAttrs: string[] = [];

/** ` s="3"` for style 3, made once per style: every cell of a big sheet has one. */
function styleAttr(style: number): string {
  return style > 0 ? (styleAttrs[style] ??= ` s="${style}"`) : "";
}

function cellXml(ref: string, value: OutputCell, style: number): string {
  const s = styleAttr(style);
  if (value === null) return style > 0 ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "string") {
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  }
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const f = `<f>${xmlText(value.formula)}</f>`;
  return typeof value.result === "number"
    ? `<c r="${ref}"${s}>${f}<v>${numberText(value.result)}</v></c>`
    : `<c r="${ref}"${s} t="str">${f}<v>${xmlText(value.result)}</v></c>`;
}

/** The worksheet part of `sheet`, made row by row as it is written (a big sheet is never one huge string). */
export function* outputSheetXml(sheet: OutputSheet, styles: OutputStyles): Generator<string> {
  const width = sheet.columns.length;
  const captions = sheet.captions ?? [];
  const headerRow = captions.length === 0 ? 1 : captions.length + 2;
  const lastRow = headerRow + sheet.rows.length + (sheet.totalRows?.length ?? 0);
  const lastCol = columnLetters(Math.max(0, width - 1));
  yield* [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    `<dimension ref="A1:${lastCol}${lastRow}"/>`,
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`,
    `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/><cols>',
  ];
  for (let i = 0; i < width; i++) {
    const c = sheet.columns[i];
    yield `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? Math.max(10, c.header.length + 2)}" customWidth="1"/>`;
  }
  yield "</cols><sheetData>";
  let row = 0;
  const letters: string[] = [];
  const put = (cells: readonly OutputCell[], styles: readonly number[], otherStyle: number): string => {
    row++;
    const r = String(row);
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) xml += cellXml((letters[i] ??= columnLetters(i)) + r, cells[i], styles[i] ?? otherStyle);
    return `${xml}</row>`;
  };
  for (const caption of captions) yield put([caption], [], 0);
  if (captions.length > 0) row++;
  yield put(
    sheet.columns.map((c) => c.header),
    [],
    styles.header,
  );
  const plain = sheet.columns.map((c) => (c.numFmt ? (styles.formats.get(c.numFmt)?.plain ?? 0) : 0));
  const bold = sheet.columns.map((c) => (c.numFmt ? (styles.formats.get(c.numFmt)?.bold ?? styles.bold) : styles.bold));
  const rows = sheet.rows;
  if (Array.isArray(rows)) for (const cells of rows as readonly (readonly OutputCell[])[]) yield put(cells, plain, 0);
  else for (let i = 0; i < rows.length; i++) yield put((rows as OutputRows).row(i), plain, 0);
  for (const cells of sheet.totalRows ?? []) yield put(cells, bold, styles.bold);
  yield "</sheetData></worksheet>";
}
