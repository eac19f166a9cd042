// What reading a letter gives: its allocations, changes, assignments and reporting deadlines, each
// with the words it was read from, and a diagnostic for everything that looked like one of those
// but could not be read completely (nothing is dropped in silence).
import type Decimal from "decimal.js";
import type { Unit } from "../amounts/unit";
import type { BudgetCode } from "../codes/budget-code";
import type { CalendarDate } from "../deadlines/calendar-date";
import type { Diagnostic } from "../diagnostics";
import type { LetterSource } from "./document";

/** How the letter's unit was found: stated in a caption, read off the text's own words, or assumed. */
export type LetterUnitSource = "option" | "table-caption" | "letter" | "inferred" | "default";

export interface LetterAllocation {
  readonly code: BudgetCode;
  readonly name?: string;
  /** In `unit`. */
  readonly amount: Decimal;
  readonly unit: Unit;
  /** "allocation-table" (Kap/Post/Beløp), or "change-table" (its Tildeling før column). */
  readonly from: "allocation-table" | "change-table";
  readonly source: LetterSource;
}

export interface LetterChange {
  readonly code: BudgetCode;
  /** Signed, in `unit`. */
  readonly amount: Decimal;
  readonly unit: Unit;
  /** Changes with the same group move money between codes and sum to zero. */
  readonly transferGroup?: string;
  /** The sentence that explains it, when the letter has one. */
  readonly text?: string;
  readonly source: LetterSource;
  /** Other places in the letter that state the same change (a table row and its sentence). */
  readonly alsoIn: readonly LetterSource[];
}

export interface LetterAssignmentPart {
  /** "Del 1" */
  readonly part: string;
  readonly title: string;
  readonly deadline: CalendarDate | null;
  readonly deadlineText: string | null;
}

export interface LetterAssignment {
  /** As written: "2024 t-4:2". */
  readonly id: string;
  /** Other numbers the letter gives the same task ("Udir 2024-018"). */
  readonly otherIds: readonly string[];
  readonly title: string;
  readonly deadline: CalendarDate | null;
  readonly deadlineText: string | null;
  /** True when the deadline is a new one the letter sets ("ny frist settes til …"). */
  readonly revised: boolean;
  readonly status: "open" | "closed";
  /** The unit responsible, when the letter names one ("Utdanningsdirektoratet er lederdirektorat"). */
  readonly responsible?: string;
  readonly parts: readonly LetterAssignmentPart[];
  readonly source: LetterSource;
}

export interface LetterReporting {
  /** "1. tertialrapport", "årsrapport" … as written. */
  readonly what: string;
  readonly deadline: CalendarDate | null;
  readonly deadlineText: string | null;
  readonly source: LetterSource;
}

export interface LetterReading {
  /** The budget year the letter names ("tildelingsbrev … 2024"), used for dates written without a year. */
  readonly year: number | null;
  readonly unit: Unit | null;
  readonly unitSource: LetterUnitSource;
  readonly allocations: readonly LetterAllocation[];
  readonly changes: readonly LetterChange[];
  readonly assignments: readonly LetterAssignment[];
  readonly reporting: readonly LetterReporting[];
  readonly diagnostics: readonly Diagnostic[];
}
