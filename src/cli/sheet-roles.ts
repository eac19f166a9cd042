// Telling an allocation sheet from a sheet of change entries when the user named neither.
// Headers decide first; the sheet's name only breaks a tie.
import type { AllocationSheet } from "../core/allocations/types";
import type { ChangeSheet } from "../core/changes/types";
import { CHANGE_SHEET_NAME } from "./workbook-input";

function roles(tables: AllocationSheet["tables"]): Set<string> {
  return new Set(tables.flatMap((t) => t.columns.map((c) => c.role)));
}

/** A table with a change column and no plain amount column, or any table on a sheet named "Endringer". */
export function looksLikeChangeSheet(read: AllocationSheet, name: string): boolean {
  const r = roles(read.tables);
  return (r.has("change") && !r.has("amount")) || CHANGE_SHEET_NAME.test(name);
}

/** A sheet of change entries proper: its table has an "Endring" column. */
export function hasChangeColumn(read: ChangeSheet): boolean {
  return roles(read.tables).has("change");
}
