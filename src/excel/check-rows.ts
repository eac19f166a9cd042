// Kontroll of a sheet or table, read in one request or several: each block of rows goes into the
// engine's streaming check as it arrives and is then let go, so the pane holds one block of values
// at a time. The engine's work is cut into chunks with a turn for the page's event loop between them
// (clicks, painting, Avbryt), so no single task keeps the pane from answering for long. A check
// against the workbook's own chart starts once the chart sheet is known: its first rows come with
// the first block (own-chart-read.ts), and the chart is read whole before that block is checked.
import { type CheckSummary, type SheetSink, type StreamCheck, streamCheck } from "../core/use-cases/check-stream";
import { SHEET_ORIGIN } from "../core/allocations/stream-allocations";
import { LateHeaderError } from "../core/allocations/read-whole";
import type { Grid } from "../core/grid";
import type { RunOptions } from "../core/use-cases/workbook";
import type { RunControl } from "../app/pane-actions";
import type { Rect } from "./address";
import type { HiddenColumns } from "./hidden";
import { ReadCancelledError, type SourceShape, readSourceData, yieldToPage } from "./read-grid";
import type { RunEnv } from "./check";
import type { OwnChartRead } from "./own-chart-read";

/** Rows the engine goes through between two turns for the page: a few tens of milliseconds' work. */
export const CHECK_CHUNK_ROWS = 5_000;

/** Rows read and checked block by block; the summary as the command line's streaming check gives it. */
export async function checkRowsAsRead(
  context: Excel.RequestContext,
  shape: SourceShape,
  hiddenColumns: HiddenColumns,
  options: RunOptions,
  env: RunEnv,
  control: RunControl,
  masks: ReadonlyMap<string, readonly Rect[]>,
  own?: OwnChartRead,
): Promise<CheckSummary> {
  // One pass over the source's rows; `holdHeaderless` for a second one, after a LateHeaderError.
  const pass = async (holdHeaderless: boolean): Promise<CheckSummary> => {
    // A named table is read from its own first row and column, as if nothing were around it. A
    // sheet's used range is read as the command line reads a sheet: from A1, so the engine sees the
    // same rows and columns whichever face reads it (the range may start lower or further right).
    const table = shape.source.table !== undefined;
    const origin = table ? { top: shape.rect.top, left: shape.rect.left } : SHEET_ORIGIN;
    const pad = table ? 0 : shape.rect.left - 1;
    let started: Promise<{ check: StreamCheck; sink: SheetSink }> | null = null;
    const start = () =>
      (started ??= (async () => {
        // The chart sheet may need a request of its own: made here, between two blocks' requests.
        const ownChart = own ? { ownChart: await own.grid() } : {};
        const check = streamCheck({ sheets: [{ name: shape.sheet, hidden: false }], options, charts: env.charts, now: env.now, ...(env.fileName ? { fileName: env.fileName } : {}), ...ownChart, holdHeaderless });
        return { check, sink: check.sinkFor(shape.sheet, hiddenColumns?.map((c) => c + pad), origin) };
      })());
    const lead = <T>(line: readonly T[]): (T | null)[] => (pad > 0 ? [...(Array(pad).fill(null) as null[]), ...line] : [...line]);
    let rowsChecked = 0;
    const rows = shape.rect.rows;

    const onBlock = async (_shape: number, block: Grid): Promise<void> => {
      const { check, sink } = await start();
      const formats = block.formats ?? [];
      for (let from = 0; from < block.values.length; from += CHECK_CHUNK_ROWS) {
        if (rowsChecked > 0) await yieldToPage();
        if (control.signal?.aborted) throw new ReadCancelledError();
        const to = Math.min(block.values.length, from + CHECK_CHUNK_ROWS);
        for (let r = from; r < to; r++) sink.row(block.top - origin.top + r, pad > 0 ? lead(block.values[r]) : block.values[r], pad > 0 ? lead(formats[r] ?? []) : (formats[r] ?? []));
        // A chart may still be loading: the rows wait in the engine, but not past this chunk.
        const settling = check.settle();
        if (settling) await settling;
        rowsChecked += to - from;
        control.onProgress?.({ rowsRead: block.top - shape.rect.top + block.values.length, rows, rowsChecked });
      }
    };
    await readSourceData(context, [shape], { masks, signal: control.signal, onProgress: control.onProgress, onBlock, ...(own?.alsoLoad ? { alsoLoad: own.alsoLoad } : {}) });
    const { check, sink } = await start();
    // The summing up is a task of its own, after the page has painted "Kontrollerer …".
    await yieldToPage();
    if (control.signal?.aborted) throw new ReadCancelledError();
    sink.end();
    return check.finish();
  };
  try {
    return await pass(false);
  } catch (error) {
    // A header row below thousands of rows read without one (the engine inferred their columns):
    // the source is read again, and such a sheet held whole this time, as the whole-sheet reader reads it.
    if (!(error instanceof LateHeaderError)) throw error;
    return pass(true);
  }
}
