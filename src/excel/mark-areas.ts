// The cells one conditional format covers. Cells in one column on consecutive rows become one
// range ("C4:C9"); with RangeAreas (ExcelApi 1.9) many ranges go in one address list
// ("C4:C9,E12"), cut where the list would grow longer than Excel takes in one address.
import { columnLetters, parseA1 } from "../core/grid";

/** Excel refuses longer address strings for Worksheet.getRanges; stay well under its limit. */
export const MAX_AREA_ADDRESS = 2000;

/** Column runs of the cells, in column then row order. */
export function columnRuns(refs: readonly string[]): string[] {
  const cells = refs
    .map((r) => parseA1(r))
    .filter((c): c is { row: number; col: number } => c !== null)
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: string[] = [];
  let start: { row: number; col: number } | null = null;
  let end = 0;
  const flush = () => {
    if (!start) return;
    const col = columnLetters(start.col);
    runs.push(end === start.row ? `${col}${start.row}` : `${col}${start.row}:${col}${end}`);
  };
  for (const c of cells) {
    if (start && c.col === start.col && c.row === end + 1) {
      end = c.row;
      continue;
    }
    if (start && c.col === start.col && c.row === end) continue;
    flush();
    start = c;
    end = c.row;
  }
  flush();
  return runs;
}

/** Address groups, one per conditional format: with areas, lists up to MAX_AREA_ADDRESS long; else each run alone. */
export function groupRefs(refs: readonly string[], areas: boolean, maxLength = MAX_AREA_ADDRESS): string[] {
  const runs = columnRuns(refs);
  if (!areas) return runs;
  const groups: string[] = [];
  let current = "";
  for (const run of runs) {
    if (current !== "" && current.length + 1 + run.length > maxLength) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? run : `${current},${run}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

