import Decimal from "decimal.js";
import { parseAmount, parseAmountText } from "../../../src/core/amounts/parse-amount";
import { messageOf } from "../../../src/core/diagnostics";

function read(value: Parameters<typeof parseAmount>[0], format?: string): string {
  const r = parseAmount(value, format);
  if (!r.ok) throw new Error(`${String(value)}: ${messageOf(r.diagnostic, "en")}`);
  return r.value.unit ? `${r.value.value.toFixed()} ${r.value.unit}` : r.value.value.toFixed();
}

function problem(value: Parameters<typeof parseAmount>[0], format?: string) {
  const r = parseAmount(value, format);
  if (r.ok) throw new Error(`${String(value)} parsed as ${r.value.value.toFixed()}`);
  return { code: r.diagnostic.code, severity: r.diagnostic.severity, text: r.diagnostic.text, message: messageOf(r.diagnostic) };
}

describe("amounts as people type them", () => {
  test.each([
    ["57625", "57625"],
    ["57 625", "57625"],
    ["57\u00a0625", "57625"],
    ["57\u202f625", "57625"],
    ["1.000", "1000"],
    ["1.000.000", "1000000"],
    ["1 000 000", "1000000"],
    ["-1 000", "-1000"],
    ["\u22121 000", "-1000"],
    ["\u2013 1 000", "-1000"],
    ["(1 000)", "-1000"],
    ["( 1 000 )", "-1000"],
    ["+1 000", "1000"],
    ["1,5", "1.5"],
    ["1 234,50", "1234.5"],
    ["1.234,50", "1234.5"],
    ["1,234.50", "1234.5"],
    ["1,234,567", "1234567"],
    ["0,001", "0.001"],
    ["1 000,-", "1000"],
    ["  58 625  ", "58625"],
    ["0", "0"],
    ["-0", "0"],
    ["1,2 mill. kr", "1.2 mill. kr"],
    ["1 mill. kroner", "1 mill. kr"],
    ["1 mill. kr.", "1 mill. kr"],
    ["1,2 millioner kroner", "1.2 mill. kr"],
    ["500 000 kroner", "500000 kr"],
    ["kr 1 000", "1000 kr"],
    ["NOK 1 000", "1000 kr"],
    ["2 mrd. kroner", "2000 mill. kr"],
    ["57 625 tusen kroner", "57625 1000 kr"],
    ["-364 642 000", "-364642000"],
  ])("%j -> %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("numbers as Excel gives them", () => {
  test("integers are exact", () => {
    expect(read(57625)).toBe("57625");
    expect(read(413647646000)).toBe("413647646000");
    expect(read(-364642000)).toBe("-364642000");
  });
  test("floating-point noise is read as Excel shows it (15 significant digits), not rounded to kroner", () => {
    expect(read(0.1 + 0.2)).toBe("0.3");
    expect(read(1234.567)).toBe("1234.567");
    expect(read(57625.1 - 0.1)).toBe("57625");
  });
  test("number formats: amounts pass, dates and percentages do not", () => {
    expect(read(57625, "#,##0")).toBe("57625");
    expect(read(57625, '#,##0 "kr";[Red]-#,##0 "kr"')).toBe("57625");
    expect(problem(45748, "dd.mm.yyyy")).toMatchObject({ code: "AMT-DATE", text: "45748" });
    expect(problem(45748, "d. mmmm yyyy").message).toBe("«45748» er formatert som en dato (d. mmmm yyyy), ikke som et beløp.");
    expect(problem(0.25, "0%").code).toBe("AMT-PERCENT");
  });
  test("non-finite numbers, booleans and Excel errors are not amounts", () => {
    expect(problem(NaN).code).toBe("AMT-TEXT");
    expect(problem(Infinity).code).toBe("AMT-TEXT");
    expect(problem(true).code).toBe("AMT-TEXT");
    expect(problem({ error: "#DIV/0!" })).toMatchObject({ code: "CELL-ERROR", message: "Cellen inneholder Excel-feilen #DIV/0!." });
  });
});

describe("text that is not an amount gets a diagnostic, never a zero", () => {
  test.each([
    [null, "AMT-EMPTY"],
    ["", "AMT-EMPTY"],
    ["  ", "AMT-EMPTY"],
    ["ca. tusen", "AMT-TEXT"],
    ["økes med 1 mill. kr", "AMT-TEXT"],
    ["12 34", "AMT-SEPARATORS"],
    ["1 2345", "AMT-SEPARATORS"],
    ["1.000 000", "AMT-SEPARATORS"],
    ["1,2,3", "AMT-SEPARATORS"],
    ["1 000 / 2 000", "AMT-TWO-AMOUNTS"],
    ["100 euro", "AMT-UNIT"],
    ["(1 000", "AMT-TEXT"],
    ["-", "AMT-DASH"],
    ["\u2013", "AMT-DASH"],
  ])("%j -> %s", (text, code) => {
    expect(problem(text as string | null).code).toBe(code);
  });
  test("messages quote the text and say what is wrong", () => {
    expect(problem("ca. tusen").message).toBe("«ca. tusen» er ikke et beløp.");
    expect(problem("12 34").message).toContain("«12 34» er ikke et beløp: mellomrom, punktum eller komma står på feil sted");
    expect(problem("100 euro").message).toBe("«100 euro»: «euro» er ingen beløpsenhet (kr, 1 000 kr eller mill. kr).");
    expect(problem("1 000 / 2 000").message).toBe("«1 000 / 2 000» inneholder mer enn ett beløp; skriv ett beløp per celle.");
  });
  test("a lone dash is a warning the reader can act on, not an error and not a zero", () => {
    expect(problem("\u2013")).toMatchObject({ severity: "warning", message: "«\u2013» står for «ingen beløp»; skriv 0 hvis beløpet er null." });
  });
  test("parseAmountText gives the same answers for text", () => {
    const r = parseAmountText("1,2 mill. kr");
    expect(r.ok && r.value.value.equals(new Decimal("1.2")) && r.value.unit).toBe("mill. kr");
  });
});
