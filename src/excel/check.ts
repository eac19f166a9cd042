// Kontroll: read every kap/post code and amount of a sheet or table and check them against the
// chart of the chosen budget year (or the workbook's own chart sheet). Reading only: one round
// trip for the shape, one for the data (row blocks when it is too large for one request), and a
// third only when the workbook's own chart sheet must be read as well.
import { detectSheetKind } from "../core/sheet/sheet-kind";
import { readAllocations } from "../core/allocations/read-allocations";
import type { AllocationLine, AllocationSheet } from "../core/allocations/types";
import { CHART_ROLES, chartFromGrid } from "../core/chart/own-chart";
import type { ReferenceChart } from "../core/chart/reference-chart";
import { validateCode } from "../core/chart/validate-code";
import { type Diagnostic, diagnostic, sortDiagnostics } from "../core/diagnostics";
import { type Grid, parseA1, splitAddress } from "../core/grid";
import { findHeaderRows } from "../core/sheet/header";
import { queueOwnedRanges } from "./owned";
import { SHEET_ITEM_PROPS } from "./owned-sheets";
import type { CheckReport, PaneSettings, SourceRef } from "../app/pane-actions";
import { type QueuedShape, type SourceShape, SAMPLE_ROWS, queueSourceShapes, readSourceData, shapesOf } from "./read-grid";
import { cellValueFromExcel } from "./values";

/** What reading amounts and choosing the chart depend on (the other settings are the Oppdrag tab's). */
export type CheckSettings = Pick<PaneSettings, "unit" | "chartYear">;

export type ChartLoader = (year: number) => Promise<ReferenceChart | undefined>;

function sampleGrid(q: QueuedShape, shape: SourceShape): Grid {
  return {
    sheet: shape.sheet,
    top: shape.rect.top,
    left: shape.rect.left,
    values: q.sample.values.map((row) => row.map(cellValueFromExcel)),
    formats: q.sample.numberFormat as string[][],
  };
}

function looksLikeChart(grid: Grid): boolean {
  return findHeaderRows(grid, CHART_ROLES, { required: [["code", "chapter"], ["postName", "chapterName"]], minRoles: 2 }).length > 0;
}

/** Every line and underpost line: each carries a code and an amount of its own. */
function allLines(lines: readonly AllocationLine[]): AllocationLine[] {
  return lines.flatMap((l) => [l, ...(l.parts ?? [])]);
}

/**
 * The budget lines checked, counted by sheet row: every row the reader made a line of, and every
 * body row it could not read (a bad code, an amount typed with letters), since those are lines
 * the user meant and the check looked at. Total rows and notes are not lines.
 */
export function countCheckedLines(
  grid: Grid,
  read: AllocationSheet,
  diagnostics: readonly Diagnostic[],
): { lines: number; linesWithErrors: number; linesWithWarnings: number } {
  const body = read.tables.map((t) => ({ first: grid.top + t.firstRow, last: grid.top + t.lastRow, totals: new Set(t.totalRows.map((r) => grid.top + r.row)) }));
  const isLineRow = (row: number) => body.some((b) => row >= b.first && row <= b.last && !b.totals.has(row));
  const rowOf = (d: Diagnostic): number | null => {
    if (!d.cell) return null;
    const { sheet, ref } = splitAddress(d.cell);
    if (sheet !== null && sheet.toLowerCase() !== grid.sheet.toLowerCase()) return null;
    return parseA1(ref.split(":")[0])?.row ?? null;
  };
  const rows = new Set(allLines(read.lines).map((l) => l.sheetRow));
  const errorRows = new Set<number>();
  const warningRows = new Set<number>();
  for (const d of diagnostics) {
    const row = rowOf(d);
    if (row === null || !isLineRow(row) || d.severity === "info") continue;
    rows.add(row);
    (d.severity === "error" ? errorRows : warningRows).add(row);
  }
  return {
    lines: rows.size,
    linesWithErrors: errorRows.size,
    linesWithWarnings: [...warningRows].filter((r) => !errorRows.has(r)).length,
  };
}

export async function checkSource(context: Excel.RequestContext, source: SourceRef, settings: CheckSettings, loadChart: ChartLoader): Promise<CheckReport> {
  const ownWorkbookChart = settings.chartYear === "workbook";
  const queued = queueSourceShapes(context, [source]);
  const owned = queueOwnedRanges(context, [source.sheet]);
  const sheets = context.workbook.worksheets;
  if (ownWorkbookChart) sheets.load(SHEET_ITEM_PROPS);
  const yearChart = typeof settings.chartYear === "number" ? loadChart(settings.chartYear) : Promise.resolve(undefined);
  await context.sync();

  const masks = owned().masks();
  const [shape] = shapesOf(queued);
  // The workbook's chart sheet is found by its header in the first rows of each other sheet.
  let others: QueuedShape[] = [];
  const otherNames = ownWorkbookChart
    ? sheets.items.filter((s) => s.visibility === "Visible" && s.name.toLowerCase() !== shape.sheet.toLowerCase()).map((s) => ({ sheet: s.name }))
    : [];
  const [grid] = await readSourceData(context, [shape], {
    masks,
    alsoLoad: otherNames.length > 0 ? () => void (others = queueSourceShapes(context, otherNames)) : undefined,
  });

  const diagnostics: Diagnostic[] = [];
  let chart: ReferenceChart | undefined;
  if (ownWorkbookChart) {
    const otherShapes = shapesOf(others);
    const found = otherShapes
      .map((s, i) => ({ shape: s, sample: sampleGrid(others[i], s) }))
      .filter((c) => !c.shape.empty && looksLikeChart(c.sample))
      .sort((a, b) => b.shape.rect.rows - a.shape.rect.rows)[0];
    if (found) {
      const chartGrid = found.shape.rect.rows <= SAMPLE_ROWS ? found.sample : (await readSourceData(context, [found.shape], { masks }))[0];
      chart = chartFromGrid(chartGrid);
      diagnostics.push(...chart.diagnostics);
    } else {
      diagnostics.push(diagnostic("info", "XL-NO-OWN-CHART"));
    }
  } else {
    chart = await yearChart;
    if (!chart) diagnostics.push(diagnostic("info", "XL-NO-CHART-YEAR", { year: settings.chartYear as number }));
  }

  // Gul bok data (kap_nr, post_nr ...) is read as budget data, as the command line reads it:
  // its negative posts are facts there, not mistakes.
  const kind = detectSheetKind(grid);
  const read = readAllocations(grid, { kind, ...(settings.unit === "auto" ? {} : { unit: settings.unit }), ...(chart ? { chart } : {}) });
  diagnostics.push(...read.diagnostics);
  const lines = allLines(read.lines);
  if (chart) for (const line of lines) diagnostics.push(...validateCode(line.code, chart, line.codeCell.address));
  return { diagnostics: sortDiagnostics(diagnostics), ...countCheckedLines(grid, read, diagnostics) };
}
