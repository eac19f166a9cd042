// Totals of a change table, per chapter and overall, over the rows that have an allocation line,
// so that before + change = after holds for every total as it does for every row.
import type { ReferenceChart } from "../chart/reference-chart";
import { ZERO } from "./exact";
import type { ChangeRow, ChangeTotals, ChapterTotals } from "./types";

export function totalsOf(rows: readonly ChangeRow[], chart?: ReferenceChart): { chapterTotals: ChapterTotals[]; total: ChangeTotals } {
  const byChapter = new Map<number, { before: typeof ZERO; change: typeof ZERO; after: typeof ZERO; name?: string }>();
  for (const row of rows) {
    if (row.before === null || row.after === null) continue;
    const t = byChapter.get(row.code.chapter);
    if (t) {
      t.before = t.before.plus(row.before);
      t.change = t.change.plus(row.change);
      t.after = t.after.plus(row.after);
    } else byChapter.set(row.code.chapter, { before: ZERO.plus(row.before), change: ZERO.plus(row.change), after: ZERO.plus(row.after), name: row.chapterName });
  }
  // The overall totals add the chapter totals: the same sums, with fewer intermediate values.
  let before = ZERO;
  let change = ZERO;
  let after = ZERO;
  for (const t of byChapter.values()) {
    before = before.plus(t.before);
    change = change.plus(t.change);
    after = after.plus(t.after);
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
