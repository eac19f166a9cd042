// A Decimal that is a whole number a double holds exactly can be added and written as a plain
// number: far cheaper than decimal.js's own arithmetic and formatting, and just as exact. Most
// budget amounts are such numbers (whole kroner, whole thousands), so the hot paths check first.
import type Decimal from "decimal.js";

const WORD = 1e7; // decimal.js keeps digits in words of seven, aligned on the decimal point.

/** The value as a number when it is a whole number a double holds exactly; otherwise NaN. */
export function wholeNumberOf(x: Decimal): number {
  const d = x.d;
  const e = x.e;
  if (!d || e > 15) return NaN;
  if (e < 0) return d.length === 1 && d[0] === 0 ? 0 : NaN;
  const words = Math.floor(e / 7) + 1;
  if (d.length > words) return NaN;
  let n = 0;
  for (let i = 0; i < words; i++) n = n * WORD + (i < d.length ? d[i] : 0);
  n = n * x.s + 0; // + 0 turns −0 into 0
  return Number.isSafeInteger(n) ? n : NaN;
}
