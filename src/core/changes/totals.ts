// Totals of a change table, per chapter and overall, over the rows that have an allocation line,
// so that before + change = after holds for every total as it does for every row. Each row's
// after is exactly its before + change, so the sum of the afters is exactly the sum of the befores
// plus the sum of the changes; adding it that way saves a third of the additions.
import type { ReferenceChart } from "../chart/reference-chart";
import { ExactSum, add } from "../amounts/exact";
import type { ChangeRow, ChangeTotals, ChapterTotals } from "./types";

export function totalsOf(rows: readonly ChangeRow[], chart?: ReferenceChart): { chapterTotals: ChapterTotals[]; total: ChangeTotals } {
  const byChapter = new Map<number, { before: ExactSum; change: ExactSum; name?: string }>();
  const before = new ExactSum();
  const change = new ExactSum();
  for (const row of rows) {
    if (row.before === null || row.after === null) continue;
    let t = byChapter.get(row.code.chapter);
    if (!t) {
      t = { before: new ExactSum(), change: new ExactSum(), name: row.chapterName };
      byChapter.set(row.code.chapter, t);
    }
    t.before.add(row.before);
    t.change.add(row.change);
    before.add(row.before);
    change.add(row.change);
  }
  const chapterTotals: ChapterTotals[] = [...byChapter.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([chapter, t]) => {
      const name = t.name ?? chart?.chapterName(chapter);
      const b = t.before.value();
      const c = t.change.value();
      const out: ChapterTotals = { chapter, before: b, change: c, after: add(b, c) };
      return name ? { ...out, chapterName: name } : out;
    });
  const b = before.value();
  const c = change.value();
  return { chapterTotals, total: { before: b, change: c, after: add(b, c) } };
}
