// What a sheet holds, guessed from its headers, for every face that lets the user leave the sheet
// unnamed: budget data or an allocation letter's table, and whether a read table is change entries.
import type { SheetKind, TableInfo } from "../allocations/types";
import type { Grid } from "../grid";
import { headerKey } from "./text";

// The published Gul bok data sets (regjeringen.no) name their columns kap_nr, post_nr, fdep_nr ...;
// an allocation letter never does. Sheets like that hold budget data: amounts in kroner,
// and negative posts (Driftsresultat) are facts, not mistakes.
const BUDGET_DATA_HEADERS = new Set(["kap_nr", "post_nr", "upost_nr", "fdep_nr", "gdep_nr"]);

/** "budget-data" when one of the first 20 rows has two Gul bok column names, else "allocation". */
export function detectSheetKind(grid: Grid): SheetKind {
  const rows = Math.min(grid.values.length, 20);
  for (let r = 0; r < rows; r++) {
    let hits = 0;
    for (const v of grid.values[r]) if (typeof v === "string" && BUDGET_DATA_HEADERS.has(headerKey(v))) hits++;
    if (hits >= 2) return "budget-data";
  }
  return "allocation";
}

function roles(tables: readonly TableInfo[]): Set<string> {
  return new Set(tables.flatMap((t) => t.columns.map((c) => c.role)));
}

/** Some table has an "Endring" column: the sheet lists change entries (as readChanges reads them). */
export function hasChangeColumn(tables: readonly TableInfo[]): boolean {
  return roles(tables).has("change");
}

/**
 * Tables read as an allocation sheet that hold changes instead: a change column and no plain amount
 * column (a change table written earlier has «Tildeling før» and «Endring», never «Tildeling»).
 */
export function looksLikeChangeTables(tables: readonly TableInfo[]): boolean {
  const r = roles(tables);
  return r.has("change") && !r.has("amount");
}
