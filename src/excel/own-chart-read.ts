// "Kontroller mot arbeidsbokens egen kontoplan" in the pane: the chart sheet is the other visible
// sheet whose first rows carry a chart's header (pickOwnChartSheet). Those first rows ride on the
// check's first data request, so finding the chart costs no request of its own; the chart sheet
// is read whole in one more request only when it is longer than its sample. A chart is a
// reference list (hundreds to a few thousand rows): holding it whole is what the check needs.
import type { Grid } from "../core/grid";
import { pickOwnChartSheet } from "../core/use-cases/own-chart-sheet";
import type { Rect } from "./address";
import { type QueuedShape, type SourceShape, SAMPLE_ROWS, queueSourceShapes, readSourceData, shapesOf } from "./read-grid";
import { cellValueFromExcel } from "./values";

export interface OwnChartRead {
  /** Queues the other sheets' first rows on the request being built (none when there is no other sheet). */
  readonly alsoLoad?: () => void;
  /** Once that request is answered: the chart sheet's grid, or null when no sheet looks like a chart. */
  readonly grid: () => Promise<Grid | null>;
}

function sampleGrid(q: QueuedShape, shape: SourceShape): Grid {
  return {
    sheet: shape.sheet,
    top: shape.rect.top,
    left: shape.rect.left,
    values: q.sample.values.map((row) => row.map(cellValueFromExcel)),
    formats: q.sample.numberFormat as string[][],
  };
}

/** `sheets` must have been loaded with their names and visibility (SHEET_ITEM_PROPS). */
export function ownChartRead(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  sourceSheet: string,
  masks: ReadonlyMap<string, readonly Rect[]>,
  signal: AbortSignal | undefined,
): OwnChartRead {
  const names = sheets.items.filter((s) => s.visibility === "Visible" && s.name.toLowerCase() !== sourceSheet.toLowerCase()).map((s) => ({ sheet: s.name }));
  let others: QueuedShape[] = [];
  return {
    ...(names.length > 0 ? { alsoLoad: () => void (others = queueSourceShapes(context, names)) } : {}),
    async grid() {
      if (others.length === 0) return null;
      const candidates = shapesOf(others)
        .map((s, i) => ({ shape: s, sample: sampleGrid(others[i], s), rows: s.rect.rows }))
        .filter((c) => !c.shape.empty);
      const found = candidates[pickOwnChartSheet(candidates)];
      if (!found) return null;
      if (found.shape.rect.rows <= SAMPLE_ROWS) return found.sample;
      return (await readSourceData(context, [found.shape], { masks, signal }))[0];
    },
  };
}
