import { formatBudgetCode, parseBudgetCode, type BudgetCode } from "../../../src/core/codes/budget-code";
import { messageOf } from "../../../src/core/diagnostics";
import { availableChartYears, chartYearFor, loadChartAsync } from "../../../src/core/chart/load-chart-async";
import { loadChart } from "../../../src/core/chart/load-chart";
import { validateCode } from "../../../src/core/chart/validate-code";

const code = (text: string): BudgetCode => {
  const r = parseBudgetCode(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};
const chart2025 = loadChart(2025)!;

describe("loading a year's chart", () => {
  test("the built-in years", () => {
    expect(availableChartYears()).toEqual([2024, 2025, 2026]);
    expect(loadChart(2023)).toBeUndefined();
    expect(loadChart(2025)).toBe(chart2025);
    expect(chart2025).toMatchObject({ year: 2025, source: "Gul bok 2025.xlsx", diagnostics: [] });
  });
  test("loadChartAsync gives the same chart, fetched on demand", async () => {
    const lazy = await loadChartAsync(2026);
    expect(lazy?.year).toBe(2026);
    expect(lazy?.lookup(code("5800/50"))?.amount?.toFixed()).toBe(loadChart(2026)?.lookup(code("5800/50"))?.amount?.toFixed());
    await expect(loadChartAsync(1999)).resolves.toBeUndefined();
  });
  test("a letter's year picks its own Gul bok, or the latest before it", () => {
    expect(chartYearFor(2025)).toBe(2025);
    expect(chartYearFor(2030)).toBe(2026);
    expect(chartYearFor(2020)).toBe(2024);
  });
});

describe("lookup: names, stikkord, ministry and amount", () => {
  test("the seed letter's line 351/70", () => {
    const e = chart2025.lookup(code("351/70"));
    expect(e).toMatchObject({ chapterName: "Likestilling", postName: "Tilskudd til likestilling", ministry: { number: 3, name: "Kultur- og likestillingsdepartementet" } });
    expect(e?.amount?.toFixed()).toBe("63880000");
  });
  test("a post split into underposts: the post sums them, each underpost stands alone", () => {
    const post = chart2025.lookup(code("855/01"))!;
    expect(post.amount?.toFixed()).toBe("4887294000");
    expect(post.subPosts?.map(formatBudgetCode)).toEqual(["855/01.1", "855/01.2"]);
    expect(post.postName).toBe("Driftsutgifter");
    expect(post.chapterName).toBe("Statlig forvaltning av barnevernet");
    const sub = chart2025.lookup(code("855/01.1"))!;
    expect(sub).toMatchObject({ postName: "Lønn og godtgjørelser" });
    expect(sub.amount?.toFixed()).toBe("4050805000");
    expect(chart2025.lookup(code("855/01.3"))).toBeUndefined();
  });
  test("stikkord as Gul bok writes it", () => {
    expect(chart2025.lookup(code("226/21"))?.keywords).toBe("kan overføres");
    expect(chart2025.lookup(code("351/70"))?.keywords).toBe("");
  });
  test("negative amounts are facts in budget data", () => {
    const e = chart2025.lookup(code("2445/24"))!;
    expect(e.amount?.toFixed()).toBe("-364642000");
    expect(e.postName).toBe("Driftsresultat");
  });
  test("ministry comes from the chart, not from chapter ranges (BFD owns 2530)", () => {
    expect(chart2025.ministryOf(2530)?.name).toBe("Barne- og familiedepartementet");
    expect(chart2025.ministryOf(858)?.name).toBe("Barne- og familiedepartementet");
    expect(chart2025.chapterName(671)).toBe("Bosetting av flyktninger og tiltak for innvandrere");
    expect(chart2025.chapterName(999)).toBeUndefined();
  });
  test("2026 has no underposts: its 01 posts are whole", () => {
    const e = loadChart(2026)!.lookup(code("855/01"))!;
    expect(e.subPosts).toBeUndefined();
    expect(e.postName).toBe("Driftsutgifter");
  });
});

describe("validateCode", () => {
  test("a code in the chart has no diagnostics", () => {
    expect(validateCode(code("351/70"), chart2025)).toEqual([]);
    expect(validateCode(code("855/01"), chart2025)).toEqual([]);
    expect(validateCode(code("855/01.2"), chart2025)).toEqual([]);
  });
  test("a valid code absent from the year's Gul bok is a warning with the nearest codes", () => {
    const [d] = validateCode(code("351/71"), chart2025, "Tildeling!A7", "351/71");
    expect(d).toMatchObject({ severity: "warning", code: "KP-NOT-IN-CHART", cell: "Tildeling!A7", text: "351/71" });
    expect(messageOf(d)).toBe("Kap/post 351/71 finnes ikke i Gul bok 2025. Mente du 351/70, 351/72, 351/73?");
    expect(messageOf(d, "en")).toBe("Budget code 351/71 is not in the 2025 Yellow Book. Did you mean 351/70, 351/72, 351/73?");
  });
  test("a chapter typo suggests chapters that differ by a digit or a swap", () => {
    const [d] = validateCode(code("3511/70"), chart2025);
    expect(d.code).toBe("KP-NOT-IN-CHART");
    expect(String(d.params.suggestions).split(", ")).toContain("351/70");
    // 885 does not exist; 858 (a swap) and 855 (one digit) do, with a post 01.
    const [swap] = validateCode(code("885/01"), chart2025);
    expect(String(swap.params.suggestions).split(", ")).toEqual(expect.arrayContaining(["858/01", "855/01"]));
  });
  test("an underpost that does not exist suggests the post's underposts", () => {
    const [d] = validateCode(code("855/01.3"), chart2025);
    expect(messageOf(d)).toBe("Kap/post 855/01.3 finnes ikke i Gul bok 2025. Mente du 855/01.1, 855/01.2?");
    const [whole] = validateCode(code("855/21.1"), chart2025);
    expect(whole.params.suggestions).toBe("855/21");
  });
  test("a code that is the 2025 name of a post but gone in 2026 is a warning in 2026 only", () => {
    const only2025 = chart2025.entries().find((e) => !loadChart(2026)!.lookup(e.code))!;
    expect(validateCode(only2025.code, chart2025)).toEqual([]);
    expect(validateCode(only2025.code, loadChart(2026)!)[0].code).toBe("KP-NOT-IN-CHART");
  });
  test("a hand-built code outside the ranges is an error, not a chart warning", () => {
    expect(validateCode({ chapter: 7000, post: 1 }, chart2025)[0]).toMatchObject({ severity: "error", code: "KP-CHAPTER-RANGE" });
    expect(validateCode({ chapter: 351, post: 0 }, chart2025)[0]).toMatchObject({ severity: "error", code: "KP-POST-RANGE" });
    expect(validateCode({ chapter: 855, post: 1, subPost: 0 }, chart2025)[0]).toMatchObject({ severity: "error", code: "KP-SUBPOST" });
  });
});
