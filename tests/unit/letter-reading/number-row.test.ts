// Rows that lost their cells: the split is taken only when it is certain.
import { splitNumberRow } from "../../../src/core/letter-reading/number-row";

const SUM = { before: 0, change: 1, after: 2 };
const values = (text: string, count: number, sum?: typeof SUM) => {
  const r = splitNumberRow(text, { count, ...(sum ? { sum } : {}) });
  return r.ok ? r.values.map((v) => v.toString()) : r.reason;
};

test("the one split that adds up: 57 625 + 1 000 = 58 625", () => {
  expect(values("57 625 1 000 58 625", 3, SUM)).toEqual(["57625", "1000", "58625"]);
  // Single spaces everywhere: only the sum tells 57 625 | 1 000 | 58 625 from 57 | 625 1 000 | …
  expect(values("12 300 -1 500 10 800", 3, SUM)).toEqual(["12300", "-1500", "10800"]);
});

test("with no sum to check, the cell gaps decide, and equal gaps are refused", () => {
  expect(values("1 500   300", 2)).toEqual(["1500", "300"]);
  expect(values("1   500 300", 2)).toEqual(["1", "500300"]);
  // 1 | 500 300 or 1 500 | 300: nothing tells them apart.
  expect(values("1 500 300", 2)).toBe("ambiguous");
  // Only one way: "4" cannot follow a group of three ("450 4 100" is no number).
  expect(values("23 450 4 100", 2)).toEqual(["23450", "4100"]);
  expect(values("410 600 000", 1)).toEqual(["410600000"]);
});

test("rows that cannot be numbers are refused, not guessed", () => {
  expect(values("57 625 1 000 58 626", 3, SUM)).toBe("no-split");
  expect(values("57 625 abc", 1)).toBe("no-split");
  expect(values("1 0000", 1)).toBe("no-split");
});
