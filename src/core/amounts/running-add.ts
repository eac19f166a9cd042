// a + b + c + ... exactly as folding `add` (exact.ts) over them gives it, Decimal for Decimal,
// without making a Decimal for each whole-number sum on the way: 100 000 changes to 50 000 codes
// would otherwise make 50 000 Decimals only to drop them at the next addition.
import type Decimal from "decimal.js";
import { Exact, add } from "./exact";
import { wholeNumberOf } from "./whole-number";

export class RunningAdd {
  /** The sum as `add` would have returned it; null while it is the whole number `whole`, not yet made. */
  private sum: Decimal | null;
  /** wholeNumberOf(the sum): the sum itself while `sum` is null. */
  private whole: number;

  constructor(first: Decimal) {
    this.sum = first;
    this.whole = wholeNumberOf(first);
  }

  add(b: Decimal): void {
    const x = this.whole;
    if (x === x) {
      const y = wholeNumberOf(b);
      const s = x + y + 0;
      // add()'s own cases: adding zero keeps a, adding to zero gives b, else a new Exact(s).
      if (Number.isSafeInteger(s)) {
        if (y === 0) return;
        if (x === 0) {
          this.sum = b;
          this.whole = y;
          return;
        }
        this.sum = null;
        this.whole = s;
        return;
      }
    }
    this.sum = add(this.sum ?? new Exact(x), b);
    this.whole = wholeNumberOf(this.sum);
  }

  value(): Decimal {
    return this.sum ?? (this.sum = new Exact(this.whole));
  }
}
