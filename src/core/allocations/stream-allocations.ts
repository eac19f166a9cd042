// Reading an allocation sheet as its rows arrive, without holding the sheet: a row is read (by the
// same table reader readAllocations uses) as soon as it is known to belong to a table's body, and
// then let go. What is kept: the rows above the first header, header and title rows, rows whose
// words could name a budget year, and the few rows whose place is not yet decided (they may title
// the next table). The tables are split as spanTables splits them: a header starts a table, the
// title rows just above it belong to it, and a body runs to the next table's titles. A sheet with
// no header row is read from its values: their columns are inferred from the first INFER_ROWS rows,
// so once those are in, the table is read as it streams; should a header row come after that (the
// whole-sheet reader would then take everything above it for titles), the reader gives up with
// LateHeaderError and the face reads the sheet again, whole. A shorter sheet is read whole at the end.
import type { Unit } from "../amounts/unit";
import type { Diagnostic } from "../diagnostics";
import { yearFromSheetContext } from "../deadlines/sheet-year";
import type { CellValue, Grid } from "../grid";
import { detectSheetKind } from "../sheet/sheet-kind";
import { AddressBook } from "./cells";
import { ALLOCATION_HEADERS, readAllocations } from "./read-allocations";
import { INFER_ROWS } from "../readers/infer-columns";
import { ALLOCATION_ROLES } from "./roles";
import { AMOUNT_PREFERENCE, type TableLines, startTable } from "./table-lines";
import { type TableSpan, isBlankRow, mayTitleNext } from "./table-scan";
import { inferredTable, rowsAboveTable } from "./table-read";
import { LateHeaderError, RowOrderError } from "./read-whole";
import { MERGE_WEIGHED_ROWS, mergeLookaheadColumn, weighedForMerge } from "./table-setup";
import type { AllocationLine, ReadAllocationOptions, SheetKind, TableInfo } from "./types";
import { type HeaderMatch, headerRowAt, mayBeCodeTableHeader } from "../sheet/header";

/** What a face hands the streaming readers: each row of a sheet once, top to bottom. */
export interface RowSink {
  /**
   * Row `index`, 0-based from the origin's row (sheet row 1 unless a range such as a named table
   * is read: then its first row); values from the origin's column. Rows not handed over are blank.
   */
  row(index: number, values: readonly CellValue[], formats: readonly (string | null | undefined)[]): void;
}

/** Where the rows handed over start on the sheet: 1-based row and column. */
export interface RowOrigin {
  readonly top: number;
  readonly left: number;
}

/** A whole sheet: rows and columns from A1. */
export const SHEET_ORIGIN: RowOrigin = { top: 1, left: 1 };

export interface StreamedAllocations {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly unit: Unit;
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
  readonly linesRead: number;
}

export interface StreamHooks {
  /** Every line, in sheet order, as soon as it is read. */
  onLine(line: AllocationLine): void;
  /** A table whose columns and unit could be read starts at this header row (0-based); `grid` holds the rows above it that can name a budget year. */
  onTableStart?(headerRow: number, roles: ReadonlySet<string>, grid: Grid): void;
}

const EMPTY: readonly never[] = Object.freeze([]);
/** detectSheetKind looks at the first 20 rows. */
const KIND_ROWS = 20;
/** spanTables takes at most this many title rows above a header. */
const MAX_TITLE_ROWS = 4;
const YEAR_WORDS = /budsjett|tildelingsbrev/i;

/** What locateTables looks for in a header row. */
const HEADER_OPTIONS = { required: [["code", "chapter", "post"], AMOUNT_PREFERENCE], minRoles: 2, mayBeHeader: mayBeCodeTableHeader };

interface OpenTable {
  readonly header: HeaderMatch;
  readonly titleRows: readonly number[];
  readonly firstRow: number;
  /** undefined: not set up yet; null: it could not be read (rows are then passed over). */
  reader: TableLines | null | undefined;
  /** Body rows waiting for the set-up (it needs the row under the header, and mergedOverTwo up to 30 rows). */
  readonly waiting: number[];
  readonly mergeCol: number | undefined;
  weighed: number;
  lastBodyRow: number;
}

export class AllocationStream implements RowSink {
  private readonly values: (readonly CellValue[])[] = [];
  private readonly formats: (readonly (string | null | undefined)[])[] = [];
  private readonly grid: Grid;
  private readonly book: AddressBook;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly tables: TableInfo[] = [];
  private kind: SheetKind | undefined;
  /** Rows handed over but not yet looked at (before the kind is known). */
  private queued: number[] = [];
  private lastIndex = -1;
  private lastFed = -1;
  private firstHeader = -1;
  private table: OpenTable | null = null;
  /** Rows after the table's last decided body row that may title the next table (contiguous). */
  private pending: number[] = [];
  private blankAfterPending = false;
  private sheetUnit: Unit | null;
  private previousUnit: Unit | null = null;
  private linesRead = 0;
  private lastFilledRow = -1;
  /** No header row: the columns were inferred from the first INFER_ROWS rows, and the rest stream into that one table. */
  private inferred = false;
  private inferenceTried = false;

