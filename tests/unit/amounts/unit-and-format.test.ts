import Decimal from "decimal.js";
import { formatAmount, formatAmountInWords } from "../../../src/core/amounts/format-amount";
import { convertAmount, detectUnit, unitLabel } from "../../../src/core/amounts/unit";

describe("detectUnit: the unit named in a heading or caption", () => {
  test.each([
    ["(i 1 000 kr)", "1000 kr"],
    ["(alle tall i 1 000 kroner)", "1000 kr"],
    ["Alle tall i 1\u00a0000 kroner", "1000 kr"],
    ["i 1000 kr", "1000 kr"],
    ["Beløp i tusen kroner", "1000 kr"],
    ["NOK 1000", "1000 kr"],
    ["Tildeling før tillegget (1 000 kr)", "1000 kr"],
    ["mill. kroner", "mill. kr"],
    ["Endring (mill. kr)", "mill. kr"],
    ["Beløp i millioner kroner", "mill. kr"],
    ["kroner", "kr"],
    ["Beløp (kr)", "kr"],
    ["Ny tildeling i kr.", "kr"],
  ])("%j -> %s", (text, unit) => {
    expect(detectUnit(text)).toBe(unit);
  });
  test.each([["Kap/post"], ["Tildeling før tillegget"], ["Krav til rapportering"], [""], ["Endring 2024"]])("%j names no unit", (text) => {
    expect(detectUnit(text)).toBeNull();
  });
});

describe("unitLabel", () => {
  test("captions in both languages", () => {
    expect(unitLabel("1000 kr")).toBe("Beløp i 1 000 kr");
    expect(unitLabel("mill. kr")).toBe("Beløp i mill. kr");
    expect(unitLabel("kr", "en")).toBe("Amounts in NOK");
  });
});

describe("convertAmount is exact", () => {
  test("the seed letter's 57 625 (1 000 kr) is 57 625 000 kroner", () => {
    expect(convertAmount(new Decimal(57625), "1000 kr", "kr").toFixed()).toBe("57625000");
  });
  test("1 mill. kr is 1 000 in a table of 1 000 kr", () => {
    expect(convertAmount(new Decimal(1), "mill. kr", "1000 kr").toFixed()).toBe("1000");
  });
  test("down-scaling keeps every digit", () => {
    expect(convertAmount(new Decimal("4887294001"), "kr", "mill. kr").toFixed()).toBe("4887.294001");
    expect(convertAmount(new Decimal("123456789012345678901234.5"), "kr", "1000 kr").toFixed()).toBe("123456789012345678901.2345");
  });
});

describe("formatAmount: as Norwegian letters write amounts", () => {
  test.each([
    ["57625", "57 625"],
    ["-1000", "\u22121 000"],
    ["1000000", "1 000 000"],
    ["999", "999"],
    ["0", "0"],
    ["-0", "0"],
    ["1234.5", "1 234,5"],
    ["-364642000", "\u2212364 642 000"],
    ["0.001", "0,001"],
  ])("%s -> %j", (value, text) => {
    expect(formatAmount(new Decimal(value))).toBe(text);
  });
  test("separator, minus and decimals options", () => {
    expect(formatAmount(new Decimal(-57625), { group: "nbsp" })).toBe("\u221257\u00a0625");
    expect(formatAmount(new Decimal(57625), { group: "narrow" })).toBe("57\u202f625");
    expect(formatAmount(new Decimal(-1000), { minus: "hyphen" })).toBe("-1 000");
    expect(formatAmount(new Decimal("1234.565"), { decimals: 2 })).toBe("1 234,57");
    expect(formatAmount(new Decimal("-0.004"), { decimals: 2 })).toBe("0,00");
  });
});

describe("formatAmountInWords: amounts in running text", () => {
  test.each([
    ["1000000", "1 mill. kroner"],
    ["1500000", "1,5 mill. kroner"],
    ["-1000000", "\u22121 mill. kroner"],
    ["10000000", "10 mill. kroner"],
    ["500000", "500 000 kroner"],
    ["57625000", "57 625 000 kroner"],
    ["57620000", "57,62 mill. kroner"],
    ["2250000000", "2,25 mrd. kroner"],
    ["1234500000", "1 234,5 mill. kroner"],
    ["0", "0 kroner"],
  ])("%s -> %j", (value, text) => {
    expect(formatAmountInWords(new Decimal(value))).toBe(text);
  });
  test("short currency", () => {
    expect(formatAmountInWords(new Decimal(1000000), { currency: "kr" })).toBe("1 mill. kr");
  });
});
