// The two ways a check runs, as the tests compare them: checkWorkbook on a whole grid (the
// reference), and streamCheck fed the grid's rows as the pane's check-rows.ts hands them over,
// numbered from the grid's own first row and column. Shared by the origin and own-chart tests.
import { loadChart } from "../../../src/core/chart/load-chart";
import type { Grid } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/use-cases/check-workbook";
import { type CheckSummary, streamCheck, summaryOfCheck } from "../../../src/core/use-cases/check-stream";
import { allFindings } from "../../../src/core/use-cases/finding-list";
import type { RunOptions } from "../../../src/core/use-cases/workbook";

export const NOW = new Date("2026-11-23T08:00:00Z");
const charts = async (year: number) => loadChart(year);

/** The report as a user sees it: every finding with its cell and message parameters, the counts, the sheets read and the facts. */
export function shown(s: CheckSummary) {
  return {
    findings: allFindings(s.findings).map((d) => `${d.severity} ${d.code} ${d.cell ?? ""} ${d.text ?? ""} ${JSON.stringify(d.params)}`),
    counts: [s.lines, s.linesWithErrors, s.linesWithWarnings],
    sheets: s.sheets.map((c) => ({ kind: c.kind, linesRead: c.linesRead, unit: c.unit, tables: JSON.stringify(c.tables), chartYear: c.chartYear })),
    facts: s.facts,
  };
}

/** `ownChart`: the workbook's chart sheet, used when `options.ownChart` (null: none found). */
export async function wholeCheck(grid: Grid, options: RunOptions, ownChart: Grid | null = null) {
  return shown(summaryOfCheck(await checkWorkbook({ workbook: { sheets: [{ grid }] }, options, charts, now: NOW, ownChart })));
}

export async function streamedCheck(grid: Grid, options: RunOptions, ownChart: Grid | null = null) {
  const check = streamCheck({ sheets: [{ name: grid.sheet, hidden: false }], options, charts, now: NOW, ownChart });
  const sink = check.sinkFor(grid.sheet, grid.hiddenColumns, { top: grid.top, left: grid.left });
  grid.values.forEach((row, i) => {
    if (row.length > 0) sink.row(i, row, grid.formats?.[i] ?? []);
  });
  sink.end();
  return shown(await check.finish());
}