  constructor(
    sheet: string,
    hiddenColumns: readonly number[] | undefined,
    private readonly options: ReadAllocationOptions,
    private readonly hooks: StreamHooks,
    origin: RowOrigin = SHEET_ORIGIN,
    /** False: a sheet with no header row is held and read whole at the end, as before a LateHeaderError. */
    private readonly inferAsRead = true,
  ) {
    // A range read on its own (a named table) is read as the whole-grid path reads it: its grid
    // starts at the range, so nothing above or left of it counts, and addresses are the sheet's.
    const { top, left } = origin;
    this.grid = hiddenColumns && hiddenColumns.length > 0 ? { sheet, top, left, values: this.values, formats: this.formats, hiddenColumns } : { sheet, top, left, values: this.values, formats: this.formats };
    this.book = new AddressBook(this.grid);
    this.kind = options.kind;
    this.sheetUnit = options.unit ?? null;
  }

  row(index: number, values: readonly CellValue[], formats: readonly (string | null | undefined)[]): void {
    if (index <= this.lastIndex) throw new RowOrderError(this.grid.sheet, index);
    while (this.values.length < index) {
      this.values.push(EMPTY);
      this.formats.push(EMPTY);
    }
    this.values.push(values);
    this.formats.push(formats);
    this.lastIndex = index;
    if (values.length > 0) this.lastFilledRow = index;
    if (this.kind === undefined) {
      this.queued.push(index);
      if (index < KIND_ROWS) return;
      this.kind = detectSheetKind(this.grid);
      const queued = this.queued;
      this.queued = [];
      for (const r of queued) this.feed(r);
    } else this.feed(index);
    if (this.firstHeader < 0 && !this.inferenceTried && this.inferAsRead && this.values.length >= INFER_ROWS) this.inferColumns();
  }

  /** The first INFER_ROWS rows have come and none was a header: the columns are read from them, once. */
  private inferColumns(): void {
    this.inferenceTried = true;
    const found = inferredTable(this.grid, ALLOCATION_HEADERS, this.lastIndex);
    // No table in the values: the rows are kept, in case a header row comes further down.
    if (!found) return;
    this.inferred = true;
    this.diagnostics.push(found.note);
    this.diagnostics.push(...rowsAboveTable(this.grid, this.book, found.span.titleRows));
    this.open(found.span.header, found.span.titleRows);
    for (let r = found.span.firstRow; r <= this.lastFed; r++) this.commit(r);
  }

  /** The sheet's reading once every row has been handed over. */
  end(): StreamedAllocations {
    // Trailing rows with no cells are not part of the sheet (as the whole-sheet reader trims them).
    this.values.length = this.lastFilledRow + 1;
    this.formats.length = this.lastFilledRow + 1;
    if (this.kind === undefined) {
      this.kind = detectSheetKind(this.grid);
      for (const r of this.queued) if (r <= this.lastFilledRow) this.feed(r);
      this.queued = [];
    }
    const kind = this.kind;
    if (this.firstHeader < 0 && !this.inferred) return this.readWhole(kind);
    this.commitPending();
    this.closeTable(this.lastFilledRow);
    return {
      sheet: this.grid.sheet,
      kind,
      unit: this.sheetUnit ?? this.fallback(),
      tables: this.tables,
      diagnostics: this.diagnostics,
      linesRead: this.linesRead,
    };
  }

  private fallback(): Unit {
    return this.options.defaultUnit ?? (this.kind === "budget-data" ? "kr" : "1000 kr");
  }

  /** No header row anywhere: every row was kept, so the whole-sheet reader decides (it may infer the columns). */
  private readWhole(kind: SheetKind): StreamedAllocations {
    const read = readAllocations(this.grid, { ...this.options, kind });
    for (const line of read.lines) this.hooks.onLine(line);
    if (read.tables.length > 0) this.hooks.onTableStart?.(read.tables[0].headerRow, new Set(read.tables[0].columns.map((c) => c.role)), this.grid);
    return { sheet: read.sheet, kind, unit: read.unit, tables: read.tables, diagnostics: read.diagnostics, linesRead: read.lines.length };
  }

