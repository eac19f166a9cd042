import Decimal from "decimal.js";
import fc from "fast-check";
import { ExactSum, add, wholeNumberOf } from "../../../src/core/amounts/exact";

const Wide = Decimal.clone({ precision: 100 });

describe("exact money arithmetic", () => {
  it("reads whole numbers a double holds exactly, and nothing else", () => {
    expect(["0", "-5", "123456789", "1e15", "9007199254740991", "-364642000"].map((v) => wholeNumberOf(new Decimal(v)))).toEqual([
      0, -5, 123456789, 1e15, 9007199254740991, -364642000,
    ]);
    expect(["12.5", "0.001", "9007199254740993", "1e16", "-0.5"].map((v) => wholeNumberOf(new Decimal(v)))).toEqual([NaN, NaN, NaN, NaN, NaN]);
  });

  it("never rounds, on either side of 2^53 and past decimal.js's default 20 digits", () => {
    expect(add(new Decimal("9007199254740991"), new Decimal(1)).toFixed()).toBe("9007199254740992");
    expect(add(new Decimal("-1000000000000000000"), new Decimal("-170267.21")).toFixed()).toBe("-1000000000000170267.21");
    expect(add(new Decimal(-5), new Decimal(5)).toFixed()).toBe("0");
  });

  it("adds like wide decimals for any mix of whole and fractional amounts", () => {
    const amount = fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 4 })).map(([n, s]) => new Decimal(n.toString()).div(10 ** s));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (values) => {
        const sum = new ExactSum();
        let pairwise: Decimal = new Decimal(0);
        let wide: Decimal = new Wide(0);
        for (const v of values) {
          sum.add(v);
          pairwise = add(pairwise, v);
          wide = wide.plus(v);
        }
        return sum.value().eq(wide) && pairwise.eq(wide);
      }),
      { numRuns: 2000 },
    );
  });
});
