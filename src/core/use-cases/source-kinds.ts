// What a sheet or table looks like to the readers, from its first rows, so each face can offer a
// sensible default per task (the pane's source lists; the command line picks sheets the same way).
import { readAllocations } from "../allocations/read-allocations";
import { readChanges } from "../changes/read-changes";
import { readAssignments } from "../deadlines/read-assignments";
import type { Grid } from "../grid";

export type SourceKind = "allocations" | "changes" | "assignments" | "other";

/** What the readers recognise in the first rows of a source, best guess first (may be empty). */
export function detectKinds(grid: Grid): SourceKind[] {
  const kinds: SourceKind[] = [];
  // A guess must never stop the list from showing: a reader failing here is reported as "nothing recognised".
  try {
    if (readAssignments(grid).assignments.length > 0) kinds.push("assignments");
    const changes = readChanges(grid);
    const allocations = readAllocations(grid);
    const changeColumn = changes.tables.some((t) => t.amountColumn.role === "change");
    const hasChanges = changes.entries.length > 0 && changeColumn;
    const hasAllocations = allocations.lines.length > 0;
    if (hasChanges) kinds.push("changes");
    if (hasAllocations) kinds.push("allocations");
    if (!changeColumn && changes.entries.length > 0 && !hasAllocations) kinds.push("changes");
  } catch {
    return [];
  }
  return kinds;
}
