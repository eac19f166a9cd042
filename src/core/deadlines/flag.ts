// Flagging assignments against a reference day (today in Oslo unless the user picks another).
// A deadline day is not overdue until it has ended: on the day itself the flag is "due-today".
//
// Done and closed share one flag, "done": for a controller both mean "nothing left to chase",
// and a single flag keeps filters and colours simple. The difference stays visible through
// `status.kind` ("done" vs "closed"), and flagText says "Utført" or "Avsluttet" accordingly.
import type { Assignment, AssignmentPart } from "./assignment";
import { type CalendarDate, daysBetween, parseIsoDate } from "./calendar-date";
import type { PeriodRule } from "./find-dates";
import type { DeadlineParse } from "./parse-deadline";
import type { AssignmentStatus } from "./status";

export type DeadlineFlag = "overdue" | "due-today" | "due-soon" | "on-track" | "done" | "no-deadline" | "unreadable";

export interface FlagOptions {
  /** "Due soon" means within this many days (default 30). */
  readonly soonDays?: number;
}

export interface DeadlineState {
  readonly flag: DeadlineFlag;
  /** Days overdue (overdue) or days left (due-soon, on-track); 0 when due today; null otherwise. */
  readonly days: number | null;
}

export interface FlaggedItem {
  /** The id as written, with the part when this is one: "2024 t-4:2 Del 1". */
  readonly label: string;
  readonly assignment: Assignment;
  readonly part: AssignmentPart | null;
  readonly title: string;
  readonly deadline: DeadlineParse;
  /** "assignment" when a part has no deadline of its own and is due with the whole assignment. */
  readonly deadlineFrom: "own" | "assignment";
  readonly status: AssignmentStatus;
  readonly flag: DeadlineFlag;
  readonly days: number | null;
  /** The deadline was read from a period ("juni 2026", "uke 40"): the day is approximate. */
  readonly approximate: boolean;
  /** The rule that made the period a day; null for a day as written. */
  readonly rule: PeriodRule | null;
  readonly cell?: string;
}

export const DEFAULT_SOON_DAYS = 30;

export function flagDeadline(deadline: DeadlineParse, status: AssignmentStatus, referenceDate: CalendarDate, options: FlagOptions = {}): DeadlineState {
  if (!status.open) return { flag: "done", days: null };
  if (deadline.kind === "unreadable") return { flag: "unreadable", days: null };
  if (deadline.kind !== "date" || deadline.date === null) return { flag: "no-deadline", days: null };
  const left = daysBetween(referenceDate, deadline.date);
  if (left < 0) return { flag: "overdue", days: -left };
  if (left === 0) return { flag: "due-today", days: 0 };
  const soon = options.soonDays ?? DEFAULT_SOON_DAYS;
  return { flag: left <= soon ? "due-soon" : "on-track", days: left };
}

function approximation(deadline: DeadlineParse): { approximate: boolean; rule: PeriodRule | null } {
  const rule = deadline.kind === "date" ? (deadline.approximate ?? null) : null;
  return { approximate: rule !== null, rule };
}

/** Most urgent first; an unreadable deadline comes before on-track ones, since someone must fix it. */
const RANK: Record<DeadlineFlag, number> = { overdue: 0, "due-today": 1, "due-soon": 2, unreadable: 3, "on-track": 4, "no-deadline": 5, done: 6 };

function urgency(a: FlaggedItem, b: FlaggedItem): number {
  const byFlag = RANK[a.flag] - RANK[b.flag];
  if (byFlag !== 0) return byFlag;
  if (a.flag === "overdue") return (b.days ?? 0) - (a.days ?? 0);
  if (a.flag === "due-soon" || a.flag === "on-track") return (a.days ?? 0) - (b.days ?? 0);
  return 0;
}

/**
 * One flagged row for every assignment and every part, sorted by urgency (most overdue first;
 * ties keep the list's order). A part has its own deadline when one is written; a part with
 * none is due with the whole assignment. A done or closed assignment closes its parts; a part
 * can also be marked done on its own.
 */
export function flagAssignments(
  assignments: readonly Assignment[],
  referenceDate: CalendarDate | string,
  options: FlagOptions = {},
): FlaggedItem[] {
  const today = typeof referenceDate === "string" ? parseIsoDate(referenceDate) : referenceDate;
  if (today === null) throw new Error(`flagAssignments: reference date must be YYYY-MM-DD, got ${String(referenceDate)}`);
  const items: FlaggedItem[] = [];
  for (const a of assignments) {
    items.push({
      label: a.id.text,
      assignment: a,
      part: null,
      title: a.title,
      deadline: a.deadline,
      deadlineFrom: "own",
      status: a.status,
      ...approximation(a.deadline),
      cell: a.cell,
      ...flagDeadline(a.deadline, a.status, today, options),
    });
    for (const p of a.parts) {
      const inherits = p.deadline.kind === "none";
      const deadline = inherits ? a.deadline : p.deadline;
      const status = !a.status.open ? a.status : (p.status ?? a.status);
      items.push({
        label: a.id.text === "" ? p.part : `${a.id.text} ${p.part}`,
        assignment: a,
        part: p,
        title: p.title,
        deadline,
        deadlineFrom: inherits ? "assignment" : "own",
        status,
        ...approximation(deadline),
        cell: p.cell,
        ...flagDeadline(deadline, status, today, options),
      });
    }
  }
  // Array.prototype.sort is stable, so equal urgency keeps the sheet's order.
  return items.sort(urgency);
}
