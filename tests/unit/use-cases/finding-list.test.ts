// Findings kept compactly (a code, a cell, a severity) must read back as the findings they stand
// for: the code's finding against Gul bok 2026, at the code's cell, in the order they were added.
import { loadChart } from "../../../src/core/chart/load-chart";
import { codeSeverity, validateCode } from "../../../src/core/chart/validate-code";
import { diagnostic, messageOf } from "../../../src/core/diagnostics";
import { CodeFindings, JoinedFindings, PlainFindings, countFindings } from "../../../src/core/use-cases/finding-list";

describe("compact findings", () => {
  const chart = loadChart(2026)!;
  // 351/21 is in Gul bok 2026; underpost .3 is not, and chapter 9999 is past the last chapter (5999).

  it("reads back each code's finding at its cell, with the sheet name quoted as Excel writes it", () => {
    const list = new CodeFindings("Mitt ark", chart);
    list.add({ chapter: 351, post: 21, subPost: 3 }, "warning", 7, 1);
    list.add({ chapter: 9999, post: 1 }, "error", 12, 28);
    expect(list.length).toBe(2);
    expect(list.cell(0)).toBe("'Mitt ark'!A7");
    expect(list.cell(1)).toBe("'Mitt ark'!AB12");
    expect(list.severity(1)).toBe("error");
    const first = list.at(0);
    expect([first.severity, first.code, first.cell, first.text]).toEqual(["warning", "KP-NOT-IN-CHART", "'Mitt ark'!A7", "351/21.3"]);
    expect(messageOf(first, "nb")).toContain("351/21");
    expect(list.at(1).code).toBe("KP-CHAPTER-RANGE");
    expect(list.position(1)).toEqual(["'Mitt ark'", 12, 28]);
  });

  it("reads back codes outside the usual ranges as they were added", () => {
    const list = new CodeFindings("Tildeling", chart);
    list.add({ chapter: 351, post: 21, subPost: 0 }, "error", 4, 1);
    list.add({ chapter: 123456, post: 1 }, "error", 5, 1);
    list.add({ chapter: 351, post: 150 }, "error", 1048576, 16384);
    expect([0, 1, 2].map((i) => [list.at(i).code, list.at(i).cell])).toEqual([
      ["KP-SUBPOST", "Tildeling!A4"],
      ["KP-CHAPTER-RANGE", "Tildeling!A5"],
      ["KP-POST-RANGE", "Tildeling!XFD1048576"],
    ]);
    expect(list.severity(2)).toBe("error");
    // A damaged address far past column XFD keeps its place too.
    list.add({ chapter: 351, post: 21, subPost: 3 }, "warning", 9, 475255);
    expect([list.at(3).cell, list.severity(3), list.position(3)]).toEqual(["Tildeling!AAAAA9", "warning", ["Tildeling", 9, 475255]]);
  });

  it("tells a code's severity without making its finding, as the finding itself has it", () => {
    expect(codeSeverity({ chapter: 351, post: 21 }, chart)).toBeNull();
    expect(codeSeverity({ chapter: 351, post: 21, subPost: 3 }, chart)).toBe("warning");
    expect(codeSeverity({ chapter: 9999, post: 1 }, chart)).toBe("error");
    expect(codeSeverity({ chapter: 351, post: 100 }, chart)).toBe("error");
    expect(validateCode({ chapter: 351, post: 100 }, chart).map((d) => [d.severity, d.code])).toEqual([["error", "KP-POST-RANGE"]]);
  });

  it("joins lists in order and counts them by severity", () => {
    const codes = new CodeFindings("Tildeling", chart);
    codes.add({ chapter: 9999, post: 1 }, "error", 3, 1);
    const joined = new JoinedFindings([new PlainFindings([diagnostic("info", "CLI-CHART-USED", { chartYear: 2026 })]), codes, new PlainFindings([diagnostic("warning", "USE-YEAR-ASSUMED", {})])]);
    expect(joined.length).toBe(3);
    expect([0, 1, 2].map((i) => joined.at(i).code)).toEqual(["CLI-CHART-USED", "KP-CHAPTER-RANGE", "USE-YEAR-ASSUMED"]);
    expect(joined.cell(1)).toBe("Tildeling!A3");
    expect(countFindings(joined)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});