  private feed(r: number): void {
    // A gap in the rows handed over is a blank row.
    if (r > this.lastFed + 1 && this.pending.length > 0) this.blankAfterPending = true;
    const skippedFrom = this.lastFed + 1;
    this.lastFed = r;
    const header = headerRowAt(this.grid, r, ALLOCATION_ROLES, HEADER_OPTIONS);
    if (this.inferred) {
      if (header) throw new LateHeaderError(this.grid.sheet, r);
      // The inferred table runs to the sheet's end: every row is its body, blank ones too, as readAllocations reads it.
      for (let g = skippedFrom; g <= r; g++) this.commit(g);
      return;
    }
    if (this.firstHeader < 0) {
      if (header) this.startFirst(header);
      return;
    }
    if (header) {
      this.nextHeader(header);
      return;
    }
    if (isBlankRow(this.grid, r)) {
      if (this.pending.length > 0) this.blankAfterPending = true;
      this.release(r);
      return;
    }
    if (mayTitleNext(this.grid, r)) {
      if (this.pending.length > 0 && this.blankAfterPending) this.commitPending();
      this.pending.push(r);
      this.blankAfterPending = false;
      if (this.pending.length > MAX_TITLE_ROWS) this.commit(this.pending.shift()!);
      return;
    }
    this.commitPending();
    this.commit(r);
  }

  private startFirst(header: HeaderMatch): void {
    this.firstHeader = header.row;
    // Everything above the first table is its preamble (spanTables); rows there with numbers are said to be no titles.
    const titleRows: number[] = [];
    for (let r = 0; r < header.row; r++) if (!isBlankRow(this.grid, r)) titleRows.push(r);
    this.diagnostics.push(...rowsAboveTable(this.grid, this.book, titleRows));
    this.open(header, titleRows);
  }

  private nextHeader(header: HeaderMatch): void {
    // The rows still undecided are the new table's titles (at most four, one block, blank rows below them allowed).
    const titles = this.pending;
    this.pending = [];
    this.blankAfterPending = false;
    this.closeTable((titles.length > 0 ? titles[0] : header.row) - 1);
    this.open(header, titles);
  }

  private open(header: HeaderMatch, titleRows: readonly number[]): void {
    this.table = { header, titleRows, firstRow: header.row + 1, reader: undefined, waiting: [], mergeCol: mergeLookaheadColumn(this.grid, header), weighed: 0, lastBodyRow: header.row };
  }

  private commitPending(): void {
    for (const r of this.pending) this.commit(r);
    this.pending = [];
    this.blankAfterPending = false;
  }

  /** Row `r` is in the open table's body. */
  private commit(r: number): void {
    const t = this.table!;
    t.lastBodyRow = r;
    if (t.reader === undefined) {
      t.waiting.push(r);
      if (t.mergeCol !== undefined && weighedForMerge(this.values[r][t.mergeCol] ?? null)) t.weighed++;
      if (r > t.header.row + 1 && (t.mergeCol === undefined || t.weighed >= MERGE_WEIGHED_ROWS)) this.setUp(t, r);
      return;
    }
    if (t.reader !== null) t.reader.row(r);
    this.release(r);
  }

  private setUp(t: OpenTable, lastRow: number): void {
    const span: TableSpan = { header: t.header, titleRows: t.titleRows, firstRow: t.firstRow, lastRow };
    t.reader = startTable({
      grid: this.grid,
      span,
      index: this.tables.length,
      book: this.book,
      options: { ...this.options, kind: this.kind!, fallback: this.fallback() },
      previousUnit: this.previousUnit,
      diagnostics: this.diagnostics,
      onLine: (line) => {
        this.linesRead++;
        this.hooks.onLine(line);
      },
      resultUnitFor: (u) => {
        if (this.sheetUnit === null) this.sheetUnit = u;
        return this.sheetUnit;
      },
      yearAbove: (headerRow) => yearFromSheetContext(this.grid, headerRow),
    });
    if (t.reader) this.hooks.onTableStart?.(t.header.row, new Set(t.header.allColumns.keys()), this.grid);
    const waiting = t.waiting.splice(0);
    for (const r of waiting) {
      if (t.reader) t.reader.row(r);
      this.release(r);
    }
  }

  private closeTable(lastRow: number): void {
    const t = this.table;
    if (!t) return;
    if (t.reader === undefined) this.setUp(t, Math.max(lastRow, t.header.row));
    if (t.reader) {
      const info = t.reader.finish();
      this.tables.push(info);
      this.previousUnit = info.unit;
    }
    this.table = null;
  }

  /** A body row once read: let go, unless its words could name the budget year a later table's title context asks for. */
  private release(r: number): void {
    if (r < this.firstHeader || (this.table && r <= this.table.header.row + 1)) return;
    const cells = this.values[r];
    // The words hold no spaces, so the raw text matches exactly when the tidied text would.
    for (const v of cells) if (typeof v === "string" && YEAR_WORDS.test(v)) return;
    this.values[r] = EMPTY;
    this.formats[r] = EMPTY;
  }
}
