// Kontroll over Excel: read the chosen sheet or table block by block and check each block as it
// arrives (check-rows.ts), as the command line checks a file: no check holds the whole source.
// Reading only: one round trip for the shape, then one per block of rows (one block when the
// source fits one request), with progress and Avbryt between them. Against the workbook's own
// chart, the other sheets' first rows come with the first block (to find the chart sheet), and a
// chart sheet longer than its sample is read whole in one more request before that block is checked.
import type { ReferenceChart } from "../core/chart/reference-chart";
import { sortDiagnostics } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import { allFindings } from "../core/use-cases/finding-list";
import { hiddenUnknownWarnings, queueHiddenColumns } from "./hidden";
import { queueOwnedRanges } from "./owned";
import { SHEET_ITEM_PROPS } from "./owned-sheets";
import type { CheckReport, PaneSettings, ResultChoices, RunControl, SourceRef } from "../app/pane-actions";
import { runOptionsOf } from "../app/run-options";
import { checkRowsAsRead } from "./check-rows";
import { ownChartRead } from "./own-chart-read";
import { ReadCancelledError, queueSourceShapes, shapesOf } from "./read-grid";

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
  const [hiddenColumns] = hidden();
  const own = options.ownChart ? ownChartRead(context, sheets, shape.sheet, masks, control.signal) : undefined;
  const summary = await checkRowsAsRead(context, shape, hiddenColumns, options, env, control, masks, own);
  const sheetOnly: Grid = { sheet: shape.sheet, top: shape.rect.top, left: shape.rect.left, values: [] };
  return {
    diagnostics: sortDiagnostics([...allFindings(summary.findings), ...hiddenUnknownWarnings([sheetOnly], [hiddenColumns])]),
    lines: summary.lines,
    linesWithErrors: summary.linesWithErrors,
    linesWithWarnings: summary.linesWithWarnings,
    facts: summary.facts,
  };
}
