import Decimal from "decimal.js";
import fc from "fast-check";
import { formatAmount, formatAmountInWords } from "../../../src/core/amounts/format-amount";
import { parseAmount, parseAmountText } from "../../../src/core/amounts/parse-amount";
import { convertAmount, UNITS } from "../../../src/core/amounts/unit";

// Amounts a budget holds: up to a thousand billion kroner, with up to three decimals (1 000 kr tables).
const amount: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 3 }))
  .map(([units, decimals]) => new Decimal(units.toString()).div(new Decimal(10).pow(decimals)));

const amountish = fc.string({ unit: fc.constantFrom(..."0123456789 ,.-()+\u2212\u2013\u00a0\u202fkrmill.onerNOK".split("")), maxLength: 25 });

describe("amounts: properties", () => {
  test("formatting any amount and parsing it again gives it back, whatever the separators", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom("space", "nbsp", "narrow" as const), fc.constantFrom("minus", "hyphen" as const), (value, group, minus) => {
        const text = formatAmount(value, { group, minus });
        const r = parseAmountText(text);
        expect(r.ok && r.value.value.equals(value) && r.value.unit === null).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("amounts in words read back to the same kroner", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const kroner = value.toDecimalPlaces(0);
        const r = parseAmountText(formatAmountInWords(kroner));
        expect(r.ok).toBe(true);
        if (r.ok) expect(convertAmount(r.value.value, r.value.unit ?? "kr", "kr").equals(kroner)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("converting between units and back is exact", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...UNITS), fc.constantFrom(...UNITS), (value, from, to) => {
        expect(convertAmount(convertAmount(value, from, to), to, from).equals(value)).toBe(true);
      }),
    );
  });

  test("Excel numbers are read as the 15 significant digits Excel shows", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e14, max: 1e14 }), (n) => {
        const r = parseAmount(n);
        expect(r.ok && r.value.value.equals(new Decimal(n.toPrecision(15)))).toBe(true);
      }),
    );
  });

  test("no input makes the amount parser throw, and a failure is never a silent zero", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), amountish), (text) => {
        const r = parseAmount(text);
        if (!r.ok) expect(r.diagnostic.code).toMatch(/^(AMT|CELL)-/);
        else expect(/\d/.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
