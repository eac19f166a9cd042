// What Excel shows in a cell: the constant, or the result of its formula computed now (so TODAY()
// moves with the fake clock), and the fill a conditional format paints over the cell's own fill.
import { type FormulaValue, evaluateFormula } from "./formula";
import { type FakeSheet, type FakeWorkbookState, type Scalar, dateSerial } from "./state";
import { containsCell } from "./a1";

const MAX_DEPTH = 64;

export function cellResult(state: FakeWorkbookState, sheet: FakeSheet, row: number, col: number, depth = 0): FormulaValue {
  const cell = state.cellAt(sheet, row, col);
  if (!cell) return null;
  if (cell.formula === undefined) return cell.value === "" ? null : cell.value;
  if (depth > MAX_DEPTH) return { error: "#REF!" };
  return evaluateFormula(cell.formula, envFor(state, sheet, depth + 1));
}

function envFor(state: FakeWorkbookState, sheet: FakeSheet, depth: number) {
  return {
    today: dateSerial(state.today),
    valueAt: (sheetName: string | null, row: number, col: number): FormulaValue => {
      const target = sheetName === null ? sheet : state.sheet(sheetName);
      if (!target) return { error: "#REF!" };
      return cellResult(state, target, row, col, depth);
    },
  };
}

/** The value as `Range.values` reports it: blanks as "", errors as their text ("#REF!"). */
export function apiValue(state: FakeWorkbookState, sheet: FakeSheet, row: number, col: number): Scalar {
  const v = cellResult(state, sheet, row, col);
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

/** The fill the user sees: the first conditional format whose rule holds, else the cell's own fill. */
export function displayedFill(state: FakeWorkbookState, sheet: FakeSheet, row: number, col: number): string | null {
  for (const cf of sheet.conditionalFormats) {
    if (!containsCell(cf.rect, row, col) || cf.fill === undefined) continue;
    const result = evaluateFormula(cf.formula, envFor(state, sheet, 1), { rows: row - cf.rect.top, cols: col - cf.rect.left });
    if (result === true || (typeof result === "number" && result !== 0)) return cf.fill;
  }
  return state.cellAt(sheet, row, col)?.fill ?? null;
}
