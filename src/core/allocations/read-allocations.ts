// Reading an allocation sheet (or budget data such as Gul bok) from a Grid. Tables are found by
// their headers, rows become allocation lines, and every row that does not become a line is
// named in a diagnostic (sum rows and notes as info, unreadable rows as errors): none is dropped.
import type { Unit } from "../amounts/unit";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { Grid } from "../grid";
import { yearFromSheetContext } from "../deadlines/sheet-year";
import { AddressBook } from "./cells";
import { ALLOCATION_ROLES } from "./roles";
import { locateTables } from "./table-read";
import { AMOUNT_PREFERENCE, startTable } from "./table-lines";
import { rowTexts } from "./table-scan";
import type { AllocationLine, AllocationSheet, ReadAllocationOptions, TableInfo } from "./types";

/** Read every allocation line on a sheet. Never throws on input; see the diagnostics. */
export function readAllocations(grid: Grid, options: ReadAllocationOptions = {}): AllocationSheet {
  const kind = options.kind ?? "allocation";
  const fallback: Unit = options.defaultUnit ?? (kind === "budget-data" ? "kr" : "1000 kr");
  const book = new AddressBook(grid);
  const diagnostics: Diagnostic[] = [];
  const lines: AllocationLine[] = [];
  const tables: TableInfo[] = [];

  const located = locateTables(grid, ALLOCATION_ROLES, [["code", "chapter", "post"], AMOUNT_PREFERENCE], "«Kap/post» (eller «Kap» og «Post») og «Tildeling»/«Beløp»", true);
  if (located.problem) {
    diagnostics.push(located.problem);
    return { sheet: grid.sheet, unit: options.unit ?? fallback, lines, tables, diagnostics };
  }
  const spans = located.spans;
  diagnostics.push(...(located.notes ?? []));

  // Rows above the first table that carry numbers are not titles; say so rather than skip them.
  for (const row of spans[0].titleRows) {
    if ((grid.values[row] ?? []).some((v) => typeof v === "number")) {
      diagnostics.push(diagnostic("info", "ALLOC-ROW-ABOVE-TABLE", {}, { text: rowTexts(grid, row).join(" | "), cell: book.address(row, 0) }));
    }
  }

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

