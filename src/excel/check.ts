// Kontroll over Excel: read the chosen sheet or table (and, when the workbook's own chart is asked
// for, the first rows of the other sheets to find it), and let the use case check it. Reading
// only: one round trip for the shape, one for the data (row blocks when it is too large for one
// request, with progress and Avbryt between them), and a third only when the workbook's own
// chart sheet must be read in full.
import type { ReferenceChart } from "../core/chart/reference-chart";
import { sortDiagnostics } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import { checkWorkbook } from "../core/use-cases/check-workbook";
import { allFindings } from "../core/use-cases/finding-list";
import { pickOwnChartSheet } from "../core/use-cases/own-chart-sheet";
import { hiddenUnknownWarnings, queueHiddenColumns, withHiddenColumns } from "./hidden";
import { queueOwnedRanges } from "./owned";
import { SHEET_ITEM_PROPS } from "./owned-sheets";
import type { CheckReport, PaneSettings, ResultChoices, RunControl, SourceRef } from "../app/pane-actions";
import { runOptionsOf } from "../app/run-options";
import { checkRowsAsRead } from "./check-rows";
import {
  FRAME_MS,
  type QueuedShape,
  type SourceShape,
  MAX_REQUEST_ROWS,
  ReadCancelledError,
  SAMPLE_ROWS,
  queueSourceShapes,
  readSourceData,
  shapesOf,
  yieldToPage,
} from "./read-grid";
import { cellValueFromExcel } from "./values";

/** What reading amounts and choosing the chart depend on (the other settings are the Oppdrag tab's). */
export type CheckSettings = Pick<PaneSettings, "unit" | "chartYear">;

export type ChartLoader = (year: number) => Promise<ReferenceChart | undefined>;

/** What a run needs besides the workbook: the charts, the clock, and the workbook's file name when known. */
export interface RunEnv {
  readonly charts: ChartLoader;
  readonly now: Date;
  readonly fileName?: string;
  /** Excel names each hidden column (ExcelApi 1.9); without it a run can only warn that some are hidden. */
  readonly hiddenPerColumn?: boolean;
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

export async function checkSource(
  context: Excel.RequestContext,
  source: SourceRef,
  settings: CheckSettings,
  env: RunEnv,
  choices: ResultChoices = {},
  control: RunControl = {},
): Promise<CheckReport> {
  const options = runOptionsOf(settings, choices, source.sheet);
  if (control.signal?.aborted) throw new ReadCancelledError();
  const queued = queueSourceShapes(context, [source]);
  const hidden = queueHiddenColumns(queued, env.hiddenPerColumn === true);
  const owned = queueOwnedRanges(context, [source.sheet]);
  const sheets = context.workbook.worksheets;
  if (options.ownChart) sheets.load(SHEET_ITEM_PROPS);
  await context.sync();

  const masks = owned().masks();
  const [shape] = shapesOf(queued);
  // The workbook's chart sheet is found by its header in the first rows of each other sheet.
  let others: QueuedShape[] = [];
  const otherNames = options.ownChart
    ? sheets.items.filter((s) => s.visibility === "Visible" && s.name.toLowerCase() !== shape.sheet.toLowerCase()).map((s) => ({ sheet: s.name }))
    : [];
  const [hiddenColumns] = hidden();
  // A sheet or a named table is checked block by block as its rows arrive (one block when it fits
  // one request), as the command line checks a file; a check against the workbook's own chart
  // takes the whole-grid path (its chart sheet is read first, whole).
  if (!options.ownChart) {
    const summary = await checkRowsAsRead(context, shape, hiddenColumns, options, env, control, masks);
    const sheetOnly: Grid = { sheet: shape.sheet, top: shape.rect.top, left: shape.rect.left, values: [] };
    return {
      diagnostics: sortDiagnostics([...allFindings(summary.findings), ...hiddenUnknownWarnings([sheetOnly], [hiddenColumns])]),
      lines: summary.lines,
      linesWithErrors: summary.linesWithErrors,
      linesWithWarnings: summary.linesWithWarnings,
      facts: summary.facts,
    };
  }
  const [read] = await readSourceData(context, [shape], {
    masks,
    onProgress: control.onProgress,
    signal: control.signal,
    alsoLoad: otherNames.length > 0 ? () => void (others = queueSourceShapes(context, otherNames)) : undefined,
  });

  let ownChart: Grid | null = null;
  if (options.ownChart) {
    const candidates = shapesOf(others)
      .map((s, i) => ({ shape: s, sample: sampleGrid(others[i], s), rows: s.rect.rows }))
      .filter((c) => !c.shape.empty);
    const found = candidates[pickOwnChartSheet(candidates)];
    if (found) ownChart = found.shape.rect.rows <= SAMPLE_ROWS ? found.sample : (await readSourceData(context, [found.shape], { masks, signal: control.signal }))[0];
  }
  // Avbryt during the last request: its answer is not checked.
  if (control.signal?.aborted) throw new ReadCancelledError();
  // A sheet read in several blocks takes the engine a while (seconds at 200 000 rows): let the
  // pane paint "Kontrollerer 200 000 rader …" first, and take a last Avbryt.
  if (shape.rect.rows > MAX_REQUEST_ROWS) {
    await yieldToPage(FRAME_MS);
    if (control.signal?.aborted) throw new ReadCancelledError();
  }

  const grid = withHiddenColumns(read, hiddenColumns);
  const workbook = { sheets: [{ grid }], ...(env.fileName ? { fileName: env.fileName } : {}) };
  const report = await checkWorkbook({ workbook, options, charts: env.charts, ownChart, now: env.now });
  return {
    diagnostics: sortDiagnostics([...report.diagnostics, ...hiddenUnknownWarnings([grid], [hiddenColumns])]),
    lines: report.lines,
    linesWithErrors: report.linesWithErrors,
    linesWithWarnings: report.linesWithWarnings,
    facts: report.facts,
  };
}
