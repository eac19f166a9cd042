// Which columns of a source are hidden, read in the same request as the source's shape, and
// handed to the use case on the Grid exactly as the .xlsx reader does (`Grid.hiddenColumns`), so
// the pane and the command line never pick different amount columns. Range.columnHidden is one
// boolean for the whole range (null when mixed); ExcelApi 1.9's getColumnProperties says it per
// column. An older Excel can only say "some are hidden": the run then warns instead of guessing.
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import type { QueuedShape } from "./read-grid";

/** Per source: the hidden columns (0-based within the range), or null when Excel cannot tell which. */
export type HiddenColumns = readonly number[] | null;

/** The hidden columns of each queued source, after the caller's sync. */
export type HiddenReader = () => HiddenColumns[];

/**
 * Queue, before the shape request's sync, what tells which columns are hidden. `perColumn` is
 * ExcelApi 1.9 (getColumnProperties); without it only the range's one flag is loaded.
 */
export function queueHiddenColumns(queued: readonly QueuedShape[], perColumn: boolean): HiddenReader {
  // A column is hidden whole, so the first row of the range tells as much as all of it, for less work.
  const firstRows = queued.map((q) => q.range.getRow(0));
  if (perColumn) {
    const results = firstRows.map((row) => row.getColumnProperties({ columnHidden: true }));
    return () => results.map((r) => r.value.flatMap((column, i) => (column.columnHidden === true ? [i] : [])));
  }
  for (const row of firstRows) row.load("columnHidden,columnCount");
  return () =>
    firstRows.map((row) => {
      if (row.columnHidden === false) return [];
      // Every column hidden: each is, and no visible one can be preferred anyway.
      if (row.columnHidden === true) return Array.from({ length: row.columnCount }, (_, i) => i);
      return null;
    });
}

/** The grid as the use case takes it: with its hidden columns, when there are any. */
export function withHiddenColumns(grid: Grid, hidden: HiddenColumns): Grid {
  return hidden && hidden.length > 0 ? { ...grid, hiddenColumns: hidden } : grid;
}

/** The warning for a source whose hidden columns this Excel cannot name (older than ExcelApi 1.9). */
export function hiddenUnknownWarnings(grids: readonly Grid[], hidden: readonly HiddenColumns[]): Diagnostic[] {
  return grids.flatMap((grid, i) => (hidden[i] === null ? [diagnostic("warning", "XL-HIDDEN-COLUMNS-UNKNOWN", { sheet: grid.sheet })] : []));
}
