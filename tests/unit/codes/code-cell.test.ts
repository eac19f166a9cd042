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
  test("701.6 with the number format 0.00 is 701/60, with no warning: the cell shows it as written", () => {
    const r = budgetCodeFromCell(701.6, "0.00");
    expect(r.ok && [formatBudgetCode(r.value), r.note]).toEqual(["701/60", null]);
  });
  test("351.7 in a General cell reads two ways: read as 351/70 (the zero Excel drops), with a warning naming 351/07", () => {
    const r = budgetCodeFromCell(351.7);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(formatBudgetCode(r.value)).toBe("351/70");
      expect(r.note?.severity).toBe("warning");
      expect(messageOf(r.note!)).toBe(
        "«351.7» er lagret som et tall, så posten kan være 351/70 eller 351/07; den er lest som 351/70 (en null til slutt faller bort når et tall lagres). Er det feil, skriv kap/post som tekst, for eksempel 351/70, eller gi cellen tallformatet 0.00.",
      );
    }
  });
  test("a code a spreadsheet turned into a date: '7.60' became 01.07.1960 (serial 22098), read as 7/60 with a warning", () => {
    const r = budgetCodeFromCell(22098, "dd.mm.yyyy");
    expect(r.ok && [formatBudgetCode(r.value), r.note?.severity, r.note?.params]).toEqual(["7/60", "warning", { date: "01.07.1960", probable: "7/60" }]);
  });
  test("'1.60' became 01.01.1960 (serial 21916): read as 1/60", () => {
    const r = budgetCodeFromCell(21916, "d/m/yyyy");
    expect(r.ok && [formatBudgetCode(r.value), r.note?.code]).toEqual(["1/60", "KP-DATE-CELL"]);
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
