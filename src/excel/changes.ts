// Endringer over Excel: read the allocation sheet and the change entries (a sheet, a table, or
// rows typed in the pane) in one shape request and one data request, and let the use case apply
// them.
import type { ApplyOptions } from "../core/changes/apply";
import type { ChangeTable } from "../core/changes/types";
import type { Diagnostic } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import type { AllocationSheet } from "../core/allocations/types";
import { type ApplyReport, applyChanges } from "../core/use-cases/apply-changes";
import type { ReportFacts } from "../core/use-cases/facts";
import type { Rect } from "./address";
import { hiddenUnknownWarnings, queueHiddenColumns, withHiddenColumns } from "./hidden";
import { type OwnedIndex, queueOwnedRanges } from "./owned";
import { SHEET_ITEM_PROPS } from "./owned-sheets";
import type { ChangeRequest } from "../app/pane-actions";
import { runOptionsOf } from "../app/run-options";
import type { CheckSettings, RunEnv } from "./check";
import { type SourceShape, queueSourceShapes, readSourceData, shapesOf } from "./read-grid";

/** Changes are read with the same unit and chart choice as Kontroll. */
export type ChangeSettings = CheckSettings;

/** What both "preview" and "write" need: the read sheets, the change table, and where things are. */
export interface ChangeRead {
  readonly allocations: AllocationSheet;
  readonly allocationGrid: Grid;
  readonly allocationShape: SourceShape;
  readonly table: ChangeTable;
  readonly facts: ReportFacts;
  /** The table's findings and the notes on the Gul bok it was checked against. */
  readonly diagnostics: readonly Diagnostic[];
  readonly owned: OwnedIndex;
  /** The allocation sheet's used range (values only), to find free columns beside a table. */
  readonly sheetUsed: Rect | null;
  readonly sheetNames: readonly string[];
}

export interface ChangeReadOptions extends Pick<ApplyOptions, "allLines" | "order"> {
  /** Loads for the write step, queued with the data request. */
  readonly alsoLoad?: (shape: SourceShape, owned: OwnedIndex) => void;
}

/** The change table of a report read from a named sheet (or table): the use case always makes one then. */
function tableOf(report: ApplyReport): { allocations: AllocationSheet; table: ChangeTable } {
  // Only a named sheet that is missing stops the use case before the table, and Excel has just read it.
  if (!report.allocation || !report.table) throw new Error(`No change table: ${[report.refused, ...report.diagnostics].map((d) => d?.code).join(", ")}`);
  return { allocations: report.allocation.read, table: report.table };
}

export async function readChangeInputs(
  context: Excel.RequestContext,
  request: ChangeRequest,
  settings: ChangeSettings,
  env: RunEnv,
  options: ChangeReadOptions = {},
): Promise<ChangeRead> {
  const sources = [request.allocations, ...(request.changes.kind === "source" ? [request.changes.source] : [])];
  const queued = queueSourceShapes(context, sources);
  const hiddenLoaded = queueHiddenColumns(queued, env.hiddenPerColumn === true);
  const ownedLoaded = queueOwnedRanges(context, sources.map((s) => s.sheet));
  const used = context.workbook.worksheets.getItem(request.allocations.sheet).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sheets = context.workbook.worksheets;
  sheets.load(SHEET_ITEM_PROPS);
  await context.sync();

  const owned = ownedLoaded();
  const shapes = shapesOf(queued);
  const alsoLoad = options.alsoLoad;
  const hidden = hiddenLoaded();
  const read = await readSourceData(context, shapes, {
    masks: owned.masks(),
    alsoLoad: alsoLoad ? () => alsoLoad(shapes[0], owned) : undefined,
  });
  const grids = read.map((grid, i) => withHiddenColumns(grid, hidden[i]));
  const changes = request.changes;
  const report = await applyChanges({
    workbook: { sheets: [{ grid: grids[0] }], ...(env.fileName ? { fileName: env.fileName } : {}) },
    ...(changes.kind === "source" ? { changesWorkbook: { sheets: [{ grid: grids[1] }] } } : { typedRows: changes.rows }),
    options: { ...runOptionsOf(settings, request.choices, request.allocations.sheet), ...(changes.kind === "source" ? { changesSheet: changes.source.sheet } : {}) },
    charts: env.charts,
    now: env.now,
    layout: { allLines: options.allLines, order: options.order },
  });
  const { allocations, table } = tableOf(report);
  return {
    allocations,
    allocationGrid: grids[0],
    allocationShape: shapes[0],
    table,
    facts: report.facts,
    diagnostics: [...report.diagnostics, ...hiddenUnknownWarnings(grids, hidden)],
    owned,
    sheetUsed: used.isNullObject ? null : { top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, columns: used.columnCount },
    sheetNames: sheets.items.map((s) => s.name),
  };
}
