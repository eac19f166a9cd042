// Reading sheets and tables into Grids with as few round trips as Excel allows.
//
// Step 1 (`queueSourceShapes`, then the caller's sync): the address of each source's range and
// its first rows as a sample, which tells how many bytes a row costs. Step 2 (`readSourceData`):
// the values and number formats of every source in ONE request when the estimate fits the
// payload budget, else in row blocks. Excel on the web refuses any request or response over
// 5 MB, so a block is the unit of one request: there is one sync per block by necessity.
// Between blocks the read says how far it has come, gives the page's event loop a turn (so the
// pane keeps answering clicks during a 200 000-row read) and stops if the user pressed Avbryt.
import { type CellValue, type Grid } from "../core/grid";
import { type Rect, type SheetRect, containsCell, parseRangeAddress } from "./address";
import { isPayloadLimitError } from "./errors";
import type { SourceRef } from "../app/pane-actions";
import { cellValueFromExcel, utf8Length } from "./values";

/** Excel on the web allows 5 MB per request and response; leave room for the JSON envelope. */
export const PAYLOAD_BUDGET = 4_000_000;
/**
 * The most rows one request reads, however narrow they are: progress and Avbryt come between
 * requests, so a 200 000-row sheet is read in five steps the user can follow and stop.
 */
export const MAX_REQUEST_ROWS = 40_000;
/** Rows read in step 1 to estimate the bytes per row. */
export const SAMPLE_ROWS = 200;
/** The sample may not be typical of the rows below it. */
const SAFETY = 1.3;
/** The smallest guess of a row's cost, so a sample of blank rows cannot plan one giant request. */
const MIN_BYTES_PER_CELL = 12;

export interface QueuedShape {
  readonly source: SourceRef;
  readonly range: Excel.Range;
  readonly sample: Excel.Range;
}

/** Queue step 1 for each source; read the result with `shapesOf` after the caller's sync. */
export function queueSourceShapes(context: Excel.RequestContext, sources: readonly SourceRef[]): QueuedShape[] {
  return sources.map((source) => {
    const sheet = context.workbook.worksheets.getItem(source.sheet);
    // getUsedRange (not ...OrNullObject): an empty sheet gives A1, so the sample below is always valid.
    const range = source.table ? sheet.tables.getItem(source.table).getRange() : sheet.getUsedRange(true);
    range.load("address,rowCount,columnCount");
    // The first SAMPLE_ROWS rows of the range (fewer when the range is shorter).
    const sample = range.getIntersection(range.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0));
    sample.load("values,numberFormat,rowCount");
    return { source, range, sample };
  });
}

export interface SourceShape {
  readonly source: SourceRef;
  /** The range read: the table (header and totals included) or the sheet's used range. */
  readonly rect: Rect;
  readonly sheet: string;
  readonly address: string;
  /** Estimated response bytes of one row (values and number formats). */
  readonly bytesPerRow: number;
  /** True when the sheet holds no values at all. */
  readonly empty: boolean;
}

export function shapesOf(queued: readonly QueuedShape[]): SourceShape[] {
  return queued.map(({ source, range, sample }) => {
    const parsed = parseRangeAddress(range.address) as SheetRect;
    const sampleBytes = utf8Length(JSON.stringify(sample.values)) + utf8Length(JSON.stringify(sample.numberFormat));
    const perRow = Math.max(sampleBytes / Math.max(1, sample.rowCount), MIN_BYTES_PER_CELL * range.columnCount);
    const empty = !source.table && range.rowCount === 1 && range.columnCount === 1 && sample.values[0][0] === "";
    return {
      source,
      sheet: parsed.sheet ?? source.sheet,
      rect: { top: parsed.top, left: parsed.left, rows: range.rowCount, columns: range.columnCount },
      address: range.address,
      bytesPerRow: perRow * SAFETY,
      empty,
    };
  });
}

interface Block {
  readonly shape: number;
  /** 0-based offset into the source's rows. */
  readonly start: number;
  readonly rows: number;
}

/**
 * Split every source into blocks under the budget and the row cap, then pack blocks into
 * requests under both (small sources share one request; a large one takes one per block).
 */
