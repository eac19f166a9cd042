// Which year's Gul bok a sheet is checked against: the year chosen for this run, else the pane's
// setting, else the budget year the sheet's title names, else the one year the file's name names
// ("Gul bok 2025.xlsx", "tildelingsbrev-2025.xlsx": people name files by budget year), else this
// year in Oslo (a guess, so a warning). When tildeling has no chart for that year, the nearest
// earlier one is used and a note says so, so nobody is misled about what was checked.
import { chartYearFor } from "../chart/load-chart-async";
import type { ReferenceChart } from "../chart/reference-chart";
import { todayInOslo } from "../deadlines/calendar-date";
import { yearFromSheetContext } from "../deadlines/sheet-year";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import type { FactSource } from "./facts";
import type { ChartLoader, RunOptions } from "./workbook";

/** The budget year a file name names, when it names exactly one plausible year. */
export function yearFromFileName(path: string): number | null {
  const base = path.split(/[\\/]/).pop() ?? "";
  const years = new Set((base.match(/(?<!\d)(?:199\d|20\d\d)(?!\d)/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : null;
}

export interface BudgetYear {
  readonly year: number;
  readonly source: FactSource;
}

/** The budget year of a sheet whose header row is `headerRow` (0-based; the title rows are above it). */
export function decideBudgetYear(options: Pick<RunOptions, "year" | "settings">, grid: Grid | null, headerRow: number, now: Date, fileName?: string): BudgetYear {
  if (options.year !== undefined) return { year: options.year, source: "option" };
  if (options.settings?.year !== undefined) return { year: options.settings.year, source: "setting" };
  const fromTitle = grid ? yearFromSheetContext(grid, headerRow) : null;
  if (fromTitle !== null) return { year: fromTitle, source: "title" };
  const fromFile = fileName ? yearFromFileName(fileName) : null;
  if (fromFile !== null) return { year: fromFile, source: "file-name" };
  return { year: todayInOslo(now).year, source: "today" };
}

export interface YearChart extends BudgetYear {
  readonly chart: ReferenceChart | undefined;
  /** The Gul bok year the chart is of (the nearest earlier one when the year has none). */
  readonly chartYear: number | null;
  /** What the report says about it: which Gul bok, and a warning when the year was a guess. */
  readonly notes: readonly Diagnostic[];
}

export async function chartForYear(budgetYear: BudgetYear, charts: ChartLoader): Promise<YearChart> {
  const { year, source } = budgetYear;
  const wanted = chartYearFor(year);
  const chart = wanted === undefined ? undefined : await charts(wanted);
  const chartYear = chart ? (wanted ?? null) : null;
  const notes: Diagnostic[] = [];
  if (chart && chartYear !== null) {
    if (source === "today") notes.push(diagnostic("warning", "USE-YEAR-ASSUMED", { year, chartYear }));
    else if (chartYear === year) notes.push(diagnostic("info", "CLI-CHART-USED", { chartYear }));
    if (chartYear !== year) notes.push(diagnostic("info", "CLI-CHART-OTHER-YEAR", { year, chartYear }));
  } else {
    notes.push(diagnostic("info", "XL-NO-CHART-YEAR", { year }));
  }
  return { year, source, chart, chartYear, notes };
}
