// Totals of a change table, per chapter and overall, over the rows that have an allocation line,
// so that before + change = after holds for every total as it does for every row.
import type { ReferenceChart } from "../chart/reference-chart";
import { ZERO } from "./exact";
import type { ChangeRow, ChangeTotals, ChapterTotals } from "./types";

export function totalsOf(rows: readonly ChangeRow[], chart?: ReferenceChart): { chapterTotals: ChapterTotals[]; total: ChangeTotals } {
  const byChapter = new Map<number, { before: typeof ZERO; change: typeof ZERO; after: typeof ZERO; name?: string }>();
  let before = ZERO;
  let change = ZERO;
  let after = ZERO;
  for (const row of rows) {
    if (row.before === null || row.after === null) continue;
    const t = byChapter.get(row.code.chapter) ?? { before: ZERO, change: ZERO, after: ZERO, name: row.chapterName };
    t.before = t.before.plus(row.before);
    t.change = t.change.plus(row.change);
    t.after = t.after.plus(row.after);
    byChapter.set(row.code.chapter, t);
    before = before.plus(row.before);
    change = change.plus(row.change);
    after = after.plus(row.after);
  }
  const chapterTotals: ChapterTotals[] = [...byChapter.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([chapter, t]) => {
      const name = t.name ?? chart?.chapterName(chapter);
      const out: ChapterTotals = { chapter, before: t.before, change: t.change, after: t.after };
      return name ? { ...out, chapterName: name } : out;
    });
  return { chapterTotals, total: { before, change, after } };
}
