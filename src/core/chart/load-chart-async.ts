// Lazy loading for the task pane: each year's chart is its own chunk, fetched when first needed.
import { chartLoaders } from "./data/lazy";
import { chartFromData, type ReferenceChart } from "./reference-chart";

const pending = new Map<number, Promise<ReferenceChart>>();

/** The budget years with a built-in Gul bok chart, oldest first. */
export function availableChartYears(): number[] {
  return Object.keys(chartLoaders)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The reference chart of a budget year, fetched once; undefined when none is built in. */
export function loadChartAsync(year: number): Promise<ReferenceChart | undefined> {
  const loader = chartLoaders[year];
  if (!loader) return Promise.resolve(undefined);
  let p = pending.get(year);
  if (!p) {
    p = loader().then((data) => chartFromData(data));
    // A failed fetch (offline task pane) may be retried.
    p.catch(() => pending.delete(year));
    pending.set(year, p);
  }
  return p;
}

/** The built-in year for a letter's budget year: that year, else the latest one before it, else the earliest. */
export function chartYearFor(year: number): number | undefined {
  const years = availableChartYears();
  if (years.includes(year)) return year;
  const before = years.filter((y) => y < year);
  return before.length > 0 ? before[before.length - 1] : years[0];
}
