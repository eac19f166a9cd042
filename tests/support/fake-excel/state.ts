// The in-memory workbook behind the fake Excel API: sheets of cells, tables, names, settings,
// notes and conditional formats, plus what a test needs to judge the adapter: sync and payload
// counts, a clock for TODAY(), and snapshots. Plain TypeScript with no Node imports, so the same
// fake can be injected as `window.Excel` in a browser test.
import { MAX_COLUMNS, type Rect, boundingRect, formatRangeAddress, parseRangeAddress } from "./a1";
import type { CellValue } from "../../../src/core/grid";

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** The typed constant, or the cached result shown for a formula. */
  value: Scalar;
  formula?: string;
  numberFormat: string;
  /** Solid fill colour, or null for "No fill". */
  fill: string | null;
  bold?: boolean;
  /** Set for cells seeded by the test as if the user typed them. */
  typed?: boolean;
}

export interface FakeConditionalFormat {
  /** Set for formats added through the API (ConditionalFormat.id). */
  id?: string;
  rect: Rect;
  /** The areas of a format over several ranges (RangeAreas); `rect` is then the first. */
  areas?: Rect[];
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, FakeCell>;
  notes: Map<number, string>;
  /** Threaded comments by cell: a cell holds a note or a comment, never both. */
  comments: Map<number, string>;
  conditionalFormats: FakeConditionalFormat[];
  /** Names in the sheet's own scope (a copied sheet carries its cells' names there). */
  names: Map<string, FakeName>;
  /** Protected sheets refuse every change (Worksheet.protection.protect()). */
  protected?: boolean;
  /** Merged areas: a write to part of one fails, as in Excel. */
  merged?: Rect[];
  /** 1-based columns the user hid (Format > Hide columns). */
  hiddenColumns?: Set<number>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  showTotals: boolean;
}

export interface FakeName {
  name: string;
  /** null once the sheet is deleted: Excel then shows the formula as `=#REF!$F$2:$H$4`. */
  sheet: FakeSheet | null;
  /** null once every cell of the range is deleted (`=#REF!`). */
  rect: Rect | null;
  comment: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** What a worksheet onChanged handler receives (Excel.WorksheetChangedEventArgs, the parts the add-in reads). */
export interface FakeChangeEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  /** The changed range without its sheet name, as Excel gives it: "C6". */
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
}

export const FIVE_MB = 5 * 1024 * 1024;

export function cellKey(row: number, col: number): number {
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS) + 1;
}

export function keyCol(key: number): number {
  return (key % MAX_COLUMNS) + 1;
}

