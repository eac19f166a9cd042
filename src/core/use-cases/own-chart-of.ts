// "Kontroller mot arbeidsbokens egen kontoplan": the chart a check uses when the workbook carries
// its own chart sheet, and what the report says about it. Both checks (the whole-grid one and the
// streaming one) take it from here, so they report the same findings and facts.
import { chartFromGrid } from "../chart/own-chart";
import type { ReferenceChart } from "../chart/reference-chart";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import type { BudgetYear, YearChart } from "./budget-year";

export interface OwnChart {
  /** Undefined when the workbook has no chart sheet: no code is checked then. */
  readonly chart: ReferenceChart | undefined;
  /** Said once per check, before the sheets' findings: no chart sheet, or its rows that could not be read. */
  readonly notes: readonly Diagnostic[];
  /** The chart sheet's name, for the report's facts; null when there is none. */
  readonly sheet: string | null;
}

/**
 * The chart of the face's chart sheet. Null or undefined: the face found none. That is a warning,
 * not a note: the user asked for codes to be checked against a chart, and no code can be reported
 * as missing from one.
 */
export function ownChartOf(grid: Grid | null | undefined): OwnChart {
  if (!grid) return { chart: undefined, notes: [diagnostic("warning", "XL-NO-OWN-CHART")], sheet: null };
  const chart = chartFromGrid(grid);
  return { chart, notes: [...chart.diagnostics], sheet: grid.sheet };
}

/** The sheet's budget year stays as decided; the chart is the workbook's own, of no Gul bok year, with no notes on the year. */
export function ownYearChart(budgetYear: BudgetYear, own: OwnChart): YearChart {
  return { ...budgetYear, chart: own.chart, chartYear: null, notes: [] };
}
