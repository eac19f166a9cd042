// The items of a letter read as the user ticks them before they are written: each allocation,
// each change (the changes of one transfer as one item, so a transfer is written whole and stays
// balanced), and each assignment with its parts. Every item has a stable key within one reading.
import type { LetterSource } from "./document";
import type { LetterAllocation, LetterAssignment, LetterChange, LetterReading } from "./types";

export type LetterItem =
  | { readonly key: string; readonly kind: "allocation"; readonly allocation: LetterAllocation; readonly source: LetterSource }
  | { readonly key: string; readonly kind: "change"; readonly changes: readonly LetterChange[]; readonly transferGroup?: string; readonly source: LetterSource }
  | { readonly key: string; readonly kind: "assignment"; readonly assignment: LetterAssignment; readonly source: LetterSource };

export function letterItems(reading: LetterReading): LetterItem[] {
  const items: LetterItem[] = reading.allocations.map((a, i) => ({ key: `allocation:${i}`, kind: "allocation", allocation: a, source: a.source }));
  const groups = new Set<string>();
  reading.changes.forEach((c, i) => {
    if (c.transferGroup === undefined) {
      items.push({ key: `change:${i}`, kind: "change", changes: [c], source: c.source });
    } else if (!groups.has(c.transferGroup)) {
      groups.add(c.transferGroup);
      const group = reading.changes.filter((x) => x.transferGroup === c.transferGroup);
      items.push({ key: `transfer:${c.transferGroup}`, kind: "change", changes: group, transferGroup: c.transferGroup, source: c.source });
    }
  });
  reading.assignments.forEach((a, i) => items.push({ key: `assignment:${i}`, kind: "assignment", assignment: a, source: a.source }));
  return items;
}

/** The reading with only the items whose keys are in `keep`, in the letter's order. */
export function keepItems(reading: LetterReading, keep: ReadonlySet<string>): LetterReading {
  const changeKey = (c: LetterChange, i: number) => (c.transferGroup === undefined ? `change:${i}` : `transfer:${c.transferGroup}`);
  return {
    ...reading,
    allocations: reading.allocations.filter((_, i) => keep.has(`allocation:${i}`)),
    changes: reading.changes.filter((c, i) => keep.has(changeKey(c, i))),
    assignments: reading.assignments.filter((_, i) => keep.has(`assignment:${i}`)),
  };
}
