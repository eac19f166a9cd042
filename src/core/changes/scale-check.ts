// A change list read in the wrong unit gives numbers 1 000 times too large or too small, and
// nothing else would notice. These checks look at the changes beside the lines they touch and
// warn when they look out of scale:
// - most changes are larger than their line, one of them twofold (a list in kroner read as 1 000 kr);
// - the changes are written in 1 000 kr or more, every one a whole multiple of 1 000, and one is
//   twice the size of its line (kroner amounts such as 1 500 000 read as 1 000 kr);
// - the lines are in kroner, every one a whole multiple of 1 000, and every change is below a
//   thousandth of its line (a list in 1 000 kr read as kroner).
import type Decimal from "decimal.js";
import { formatAmount } from "../amounts/format-amount";
import { wholeNumberOf } from "../amounts/whole-number";
import type { Unit } from "../amounts/unit";
import { type Diagnostic, diagnostic } from "../diagnostics";

export interface ScalePair {
  readonly code: string;
  /** The line before the change, in the table's unit. */
  readonly before: Decimal;
  /** The sum of the changes to the line, in the table's unit. */
  readonly change: Decimal;
  /** Where the first change came from. */
  readonly cell?: string;
}

export interface ScaleInput {
  readonly pairs: readonly ScalePair[];
  /** The unit of the table (and of `before` and `change`). */
  readonly unit: Unit;
  /** The changes as written, with the unit they were read in. */
  readonly written: ReadonlyArray<{ readonly amount: Decimal; readonly unit: Unit }>;
}

const THOUSAND = 1000;

/**
 * |change| > before (factor 1), or |change| ≥ 2 · before (factor 2). Whole numbers a double holds
 * exactly compare as numbers (2 · before stays exact too); anything else through decimal.js.
 */
function exceeds(change: Decimal, before: Decimal, factor: 1 | 2): boolean {
  const c = wholeNumberOf(change);
  const b = wholeNumberOf(before);
  if (c === c && b === b) return factor === 1 ? Math.abs(c) > b : Math.abs(c) >= b * 2;
  return factor === 1 ? change.abs().gt(before) : change.abs().gte(before.times(2));
}

export function checkScale(input: ScaleInput): Diagnostic[] {
  const pairs = input.pairs.filter((p) => !p.change.isZero() && p.before.isPositive() && !p.before.isZero());
  if (pairs.length === 0) return [];
  const larger = pairs.filter((p) => exceeds(p.change, p.before, 1));
  const example = larger[0] ?? pairs[0];
  const params = {
    code: example.code,
    before: formatAmount(example.before),
    change: formatAmount(example.change),
    unit: input.unit,
    count: larger.length,
    total: pairs.length,
  };
  const where = example.cell !== undefined ? { cell: example.cell } : {};
  // Most changes larger than their line, one of them twice so: a reduction that empties a line
  // and a little more is a fact of budgets; a unit error is a factor of a thousand.
  const far = larger.some((p) => exceeds(p.change, p.before, 2));
  if (larger.length * 2 > pairs.length && far) return [diagnostic("warning", "CHG-SCALE-LARGE", params, where)];

  const written = input.written.filter((w) => !w.amount.isZero());
  const roundThousands = written.length > 0 && written.every((w) => w.unit !== "kr" && w.amount.mod(THOUSAND).isZero());
  if (roundThousands && far) return [diagnostic("warning", "CHG-SCALE-THOUSANDS", { ...params, unit: written[0].unit }, where)];

  const linesInKroner = input.unit === "kr" && pairs.every((p) => p.before.mod(THOUSAND).isZero());
  if (linesInKroner && pairs.every((p) => p.change.abs().times(THOUSAND).lt(p.before))) {
    const small = pairs[0];
    return [diagnostic("warning", "CHG-SCALE-SMALL", { ...params, code: small.code, before: formatAmount(small.before), change: formatAmount(small.change) }, small.cell !== undefined ? { cell: small.cell } : {})];
  }
  return [];
}
