// The shape of a generated chart file (src/core/chart/data/chart-YYYY.json, written by
// scripts/build-chart.js). Arrays of arrays rather than objects keep each year near 120 KB,
// since the task pane downloads it. Amounts are exact strings in whole kroner.

/** [ministry number (fdep_nr), ministry name]. */
export type MinistryRow = readonly [number, string];
/** [chapter, chapter name, ministry number]. */
export type ChapterRow = readonly [number, string, number];
/** [chapter, post, underpost (0 = none), post or underpost name, keyword index (1-based, 0 = none), amount in kroner]. */
export type LineRow = readonly [number, number, number, string, number, string];
/** [chapter, post, name]: the name of a post that Gul bok lists only through its underposts. */
export type PostNameRow = readonly [number, number, string];

export interface ChartData {
  readonly format: 1;
  readonly year: number | null;
  /** Where the chart came from: "Gul bok 2025.xlsx", or a workbook sheet. */
  readonly source: string;
  readonly ministries: readonly MinistryRow[];
  readonly chapters: readonly ChapterRow[];
  readonly keywords: readonly string[];
  readonly postNames: readonly PostNameRow[];
  readonly lines: readonly LineRow[];
}
