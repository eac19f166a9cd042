import { parseBudgetCode, type BudgetCode } from "../../../src/core/codes/budget-code";
import { expenditureChapterFor, postGroupOf, revenueChapterFor, sideName, sideOf } from "../../../src/core/codes/facts";
import { loadChart } from "../../../src/core/chart/load-chart";

const code = (text: string): BudgetCode => (parseBudgetCode(text) as { value: BudgetCode }).value;

describe("side and post group", () => {
  test.each([
    ["351/70", "expenditure", 3, "Overføringer til andre"],
    ["858/01", "expenditure", 1, "Statens egne driftsutgifter"],
    ["2445/30", "expenditure", 2, "Nybygg, anlegg mv."],
    ["2445/90", "expenditure", 4, "Utlån, statsgjeld mv."],
    ["3855/01", "revenue", 1, "Salg av varer og tjenester mv."],
    ["5445/39", "revenue", 2, "Inntekter i forbindelse med nybygg, anlegg mv."],
    ["5800/50", "revenue", 3, "Overføringer fra andre"],
    ["4510/90", "revenue", 4, "Tilbakebetalinger mv."],
    ["2999/29", "expenditure", 1, "Statens egne driftsutgifter"],
    ["3000/89", "revenue", 3, "Overføringer fra andre"],
  ])("%s", (text, side, group, name) => {
    expect(sideOf(code(text))).toBe(side);
    expect(postGroupOf(code(text))).toMatchObject({ side, group, name });
  });
  test("names in English too", () => {
    expect(postGroupOf(code("351/70"), "en")?.name).toBe("Transfers to others");
    expect(sideName("revenue")).toBe("Inntekt");
  });
  test("the 60-69/70-79 split is usage, not a group", () => {
    expect(postGroupOf(code("671/62"))?.group).toBe(postGroupOf(code("351/70"))?.group);
  });
});

describe("revenue chapter = expenditure chapter + 3000", () => {
  const chart = loadChart(2025)!;
  test("by the rule alone", () => {
    expect(revenueChapterFor(855)).toBe(3855);
    expect(revenueChapterFor(1510)).toBe(4510);
    expect(expenditureChapterFor(4510)).toBe(1510);
    expect(revenueChapterFor(3855)).toBeUndefined();
    expect(expenditureChapterFor(855)).toBeUndefined();
  });
  test("general revenue has no expenditure chapter", () => {
    for (const ch of [5501, 5583, 5600, 5693, 5700, 5706, 5800]) expect(expenditureChapterFor(ch)).toBeUndefined();
  });
  test("with a chart, only chapters that exist that year", () => {
    expect(revenueChapterFor(855, chart)).toBe(3855);
    expect(expenditureChapterFor(3855, chart)).toBe(855);
    expect(revenueChapterFor(351, chart)).toBeUndefined();
    const r2026 = loadChart(2026)!;
    expect(expenditureChapterFor(4162, r2026)).toBeUndefined();
    expect(expenditureChapterFor(4799, r2026)).toBeUndefined();
  });
  test("every revenue pairing the rule gives in each year's chart points back", () => {
    for (const year of [2024, 2025, 2026]) {
      const c = loadChart(year)!;
      for (const e of c.entries()) {
        const rev = revenueChapterFor(e.code.chapter, c);
        if (rev !== undefined) expect(expenditureChapterFor(rev, c)).toBe(e.code.chapter);
      }
    }
  });
});
