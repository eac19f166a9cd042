// Sums of money must never round. decimal.js rounds results to `precision` significant digits
// (20 by default), which a sum of many kroner amounts with decimals could exceed; sums here use
// a Decimal with room to spare. Its values are ordinary Decimals to every caller.
import Decimal from "decimal.js";

export const Exact = Decimal.clone({ precision: 200 });
export const ZERO: Decimal = new Exact(0);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * a + b with no rounding, whatever Decimal class `a` came from. (Every decimal.js class shares
 * one prototype, so instanceof cannot tell them apart; an instance's own `constructor` can.)
 */
export function add(a: Decimal, b: Decimal): Decimal {
  return (a as unknown as { constructor: unknown }).constructor === Exact ? a.plus(b) : new Exact(a).plus(b);
}
