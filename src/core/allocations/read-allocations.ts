// Reading an allocation sheet (or budget data such as Gul bok) from a Grid. Tables are found by
// their headers, rows become allocation lines, and every row that does not become a line is
// named in a diagnostic (sum rows and notes as info, unreadable rows as errors): none is dropped.
import type { Unit } from "../amounts/unit";
import type { Diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import { yearFromSheetContext } from "../deadlines/sheet-year";
import { AddressBook } from "./cells";
import { ALLOCATION_ROLES } from "./roles";
import { locateTables, rowsAboveTable } from "./table-read";
import { AMOUNT_PREFERENCE, startTable } from "./table-lines";
import type { AllocationLine, AllocationSheet, ReadAllocationOptions, TableInfo } from "./types";

/** The headers an allocation table is known by, as the message that none was found names them. */
export const ALLOCATION_HEADERS = "«Kap/post» (eller «Kap» og «Post») og «Tildeling»/«Beløp»";

/** Read every allocation line on a sheet. Never throws on input; see the diagnostics. */
export function readAllocations(grid: Grid, options: ReadAllocationOptions = {}): AllocationSheet {
  const kind = options.kind ?? "allocation";
  const fallback: Unit = options.defaultUnit ?? (kind === "budget-data" ? "kr" : "1000 kr");
  const book = new AddressBook(grid);
  const diagnostics: Diagnostic[] = [];
  const lines: AllocationLine[] = [];
  const tables: TableInfo[] = [];

  const located = locateTables(grid, ALLOCATION_ROLES, [["code", "chapter", "post"], AMOUNT_PREFERENCE], ALLOCATION_HEADERS, true);
  if (located.problem) {
    diagnostics.push(located.problem);
    return { sheet: grid.sheet, unit: options.unit ?? fallback, lines, tables, diagnostics };
  }
  const spans = located.spans;
  diagnostics.push(...(located.notes ?? []));

  diagnostics.push(...rowsAboveTable(grid, book, spans[0].titleRows));

  let sheetUnit: Unit | null = options.unit ?? null;
  let previousUnit: Unit | null = null;
  for (const span of spans) {
    const table = startTable({
      grid,
      span,
      index: tables.length,
      book,
      options: { ...options, kind, fallback },
      previousUnit,
      diagnostics,
      onLine: (line) => lines.push(line),
      resultUnitFor: (u) => {
        if (sheetUnit === null) sheetUnit = u;
        return sheetUnit;
      },
      yearAbove: (headerRow) => yearFromSheetContext(grid, headerRow),
    });
    if (!table) continue;
    if (!options.headersOnly) for (let r = span.firstRow; r <= span.lastRow; r++) table.row(r);
    const info = table.finish();
    tables.push(info);
    previousUnit = info.unit;
  }
  return { sheet: grid.sheet, unit: sheetUnit ?? fallback, lines, tables, diagnostics };
}

