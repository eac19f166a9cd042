// `--year 2025`: the budget year the user chose. Which year is used when none is chosen is the use
// cases' decision (src/core/use-cases/budget-year.ts), the same for the pane.
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { loadChart } from "../core/chart/load-chart";
import type { ChartLoader } from "../core/use-cases/workbook";

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

/** The command line has every year's chart built in. */
export const cliCharts: ChartLoader = async (year) => loadChart(year);
