// Totals of a change table, per chapter and overall, over the rows that have an allocation line,
// so that before + change = after holds for every total as it does for every row. Each row's
// after is exactly its before + change, so the sum of the afters is exactly the sum of the befores
// plus the sum of the changes; adding it that way saves a third of the additions.
import type { ReferenceChart } from "../chart/reference-chart";
import { ZERO, add } from "./exact";
import type { ChangeRow, ChangeTotals, ChapterTotals } from "./types";

export function totalsOf(rows: readonly ChangeRow[], chart?: ReferenceChart): { chapterTotals: ChapterTotals[]; total: ChangeTotals } {
  const byChapter = new Map<number, { before: typeof ZERO; change: typeof ZERO; name?: string }>();
  for (const row of rows) {
    if (row.before === null || row.after === null) continue;
    const t = byChapter.get(row.code.chapter);
    if (t) {
      t.before = t.before.plus(row.before);
      t.change = t.change.plus(row.change);
    } else byChapter.set(row.code.chapter, { before: ZERO.plus(row.before), change: ZERO.plus(row.change), name: row.chapterName });
  }
  let before = ZERO;
  let change = ZERO;
  for (const t of byChapter.values()) {
    before = before.plus(t.before);
    change = change.plus(t.change);
  }
  const after = before.plus(change);
  const chapterTotals: ChapterTotals[] = [...byChapter.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([chapter, t]) => {
      const name = t.name ?? chart?.chapterName(chapter);
      const out: ChapterTotals = { chapter, before: t.before, change: t.change, after: add(t.before, t.change) };
      return name ? { ...out, chapterName: name } : out;
    });
  return { chapterTotals, total: { before, change, after } };
}
