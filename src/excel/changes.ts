// Endringer: read the allocation sheet and the change entries (a sheet, a table, or rows typed in
// the pane) in one shape request and one data request, and apply them with the engine.
import { detectSheetKind } from "../core/sheet/sheet-kind";
import { readAllocations } from "../core/allocations/read-allocations";
import type { AllocationSheet } from "../core/allocations/types";
import { parseAmount } from "../core/amounts/parse-amount";
import type { Unit } from "../core/amounts/unit";
import type { ReferenceChart } from "../core/chart/reference-chart";
import { type ApplyOptions, applyChanges } from "../core/changes/apply";
import { readChanges } from "../core/changes/read-changes";
import type { ChangeEntry, ChangeTable } from "../core/changes/types";
import { budgetCodeKey, parseBudgetCode } from "../core/codes/budget-code";
import type { Diagnostic } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import type { Rect } from "./address";
import { type OwnedIndex, queueOwnedRanges } from "./owned";
import { SHEET_ITEM_PROPS } from "./owned-sheets";
import type { ChangeRequest, TypedChangeRow } from "../app/pane-actions";
import type { ChartLoader, CheckSettings } from "./check";
import { type SourceShape, queueSourceShapes, readSourceData, shapesOf } from "./read-grid";

/** Changes are read with the same unit and chart choice as Kontroll. */
export type ChangeSettings = CheckSettings;

/** Rows typed in the pane, as change entries in the allocation sheet's unit unless a row names its own. */
export function typedEntries(rows: readonly TypedChangeRow[], unit: Unit): { entries: ChangeEntry[]; diagnostics: Diagnostic[] } {
  const entries: ChangeEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of rows) {
    if (row.code.trim() === "" && row.change.trim() === "") continue;
    const code = parseBudgetCode(row.code);
    const amount = parseAmount(row.change);
    if (!code.ok) diagnostics.push(code.diagnostic);
    if (!amount.ok) diagnostics.push(amount.diagnostic);
    if (!code.ok || !amount.ok) continue;
    entries.push({ code: code.value, key: budgetCodeKey(code.value), amount: amount.value.value, unit: amount.value.unit ?? unit, text: `${row.code} ${row.change}`.trim() });
  }
  return { entries, diagnostics };
}

/** What both "preview" and "write" need: the read sheets, the change table, and where things are. */
export interface ChangeRead {
  readonly allocations: AllocationSheet;
  readonly allocationGrid: Grid;
  readonly allocationShape: SourceShape;
  readonly table: ChangeTable;
  readonly owned: OwnedIndex;
  /** The allocation sheet's used range (values only), to find free columns beside a table. */
  readonly sheetUsed: Rect | null;
  readonly sheetNames: readonly string[];
}

export interface ChangeReadOptions extends Pick<ApplyOptions, "allLines" | "order"> {
  /** Loads for the write step, queued with the data request. */
  readonly alsoLoad?: (shape: SourceShape, owned: OwnedIndex) => void;
}

export async function readChangeInputs(
  context: Excel.RequestContext,
  request: ChangeRequest,
  settings: ChangeSettings,
  loadChart: ChartLoader,
  options: ChangeReadOptions = {},
): Promise<ChangeRead> {
  const sources = [request.allocations, ...(request.changes.kind === "source" ? [request.changes.source] : [])];
  const queued = queueSourceShapes(context, sources);
  const ownedLoaded = queueOwnedRanges(context, sources.map((s) => s.sheet));
  const used = context.workbook.worksheets.getItem(request.allocations.sheet).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sheets = context.workbook.worksheets;
  sheets.load(SHEET_ITEM_PROPS);
  const chartPromise: Promise<ReferenceChart | undefined> = typeof settings.chartYear === "number" ? loadChart(settings.chartYear) : Promise.resolve(undefined);
  await context.sync();

  const owned = ownedLoaded();
  const shapes = shapesOf(queued);
  const alsoLoad = options.alsoLoad;
  const grids = await readSourceData(context, shapes, {
    masks: owned.masks(),
    alsoLoad: alsoLoad ? () => alsoLoad(shapes[0], owned) : undefined,
  });
  const chart = await chartPromise;
  const unitOption = settings.unit === "auto" ? {} : { unit: settings.unit };
  const kind = detectSheetKind(grids[0]);
  const allocations = readAllocations(grids[0], { kind, ...unitOption, ...(chart ? { chart } : {}) });
  const changeInput =
    request.changes.kind === "source" ? readChanges(grids[1], unitOption) : typedEntries(request.changes.rows, allocations.unit);
  const table = applyChanges(allocations, changeInput, { kind, ...(chart ? { chart } : {}), allLines: options.allLines, order: options.order });
  return {
    allocations,
    allocationGrid: grids[0],
    allocationShape: shapes[0],
    table,
    owned,
    sheetUsed: used.isNullObject ? null : { top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, columns: used.columnCount },
    sheetNames: sheets.items.map((s) => s.name),
  };
}
