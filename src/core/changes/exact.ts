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
