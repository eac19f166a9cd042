// Where columns the add-in writes beside a table go: where they went last time, else just right
// of the table; but only if those cells are empty (or the add-in's own). Otherwise right of
// everything on the sheet, where no cell holds a value. Never on a cell the user typed.
import type { Grid } from "../core/grid";
import { type Rect, bottomOf, containsCell, parseRangeAddress, rightOf } from "./address";
import type { OwnedIndex, OwnedRange } from "./owned";

/** The add-in's earlier output of `name`, when it still exists on `sheet`. */
export function previousOutput(owned: OwnedIndex, name: string, sheet: string): OwnedRange | undefined {
  const prev = owned.byName(name);
  return prev && prev.rect && prev.sheet?.toLowerCase() === sheet.toLowerCase() ? prev : undefined;
}

/**
 * For a table source, the columns to look at before its data is read, from the table's rows to
 * one below. They start two columns right of the table: Excel's AutoCorrect pulls a column
 * written right next to a table into the table, API writes included.
 */
export function tableCandidate(tableRect: Rect, previous: OwnedRange | undefined, columns: number): Rect {
  return { top: tableRect.top, left: previous?.rect?.left ?? rightOf(tableRect) + 2, rows: tableRect.rows + 1, columns };
}

/** True when every cell of `rect` that lies in the grid is empty there (the add-in's cells are read as empty). */
export function emptyInGrid(grid: Grid, rect: Rect): boolean {
  for (let r = rect.top; r <= bottomOf(rect); r++) {
    const line = grid.values[r - grid.top];
    if (!line) continue;
    for (let c = rect.left; c <= rightOf(rect); c++) {
      const v = line[c - grid.left];
      if (v !== null && v !== undefined) return false;
    }
  }
  return true;
}

/** The right edge of what the user wrote in rows [top, bottom] of a (masked) grid. */
export function contentRight(grid: Grid, top: number, bottom: number): number {
  let right = grid.left - 1;
  for (let r = Math.max(top, grid.top); r <= bottom; r++) {
    const line = grid.values[r - grid.top];
    if (!line) continue;
    for (let c = line.length - 1; c >= 0; c--) {
      if (line[c] !== null && line[c] !== undefined) {
        right = Math.max(right, grid.left + c);
        break;
      }
    }
  }
  return right;
}

export interface PlacementInput {
  readonly grid: Grid;
  /** Rows the output needs. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: number;
  /** First column right of the table. */
  readonly besideLeft: number;
  readonly previous: OwnedRange | undefined;
  /** The sheet's used range (values only). */
  readonly sheetUsed: Rect | null;
  /** For a table source: the candidate looked at in the data request, and the address of its used part (null: empty). */
  readonly tableCheck: { readonly candidate: Rect; readonly usedAddress: string | null } | null;
}

export function chooseLeft(p: PlacementInput): number {
  const farRight = (p.sheetUsed ? rightOf(p.sheetUsed) : 0) + 1;
  if (p.tableCheck) {
    if (p.tableCheck.usedAddress === null) return p.tableCheck.candidate.left;
    const used = parseRangeAddress(p.tableCheck.usedAddress);
    const own = p.previous?.rect;
    const insideOwn = !!used && !!own && containsCell(own, used.top, used.left) && containsCell(own, bottomOf(used), rightOf(used));
    return insideOwn ? p.tableCheck.candidate.left : Math.max(farRight, p.tableCheck.candidate.left);
  }
  const left = p.previous?.rect?.left ?? p.besideLeft;
  const candidate = { top: p.top, left, rows: p.bottom - p.top + 1, columns: p.columns };
  return emptyInGrid(p.grid, candidate) ? left : Math.max(farRight, left);
}
