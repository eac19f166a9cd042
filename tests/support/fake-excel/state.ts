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
  rect: Rect;
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
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  showTotals: boolean;
}

export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
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
  /** The calendar day TODAY() returns. */
  today = "2026-11-23";
  requestLimit = FIVE_MB;
  responseLimit = FIVE_MB;
  syncs: SyncRecord[] = [];
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
    const sheet: FakeSheet = { id: this.nextId++, name, visibility: "Visible", cells: new Map(), notes: new Map(), comments: new Map(), conditionalFormats: [] };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  removeSheet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    for (const n of this.names.values()) if (n.sheet === sheet) n.rect = null;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
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
