import fc from "fast-check";
import { budgetCodeFromCells, formatBudgetCode, formatBudgetCodeLong, parseBudgetCode, type BudgetCode } from "../../../src/core/codes/budget-code";
import { findBudgetCodesInText, findBudgetReferencesInText } from "../../../src/core/codes/find-in-text";

const validCode: fc.Arbitrary<BudgetCode> = fc
  .record({ chapter: fc.integer({ min: 1, max: 5999 }), post: fc.integer({ min: 1, max: 99 }), subPost: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) })
  .map(({ chapter, post, subPost }) => (subPost === undefined ? { chapter, post } : { chapter, post, subPost }));

// Characters that codes are made of, so random strings come close to real ones.
const codeish = fc.string({ unit: fc.constantFrom(..."0123456789/.,- kapostKAPOST\u00a0\u202f\u2212og;:()\n".split("")), maxLength: 30 });

describe("budget codes: properties", () => {
  test("formatting any valid code and parsing it again gives it back", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        for (const text of [formatBudgetCode(code), formatBudgetCodeLong(code)]) {
          expect(parseBudgetCode(text)).toEqual({ ok: true, value: code });
        }
      }),
    );
  });

  test("other written forms of a valid post read back too", () => {
    fc.assert(
      fc.property(validCode, fc.boolean(), (code, leadingZero) => {
        const post = leadingZero && code.post < 10 ? `0${code.post}` : String(code.post);
        const plain = { chapter: code.chapter, post: code.post };
        for (const text of [`kap ${code.chapter} post ${post}`, `${code.chapter}.${post}`, `${code.chapter} post ${post}`, `Kap. ${code.chapter}, post ${post}.`]) {
          expect(parseBudgetCode(text)).toEqual({ ok: true, value: plain });
        }
        expect(budgetCodeFromCells(code.chapter, post, code.subPost ?? null)).toEqual({ ok: true, value: code });
        expect(budgetCodeFromCells(String(code.chapter), code.post, code.subPost === undefined ? "" : `${post}.${code.subPost}`)).toEqual({ ok: true, value: code });
      }),
    );
  });

  test("the text finder finds a code wherever a sentence puts it", () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom("Tildelingen på ", "(", "jf. ", ""), fc.constantFrom(" reduseres.", ").", "", " og mer"), (code, before, after) => {
        const text = `${before}${formatBudgetCodeLong(code)}${after}`;
        expect(findBudgetCodesInText(text).map((h) => formatBudgetCode(h.code))).toEqual([formatBudgetCode(code)]);
      }),
    );
  });

  test("no input string makes a code parser throw; failures always carry a diagnostic", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), codeish), (text) => {
        const r = parseBudgetCode(text);
        if (!r.ok) expect(r.diagnostic.code).toMatch(/^(KP|CELL)-/);
        const c = budgetCodeFromCells(text, text, text);
        if (!c.ok) expect(c.diagnostic.code).toMatch(/^(KP|CELL)-/);
        findBudgetReferencesInText(text);
      }),
      { numRuns: 2000 },
    );
  });

  test("no cell value makes budgetCodeFromCells throw", () => {
    const cell = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), codeish, fc.record({ error: fc.constantFrom("#REF!", "#N/A") }));
    fc.assert(
      fc.property(cell, cell, fc.option(cell, { nil: undefined }), (a, b, c) => {
        budgetCodeFromCells(a, b, c);
      }),
      { numRuns: 2000 },
    );
  });
});
