// How many budget lines a check looked at, so "no problems" can be told from "read nothing".
import type { AllocationLine, AllocationSheet } from "../allocations/types";
import type { Diagnostic } from "../diagnostics";
import { type Grid, parseA1, splitAddress } from "../grid";

export interface LineCounts {
  readonly lines: number;
  readonly linesWithErrors: number;
  readonly linesWithWarnings: number;
}

/** Every line and underpost line: each carries a code and an amount of its own. */
export function allLines(lines: readonly AllocationLine[]): AllocationLine[] {
  return lines.flatMap((l) => [l, ...(l.parts ?? [])]);
}

/**
 * The budget lines checked, counted by sheet row: every row the reader made a line of, and every
 * body row it could not read (a bad code, an amount typed with letters), since those are lines
 * the user meant and the check looked at. Total rows and notes are not lines.
 */
export function countCheckedLines(grid: Grid, read: AllocationSheet, diagnostics: readonly Diagnostic[]): LineCounts {
  const body = read.tables.map((t) => ({ first: grid.top + t.firstRow, last: grid.top + t.lastRow, totals: new Set(t.totalRows.map((r) => grid.top + r.row)) }));
  const isLineRow = (row: number) => body.some((b) => row >= b.first && row <= b.last && !b.totals.has(row));
  const rowOf = (d: Diagnostic): number | null => {
    if (!d.cell) return null;
    const { sheet, ref } = splitAddress(d.cell);
    if (sheet !== null && sheet.toLowerCase() !== grid.sheet.toLowerCase()) return null;
    return parseA1(ref.split(":")[0])?.row ?? null;
  };
  const rows = new Set(allLines(read.lines).map((l) => l.sheetRow));
  const errorRows = new Set<number>();
  const warningRows = new Set<number>();
  for (const d of diagnostics) {
    const row = rowOf(d);
    if (row === null || !isLineRow(row) || d.severity === "info") continue;
    rows.add(row);
    (d.severity === "error" ? errorRows : warningRows).add(row);
  }
  return {
    lines: rows.size,
    linesWithErrors: errorRows.size,
    linesWithWarnings: [...warningRows].filter((r) => !errorRows.has(r)).length,
  };
}

export function addCounts(a: LineCounts, b: LineCounts): LineCounts {
  return { lines: a.lines + b.lines, linesWithErrors: a.linesWithErrors + b.linesWithErrors, linesWithWarnings: a.linesWithWarnings + b.linesWithWarnings };
}
