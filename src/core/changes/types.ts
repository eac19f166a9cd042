// Change entries (what a letter or a sheet says to change) and the change table (what applying
// them gives: before, change, after per kap/post, with totals). Results are data; renderers in
// src/core/render turn them into text, HTML and JSON.
import type Decimal from "decimal.js";
import type { TableInfo, SourceCell } from "../allocations/types";
import type { Unit } from "../amounts/unit";
import type { BudgetCode } from "../codes/budget-code";
import type { Diagnostic } from "../diagnostics";

export interface ChangeEntry {
  readonly code: BudgetCode;
  readonly key: string;
  /** Signed: negative lowers the allocation. In `unit`. */
  readonly amount: Decimal;
  readonly unit: Unit;
  readonly text?: string;
  readonly reference?: string;
  /** ISO date (YYYY-MM-DD) when the cell held a date, else the text as written. */
  readonly date?: string;
  /** Entries with the same transfer group move money between codes and must sum to zero. */
  readonly transfer?: string;
  /** Where it came from, when it came from a sheet. */
  readonly sheet?: string;
  readonly row?: number;
  readonly codeCell?: SourceCell;
  readonly amountCell?: SourceCell;
}

export interface ChangeSheet {
  readonly sheet: string;
  readonly unit: Unit;
  readonly entries: readonly ChangeEntry[];
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * "changed": an allocation line that a change touches; "unchanged": a line no change touches
 * (listed on request); "new": no allocation line, the change makes one (a warning);
 * "rejected": not applied (an error says why).
 */
export type ChangeRowStatus = "changed" | "unchanged" | "new" | "rejected";

export interface ChangeRow {
  readonly code: BudgetCode;
  readonly key: string;
  readonly chapterName?: string;
  readonly postName?: string;
  /** null when there is no allocation line (new or rejected rows), or two of them. */
  readonly before: Decimal | null;
  /** Sum of the entries applied (0 for unchanged rows). */
  readonly change: Decimal;
  /** before + change; for a new line, the change. null when rejected. */
  readonly after: Decimal | null;
  readonly status: ChangeRowStatus;
  readonly entries: readonly ChangeEntry[];
  /** The allocation line(s) behind the row: the Excel face writes its columns beside them. */
  readonly allocation?: {
    readonly sheet: string;
    readonly row: number;
    readonly sheetRow: number;
    readonly codeCell: string;
    readonly amountCell: string;
    /** Underpost lines summed into this post. */
    readonly parts?: readonly { readonly row: number; readonly sheetRow: number; readonly amountCell: string }[];
  };
}

export interface ChangeTotals {
  readonly before: Decimal;
  readonly change: Decimal;
  readonly after: Decimal;
}

export interface ChapterTotals extends ChangeTotals {
  readonly chapter: number;
  readonly chapterName?: string;
}

export interface ChangeTable {
  readonly unit: Unit;
  /** Rows with an allocation line ("changed", and "unchanged" when every line was asked for). */
  readonly rows: readonly ChangeRow[];
  /**
   * Changes that are not rows of the table: "new" (no allocation line; a warning) and "rejected"
   * (not applied: no line and a negative result, an invalid code, two lines for one code).
   */
  readonly otherRows: readonly ChangeRow[];
  /** Over `rows`, so before + change = after holds for every total. */
  readonly chapterTotals: readonly ChapterTotals[];
  readonly total: ChangeTotals;
  readonly diagnostics: readonly Diagnostic[];
}