export function planRequests(shapes: readonly SourceShape[], budget = PAYLOAD_BUDGET, maxRows = MAX_REQUEST_ROWS): Block[][] {
  const blocks: Block[] = [];
  shapes.forEach((shape, i) => {
    if (shape.empty) return;
    const perBlock = Math.max(1, Math.min(maxRows, Math.floor(budget / shape.bytesPerRow)));
    for (let start = 0; start < shape.rect.rows; start += perBlock) blocks.push({ shape: i, start, rows: Math.min(perBlock, shape.rect.rows - start) });
  });
  const requests: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  let rows = 0;
  for (const b of blocks) {
    const cost = b.rows * shapes[b.shape].bytesPerRow;
    if (current.length > 0 && (bytes + cost > budget || rows + b.rows > maxRows)) {
      requests.push(current);
      current = [];
      bytes = 0;
      rows = 0;
    }
    current.push(b);
    bytes += cost;
    rows += b.rows;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** How far a read has come: rows delivered so far, of all the rows of the sources read. */
export interface ReadProgress {
  readonly rowsRead: number;
  readonly rows: number;
}

export interface ReadOptions {
  /** Cells the add-in wrote earlier (per sheet name): read as empty, so results are never read back as input. */
  readonly masks?: ReadonlyMap<string, readonly Rect[]>;
  /** Loads the caller wants in the first data request (queued again if that request must be retried). */
  readonly alsoLoad?: () => void;
  readonly budget?: number;
  /** Told after each request how many rows have arrived. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Once aborted (Avbryt), no further request is sent and the read rejects with ReadCancelledError. */
  readonly signal?: AbortSignal;
  /**
   * Takes each block of rows as it arrives (masked, `top` its first sheet row) instead of the
   * read keeping them: the grids returned are then empty, so at most one block is held.
   */
  readonly onBlock?: (shape: number, block: Grid) => Promise<void>;
}

/**
 * The user stopped a read (Avbryt) between two requests: nothing further was asked of Excel and
 * nothing was written. Named as the platform names an aborted operation.
 */
export class ReadCancelledError extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("The read was cancelled");
  }
}

/**
 * A turn for the page's event loop: clicks and typing are handled between blocks, and, given a
 * frame's time (`ms`), the page also paints what it was just told ("Leser 40 000 av …").
 */
export const yieldToPage = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** About one frame: a few hundredths of a second per block, against the seconds a block takes. */
export const FRAME_MS = 20;

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadCancelledError();
}

/**
 * Step 2: the Grids of the sources. One sync when everything fits the budget; otherwise one
 * sync per planned request, halving a block whenever Excel still finds a request too large.
 */
export async function readSourceData(context: Excel.RequestContext, shapes: readonly SourceShape[], options: ReadOptions = {}): Promise<Grid[]> {
  const rows: CellValue[][][] = shapes.map(() => []);
  const formats: string[][][] = shapes.map(() => []);
  const pending = planRequests(shapes, options.budget);
  let extraPending = options.alsoLoad !== undefined;
  if (pending.length === 0 && extraPending) pending.push([]);
  const totalRows = shapes.reduce((n, shape) => n + (shape.empty ? 0 : shape.rect.rows), 0);
  let rowsRead = 0;
  let first = true;

  // Each iteration is one request that must stay under Excel's payload limit: the sync per block
  // is the point of the loop, not an accident (see the file comment).
  while (pending.length > 0) {
    if (!first) await yieldToPage(FRAME_MS);
    first = false;
    stopIfCancelled(options.signal);
    const request = pending.shift() as Block[];
    const loaded = request.map((b) => {
      const shape = shapes[b.shape];
      const range = context.workbook.worksheets
        .getItem(shape.sheet)
        .getRangeByIndexes(shape.rect.top - 1 + b.start, shape.rect.left - 1, b.rows, shape.rect.columns);
      range.load("values,numberFormat");
      return { block: b, range };
    });
    if (extraPending) options.alsoLoad?.();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per row block (5 MB limit)
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      pending.unshift(...splitRequest(request, error));
      continue;
    }
    extraPending = false;
    for (const { block, range } of loaded) {
      if (options.onBlock) {
        const shape = shapes[block.shape];
        const part: Grid = { sheet: shape.sheet, top: shape.rect.top + block.start, left: shape.rect.left, values: range.values.map((line) => line.map(cellValueFromExcel)), formats: range.numberFormat as string[][] };
        await options.onBlock(block.shape, maskGrid(part, options.masks?.get(shape.sheet) ?? []));
        rowsRead += block.rows;
        continue;
      }
      const target = rows[block.shape];
      const targetFormats = formats[block.shape];
      range.values.forEach((line, r) => {
        target[block.start + r] = line.map(cellValueFromExcel);
        targetFormats[block.start + r] = range.numberFormat[r] as string[];
      });
      rowsRead += block.rows;
    }
    options.onProgress?.({ rowsRead, rows: totalRows });
  }

  return shapes.map((shape, i) => {
    const grid: Grid = { sheet: shape.sheet, top: shape.rect.top, left: shape.rect.left, values: rows[i], formats: formats[i], ...(shape.source.table ? { table: shape.source.table } : {}) };
    return maskGrid(grid, options.masks?.get(shape.sheet) ?? []);
  });
}

/** A request Excel refused as too large: its blocks one by one, or a lone block in halves. */
function splitRequest(request: Block[], error: unknown): Block[][] {
  if (request.length > 1) return request.map((b) => [b]);
  const [b] = request;
  if (!b || b.rows <= 1) throw error;
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, start: b.start + half, rows: b.rows - half }]];
}

/** The grid with the add-in's own cells blanked. */
export function maskGrid(grid: Grid, masks: readonly Rect[]): Grid {
  if (masks.length === 0) return grid;
  const values = grid.values.map((line, r) =>
    line.map((v, c) => (masks.some((m) => containsCell(m, grid.top + r, grid.left + c)) ? null : v)),
  );
  return { ...grid, values };
}
