// Telling an allocation sheet from a sheet of change entries when the user named neither.
// Headers decide first (the engine's guess, shared with the Excel face); the sheet's name only breaks a tie.
import { readAllocations } from "../core/allocations/read-allocations";
import type { AllocationSheet, SheetKind } from "../core/allocations/types";
import type { Grid } from "../core/grid";
import { detectSheetKind, looksLikeChangeTables } from "../core/sheet/sheet-kind";
import { CHANGE_SHEET_NAME } from "./workbook-input";

/** A table with a change column and no plain amount column, or any table on a sheet named "Endringer". */
export function looksLikeChangeSheet(read: AllocationSheet, name: string): boolean {
  return looksLikeChangeTables(read.tables) || CHANGE_SHEET_NAME.test(name);
}

export interface ReadAllocation {
  readonly grid: Grid;
  readonly kind: SheetKind;
  readonly read: AllocationSheet;
}

/** Read `grid` as an allocation sheet of the kind the user chose, or (for "auto") the kind its headers say. */
export function readAllocationAs(grid: Grid, kindChoice: "auto" | SheetKind, year: number | null): ReadAllocation {
  const kind = kindChoice === "auto" ? detectSheetKind(grid) : kindChoice;
  return { grid, kind, read: readAllocations(grid, { kind, ...(year !== null ? { year } : {}) }) };
}
