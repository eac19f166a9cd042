// Which year's Gul bok a sheet is checked against: the year the user gave, else the budget year
// the sheet's title names, else the one year the file's name names ("Gul bok 2025.xlsx",
// "tildelingsbrev-2025.xlsx": people name files by budget year), else this year in Oslo; and, when tildeling has no chart for that
// year, the nearest earlier one (said in a note, so nobody is misled about what was checked).
import type { FactSource } from "../app/report-facts";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import type { Grid } from "../core/grid";
import type { ReferenceChart } from "../core/chart/reference-chart";
import { loadChart } from "../core/chart/load-chart";
import { chartYearFor } from "../core/chart/load-chart-async";
import { todayInOslo } from "../core/deadlines/calendar-date";
import { yearFromSheetContext } from "../core/deadlines/sheet-year";

export type YearOption = { ok: true; year: number | null } | { ok: false; diagnostic: Diagnostic };

export function parseYearOption(value: string | boolean | undefined): YearOption {
  if (value === undefined || typeof value === "boolean") return { ok: true, year: null };
  const trimmed = value.trim();
  if (/^\d{4}$/.test(trimmed)) {
    const year = Number(trimmed);
    if (year >= 1990 && year <= 2100) return { ok: true, year };
  }
  return { ok: false, diagnostic: diagnostic("error", "CLI-BAD-YEAR", {}, { text: value }) };
}

export interface ChartChoice {
  readonly year: number;
  /** Where the year came from: --year, the sheet's title, the file's name, or today's date. */
  readonly yearSource: FactSource;
  readonly chart: ReferenceChart | undefined;
  readonly notes: Diagnostic[];
}

/** The budget year a file name names, when it names exactly one plausible year. */
export function yearFromFileName(path: string): number | null {
  const base = path.split(/[\\/]/).pop() ?? "";
  const years = new Set((base.match(/(?<!\d)(?:199\d|20\d\d)(?!\d)/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : null;
}

export function chooseChartFor(givenYear: number | null, grid: Grid | null, headerRow: number, now: Date, file?: string): ChartChoice {
  const fromTitle = givenYear === null && grid ? yearFromSheetContext(grid, headerRow) : null;
  const fromName = givenYear === null && fromTitle === null && file ? yearFromFileName(file) : null;
  const year = givenYear ?? fromTitle ?? fromName ?? todayInOslo(now).year;
  const yearSource: FactSource = givenYear !== null ? "option" : fromTitle !== null ? "title" : fromName !== null ? "file-name" : "today";
  const chartYear = chartYearFor(year);
  const chart = chartYear === undefined ? undefined : loadChart(chartYear);
  const notes: Diagnostic[] = [];
  if (chart && chartYear !== undefined) {
    notes.push(
      chartYear === year
        ? diagnostic("info", "CLI-CHART-USED", { chartYear })
        : diagnostic("info", "CLI-CHART-OTHER-YEAR", { year, chartYear }),
    );
  }
  return { year, yearSource, chart, notes };
}
