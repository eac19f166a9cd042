import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { budgetCodeFromCell } from "../../../src/core/codes/code-cell";
import { messageOf } from "../../../src/core/diagnostics";

const read = (value: Parameters<typeof budgetCodeFromCell>[0], format?: string) => {
  const r = budgetCodeFromCell(value, format);
  return r.ok ? formatBudgetCode(r.value) : r.diagnostic.code;
};

describe("budgetCodeFromCell: a code that Excel may have stored as a number", () => {
  test("text cells are read as written", () => {
    expect(read("351/70")).toBe("351/70");
    expect(read("kap. 858, post 01")).toBe("858/01");
  });
  test("760.21 typed into a General cell is kap 760, post 21", () => {
    expect(read(760.21)).toBe("760/21");
    expect(read(760.21, "General")).toBe("760/21");
  });
  test("a number format that shows two decimals keeps the post's trailing zero", () => {
    expect(read(351.7, "0.00")).toBe("351/70");
    expect(read(858.01, "0.00")).toBe("858/01");
  });
  test("351.7 in a General cell cannot say whether the post was 07 or 70: a diagnostic, not a guess", () => {
    const r = budgetCodeFromCell(351.7);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic.code).toBe("KP-NUMBER-CELL");
      expect(messageOf(r.diagnostic)).toBe("«351.7» er lagret som et tall, så det er uklart om posten er 351/07 eller 351/70; skriv kap/post som tekst, for eksempel 351/70.");
    }
  });
  test("other cells", () => {
    expect(read(351)).toBe("KP-NO-POST");
    expect(read(null)).toBe("KP-EMPTY");
    expect(read(true)).toBe("KP-NOT-NUMBER");
    expect(read(NaN)).toBe("KP-NOT-NUMBER");
    expect(read({ error: "#N/A" })).toBe("CELL-ERROR");
    expect(read(6000.01)).toBe("KP-CHAPTER-RANGE");
  });
});
