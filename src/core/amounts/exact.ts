// Sums of money must never round. decimal.js rounds results to `precision` significant digits
// (20 by default), which a sum of many kroner amounts with decimals could exceed; sums here use
// a Decimal with room to spare. Its values are ordinary Decimals to every caller.
//
// Applying 100 000 changes adds a few hundred thousand amounts, and each decimal.js addition
// allocates several objects. Most budget amounts are whole numbers far below 2^53 (whole kroner,
// whole thousands), which a double adds exactly; those take a plain-number path, and anything
// else (decimals, huge values) goes through Decimal. Both paths are exact.
import Decimal from "decimal.js";
import { wholeNumberOf } from "./whole-number";

export { wholeNumberOf };

export const Exact = Decimal.clone({ precision: 200 });
export const ZERO: Decimal = new Exact(0);

/**
 * a + b with no rounding, whatever Decimal class the operands came from. (Every decimal.js class
 * shares one prototype, so instanceof cannot tell them apart; an instance's own `constructor` can.)
 */
export function add(a: Decimal, b: Decimal): Decimal {
  const x = wholeNumberOf(a);
  if (x === x) {
    const y = wholeNumberOf(b);
    const s = x + y + 0;
    if (Number.isSafeInteger(s)) return y === 0 ? a : x === 0 ? b : new Exact(s);
  }
  return (a as unknown as { constructor: unknown }).constructor === Exact ? a.plus(b) : new Exact(a).plus(b);
}

/** A running exact sum: whole numbers are added as numbers while they stay exact. */
export class ExactSum {
  private whole = 0;
  private rest: Decimal | null = null;

  add(x: Decimal): void {
    const n = wholeNumberOf(x);
    if (n === n) {
      const s = this.whole + n;
      if (Number.isSafeInteger(s)) {
        this.whole = s;
        return;
      }
    }
    this.rest = this.rest === null ? x : add(this.rest, x);
  }

  value(): Decimal {
    const whole = new Exact(this.whole);
    return this.rest === null ? whole : add(this.rest, whole);
  }
}

export function sum(values: Iterable<Decimal>): Decimal {
  const total = new ExactSum();
  for (const v of values) total.add(v);
  return total.value();
}
