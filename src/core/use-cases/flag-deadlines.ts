// Oppdrag / `tildeling deadlines`: read the assignment list(s) and flag every assignment and part
// against a Norwegian calendar day. Without a named sheet, every visible sheet that holds
// assignments is read.
import { append } from "../append";
import type { Assignment } from "../deadlines/assignment";
import type { CalendarDate } from "../deadlines/calendar-date";
import { DEFAULT_SOON_DAYS, type FlaggedItem, flagAssignments } from "../deadlines/flag";
import { readAssignments } from "../deadlines/read-assignments";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import { type WorkbookInput, failed, findSheet, isEmptyWorkbook, sheetList, visibleSheets } from "./workbook";

export interface DeadlineInput {
  readonly workbook: WorkbookInput;
  readonly options: {
    readonly sheet?: string;
    /** The day the flags are for: today in Oslo unless the user picks another. */
    readonly referenceDate: CalendarDate;
    readonly soonDays?: number;
    readonly strict?: boolean;
  };
}

export interface DeadlineRun {
  readonly refused?: Diagnostic;
  /** The grids the assignments were read from, in order. */
  readonly grids: readonly Grid[];
  /** Every assignment and part, most urgent first. */
  readonly items: readonly FlaggedItem[];
  readonly diagnostics: readonly Diagnostic[];
  readonly overdue: number;
  /** Errors or overdue assignments, or warnings under `strict`. */
  readonly failed: boolean;
}

export function flagDeadlines(input: DeadlineInput): DeadlineRun {
  const { workbook, options } = input;
  const file = workbook.fileName ?? "";
  const diagnostics: Diagnostic[] = [];
  const assignments: Assignment[] = [];
  const grids: Grid[] = [];
  const named = options.sheet !== undefined ? findSheet(workbook, options.sheet) : undefined;
  if (options.sheet !== undefined && !named) {
    const refused = diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: options.sheet, file, sheets: sheetList(workbook) });
    return { refused, grids, items: [], diagnostics, overdue: 0, failed: true };
  }
  if (!named && isEmptyWorkbook(workbook)) {
    diagnostics.push(diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file }));
  } else if (named) {
    const read = readAssignments(named.grid);
    append(assignments, read.assignments);
    append(diagnostics, read.diagnostics);
    grids.push(named.grid);
  } else {
    for (const { grid } of visibleSheets(workbook)) {
      const read = readAssignments(grid);
      if (read.assignments.length === 0) continue;
      append(assignments, read.assignments);
      append(diagnostics, read.diagnostics);
      grids.push(grid);
    }
    if (grids.length === 0) diagnostics.push(diagnostic("error", "CLI-NO-ASSIGNMENTS-SHEET", { file }));
  }
  const items = flagAssignments(assignments, options.referenceDate, { soonDays: options.soonDays ?? DEFAULT_SOON_DAYS });
  const overdue = items.filter((i) => i.flag === "overdue").length;
  return { grids, items, diagnostics, overdue, failed: overdue > 0 || failed(diagnostics, options.strict) };
}
