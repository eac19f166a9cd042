// Loading a year's generated chart. The engine, the CLI and tests use loadChart (synchronous; a
// year is read when first asked for); the task pane uses loadChartAsync from ./load-chart-async, which fetches
// one year on demand and so keeps the other years out of its bundle.
import { chartData } from "./data/static";
import { chartFromData, type ReferenceChart } from "./reference-chart";

const charts = new Map<number, ReferenceChart>();

/** The reference chart of a budget year, or undefined when no Gul bok for that year is built in. */
export function loadChart(year: number): ReferenceChart | undefined {
  let chart = charts.get(year);
  if (!chart) {
    const data = chartData[year];
    if (!data) return undefined;
    chart = chartFromData(data());
    charts.set(year, chart);
  }
  return chart;
}
