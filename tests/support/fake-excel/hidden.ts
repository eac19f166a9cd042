// Hidden columns as Excel reports them: Range.columnHidden is one flag for the whole range (true
// when every column is hidden, false when none is, null when some are), and
// Range.getColumnProperties (ExcelApi 1.9) gives each column's own flag, in order.
import type { Rect } from "./a1";
import type { FakeSheet } from "./state";

const isHidden = (sheet: FakeSheet, col: number) => sheet.hiddenColumns?.has(col) === true;

export function columnHidden(sheet: FakeSheet, rect: Rect): boolean | null {
  let hidden = 0;
  for (let c = rect.left; c < rect.left + rect.columns; c++) if (isHidden(sheet, c)) hidden++;
  return hidden === 0 ? false : hidden === rect.columns ? true : null;
}

/** What getColumnProperties({ columnHidden: true, columnIndex: true }) answers: only what was asked for. */
export function columnProperties(sheet: FakeSheet, rect: Rect, asked: { columnHidden?: boolean; columnIndex?: boolean }): Array<{ columnHidden?: boolean; columnIndex?: number }> {
  return Array.from({ length: rect.columns }, (_, i) => ({
    ...(asked.columnIndex ? { columnIndex: rect.left - 1 + i } : {}),
    ...(asked.columnHidden ? { columnHidden: isHidden(sheet, rect.left + i) } : {}),
  }));
}