/** Days since 1899-12-30, the Excel serial of a calendar date given as YYYY-MM-DD. */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names = new Map<string, FakeName>();
  settings = new Map<string, unknown>();
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; rect: Rect } | null = null;
  /** While true every sync fails as Excel does when the user is typing in a cell. */
  cellEditMode = false;
  /** Set when the real office.js runtime drives the fake: it measures requests itself. */
  realRequests = false;
  /** The workbook counts days from 1904-01-01 (File > Options > Advanced), as old Mac workbooks do. */
  date1904 = false;
  /** The calendar day TODAY() returns. */
  today = "2026-11-23";
  requestLimit = FIVE_MB;
  responseLimit = FIVE_MB;
  syncs: SyncRecord[] = [];
  /** Excel refuses mergeUndoGroup with UndoNotSupported (as it may for some workbooks). */
  undoUnsupported = false;
  /** The options of each Excel.run, in order. */
  runs: Array<{ mergeUndoGroup: boolean; delayForCellEdit: boolean }> = [];
  /** worksheet onChanged handlers, by sheet id, as the add-in registered them. */
  changeHandlers: Array<{ sheetId: number; handler: (event: FakeChangeEvent) => unknown }> = [];
  private nextId = 1;

  get syncCount(): number {
    return this.syncs.length;
  }

  resetStats(): void {
    this.syncs = [];
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  requireSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake-excel: no sheet ${name}`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (/^history$/i.test(name)) throw new Error("fake-excel: Excel reserves the sheet name History");
    const sheet: FakeSheet = { id: this.nextId++, name, visibility: "Visible", cells: new Map(), notes: new Map(), comments: new Map(), conditionalFormats: [], names: new Map() };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  removeSheet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    // Excel keeps a name whose sheet is gone, its formula now `=#REF!$F$2:$H$4`.
    for (const n of this.names.values()) if (n.sheet === sheet) n.sheet = null;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  /** The sheet with this id as Worksheet.id shows it ("{3}"), or this name. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => `{${s.id}}` === key) ?? this.sheet(key);
  }

  /** The user renames a sheet (names, formats and notes follow, as in Excel). */
  renameSheet(from: string, to: string): void {
    this.requireSheet(from).name = to;
  }

  /**
   * The user copies a sheet (Move or Copy > Create a copy): cells, notes and formats are copied,
   * and each workbook name on the sheet gets a twin of the same name in the copy's own scope.
   */
  copySheet(from: string, to: string): FakeSheet {
    const source = this.requireSheet(from);
    const copy = this.addSheet(to);
    for (const [k, c] of source.cells) copy.cells.set(k, { ...c });
    for (const [k, n] of source.notes) copy.notes.set(k, n);
    copy.conditionalFormats = source.conditionalFormats.map((cf) => ({ ...cf, id: cf.id ? `${cf.id}-copy` : undefined }));
    for (const n of this.names.values()) if (n.sheet === source && n.rect) copy.names.set(n.name.toLowerCase(), { ...n, sheet: copy });
    return copy;
  }

  /**
   * The user inserts (`count` > 0) or deletes (`count` < 0) whole rows at `at` (1-based), or
   * columns with `axis` "columns": cells, notes, comments, formats, names and tables move as in
   * Excel; a name or format whose every cell is deleted loses its range.
   */
  shift(sheetName: string, axis: "rows" | "columns", at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    const rows = axis === "rows";
    const move = (rect: Rect): Rect | null => {
      const start = rows ? rect.top : rect.left;
      const size = rows ? rect.rows : rect.columns;
      let newStart = start;
      let newSize = size;
      if (count > 0) {
        if (at <= start) newStart = start + count;
        else if (at < start + size) newSize = size + count;
      } else {
        const delFrom = at;
        const delTo = at - count - 1;
        const end = start + size - 1;
        const keptBefore = Math.max(0, Math.min(end, delFrom - 1) - start + 1);
        const keptAfter = Math.max(0, end - Math.max(start, delTo + 1) + 1);
        newSize = keptBefore + keptAfter;
        if (newSize === 0) return null;
        newStart = start < delFrom ? start : Math.max(delFrom, start + count);
        if (start > delTo) newStart = start + count;
      }
      return rows ? { ...rect, top: newStart, rows: newSize } : { ...rect, left: newStart, columns: newSize };
    };
    const moveKey = (key: number): number | null => {
      const r = keyRow(key), c = keyCol(key);
      const moved = move({ top: r, left: c, rows: 1, columns: 1 });
      return moved ? cellKey(moved.top, moved.left) : null;
    };
    const remap = <T>(map: Map<number, T>): Map<number, T> => {
      const out = new Map<number, T>();
      for (const [k, v] of map) {
        const key = moveKey(k);
        if (key !== null) out.set(key, v);
      }
      return out;
    };
    sheet.cells = remap(sheet.cells);
    sheet.notes = remap(sheet.notes);
    sheet.comments = remap(sheet.comments);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
      const areas = (cf.areas ?? [cf.rect]).map(move).filter((r): r is Rect => r !== null);
      if (areas.length === 0) return [];
      return [{ ...cf, rect: areas[0], areas: cf.areas ? areas : undefined }];
    });
    for (const n of [...this.names.values(), ...sheet.names.values()]) if (n.sheet === sheet && n.rect) n.rect = move(n.rect);
    for (const t of this.tables) if (t.sheet === sheet) t.rect = move(t.rect) ?? t.rect;
  }

  /**
   * Seed cells as the user would type them, from the top-left of `address` (default A1).
   * Strings starting with "=" become formulas. `null` leaves a cell empty.
   */
  type(sheetName: string, rows: ReadonlyArray<ReadonlyArray<CellValue | Date>>, options: { at?: string; formats?: ReadonlyArray<ReadonlyArray<string | null>> } = {}): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseRangeAddress(options.at ?? "A1");
    if (!at) throw new Error(`fake-excel: bad address ${options.at}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const format = options.formats?.[r]?.[c] ?? (v instanceof Date ? "dd.mm.yyyy" : "General");
        const value: Scalar = v instanceof Date ? dateSerial(v.toISOString().slice(0, 10)) : typeof v === "object" ? v.error : v;
        const cell: FakeCell = { value, numberFormat: format, fill: null, typed: true };
        if (typeof value === "string" && value.startsWith("=")) {
          cell.formula = value;
          cell.value = 0;
        }
        sheet.cells.set(cellKey(at.top + r, at.left + c), cell);
      }),
    );
  }

  addTable(name: string, sheetName: string, address: string, showTotals = false): FakeTable {
    const rect = parseRangeAddress(address);
    if (!rect) throw new Error(`fake-excel: bad address ${address}`);
    const table: FakeTable = { name, sheet: this.requireSheet(sheetName), rect, showTotals };
    this.tables.push(table);
    return table;
  }

  /** The rectangle Excel reports as used: cells with values (and, unless valuesOnly, with formats). */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    for (const [key, cell] of sheet.cells) {
      const hasValue = cell.formula !== undefined || cell.value !== "";
      const hasFormat = cell.fill !== null || cell.numberFormat !== "General" || cell.bold === true;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const r = keyRow(key), c = keyCol(key);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (bottom > 0) rect = { top, left, rows: bottom - top + 1, columns: right - left + 1 };
    if (!valuesOnly) for (const t of this.tables) if (t.sheet === sheet) rect = rect ? boundingRect(rect, t.rect) : t.rect;
    return rect;
  }

  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** A cell created on first write, so empty cells cost no memory. */
  cellForWrite(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General", fill: null };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  addressOf(sheet: FakeSheet, rect: Rect): string {
    return formatRangeAddress(sheet.name, rect);
  }

  nextObjectId(): number {
    return this.nextId++;
  }
}
