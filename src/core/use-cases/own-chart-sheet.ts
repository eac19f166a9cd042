// "Kontroller mot arbeidsbokens egen kontoplan": which sheet of the workbook lists the chart. The
// faces read the first rows of each other visible sheet; this picks the one whose header says
// kap/post and names, the longest when several do.
import { CHART_ROLES } from "../chart/own-chart";
import type { Grid } from "../grid";
import { findHeaderRows } from "../sheet/header";

export function looksLikeChart(grid: Grid): boolean {
  return findHeaderRows(grid, CHART_ROLES, { required: [["code", "chapter"], ["postName", "chapterName"]], minRoles: 2 }).length > 0;
}

/** Of the sampled sheets (first rows only, with each sheet's full row count), the chart sheet's index, or -1. */
export function pickOwnChartSheet(samples: readonly { readonly sample: Grid; readonly rows: number }[]): number {
  let best = -1;
  samples.forEach((s, i) => {
    if (looksLikeChart(s.sample) && (best < 0 || s.rows > samples[best].rows)) best = i;
  });
  return best;
}
