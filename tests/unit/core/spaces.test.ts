// One set of spaces for every reader: what people paste from Word, PDFs and web pages carries no-break,
// narrow, thin, em and six-per-em spaces. Each must work wherever an ordinary space does.
import { parseAmount } from "../../../src/core/amounts/parse-amount";
import { findAmountsInText } from "../../../src/core/changes/amounts-in-text";
import { formatBudgetCode, parseBudgetCode } from "../../../src/core/codes/budget-code";
import { headerKey, normalizeSpaces } from "../../../src/core/sheet/text";

const SPACES = {
  "no-break space": "\u00a0",
  "narrow no-break space": "\u202f",
  "thin space": "\u2009",
  "figure space": "\u2007",
  "em space": "\u2003",
  "six-per-em space": "\u2006",
  "ideographic space": "\u3000",
};

describe.each(Object.entries(SPACES))("the %s", (_name, space) => {
  it("groups digits in an amount: 57" + "_625 is 57625", () => {
    const r = parseAmount(`57${space}625`);
    expect(r.ok && r.value.value.toFixed()).toBe("57625");
  });

  it("may follow a code and stand inside one", () => {
    for (const text of [`351/70${space}`, `${space}351/70`, `351${space}/${space}70`]) {
      const r = parseBudgetCode(text);
      expect(r.ok && formatBudgetCode(r.value)).toBe("351/70");
    }
  });

  it("collapses in headers and text", () => {
    expect(normalizeSpaces(`Tildeling${space}${space}før`)).toBe("Tildeling før");
    expect(headerKey(`Kap/post${space}`)).toBe("kap/post");
  });

  it("groups digits in an amount written in a sentence", () => {
    expect(findAmountsInText(`økes med 1${space}000 kr`).map((a) => a.amount.value.toFixed())).toEqual(["1000"]);
  });
});
