// Telling an allocation sheet from a sheet of change entries when the user named neither.
// Headers decide first (detectSheetKind, looksLikeChangeTables); the sheet's name only breaks a tie.
import { readAllocations } from "../allocations/read-allocations";
import type { AllocationSheet, ReadAllocationOptions, SheetKind } from "../allocations/types";
import type { Grid } from "../grid";
import { detectSheetKind, looksLikeChangeTables } from "../sheet/sheet-kind";
import { CHANGE_SHEET_NAME } from "./workbook";

/** A table with a change column and no plain amount column, or any table on a sheet named "Endringer". */
export function looksLikeChangeSheet(read: AllocationSheet, name: string): boolean {
  return looksLikeChangeTables(read.tables) || CHANGE_SHEET_NAME.test(name);
}

export interface ReadAllocation {
  readonly grid: Grid;
  readonly kind: SheetKind;
  readonly read: AllocationSheet;
}

/** Read `grid` as an allocation sheet of the kind given, or (when none is) the kind its headers say. */
export function readAllocationAs(grid: Grid, kind: SheetKind | undefined, options: Omit<ReadAllocationOptions, "kind"> = {}): ReadAllocation {
  const chosen = kind ?? detectSheetKind(grid);
  return { grid, kind: chosen, read: readAllocations(grid, { ...options, kind: chosen }) };
}
