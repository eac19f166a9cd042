// The domain records for assignments (oppdrag) from an allocation letter: an id, a title, a
// deadline that a revised deadline (ny frist) replaces, a status, and parts (Del 1, Del 2 ...)
// that can have deadlines of their own.
import type { AssignmentId } from "./assignment-id";
import type { DeadlineParse } from "./parse-deadline";
import type { AssignmentStatus } from "./status";

export interface AssignmentPart {
  /** "Del 1" (as written, or "Del n" when only the number was written). */
  readonly part: string;
  readonly title: string;
  /** The deadline that counts: the revised one when it is filled in, else the original. */
  readonly deadline: DeadlineParse;
  readonly originalDeadline: DeadlineParse;
  readonly revisedDeadline: DeadlineParse | null;
  /** The part's own status; null when the row has none (the assignment's status applies). */
  readonly status: AssignmentStatus | null;
  /** The part's row, as the address of its first read cell (`Oppdrag!A7`). */
  readonly cell?: string;
}

export interface Assignment {
  readonly id: AssignmentId;
  readonly title: string;
  readonly deadline: DeadlineParse;
  readonly originalDeadline: DeadlineParse;
  readonly revisedDeadline: DeadlineParse | null;
  readonly status: AssignmentStatus;
  /** Owner or lead agency (ansvarlig, lederdirektorat), when the sheet says. */
  readonly owner: string | null;
  /** Other agencies' numbers for the same task ("Udir 2024-018"). */
  readonly otherIds: readonly string[];
  readonly parts: readonly AssignmentPart[];
  readonly cell?: string;
}

/** A revised deadline wins as soon as something is written in it, even text or an unreadable date:
 * falling back to the original would flag against a deadline the letter has replaced. */
export function effectiveDeadline(original: DeadlineParse, revised: DeadlineParse | null): DeadlineParse {
  return revised !== null && revised.kind !== "none" ? revised : original;
}
