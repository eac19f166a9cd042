import { parseBudgetCode, type BudgetCode } from "../../../src/core/codes/budget-code";
import { messageOf } from "../../../src/core/diagnostics";
import { gridFromRows } from "../../../src/core/grid";
import { loadChart } from "../../../src/core/chart/load-chart";
import { chartFromGrid, chooseChart } from "../../../src/core/chart/own-chart";
import { validateCode } from "../../../src/core/chart/validate-code";

const code = (text: string): BudgetCode => (parseBudgetCode(text) as { value: BudgetCode }).value;

describe("chartFromGrid: a workbook's own chart", () => {
  test("kap/post in one column, names, stikkord and amount in 1 000 kr", () => {
    const grid = gridFromRows("Kontoplan", [
      ["Kontoplan for Bufdir 2025"],
      [],
      ["Kap/post", "Kapittelnavn", "Postnavn", "Stikkord", "Beløp (i 1 000 kr)"],
      ["351/70", "Likestilling", "Tilskudd til likestilling", "", 57625],
      ["858/01", "Bufdir", "Driftsutgifter", "", "1 000"],
      ["858/21", "Bufdir", "Spesielle driftsutgifter", "kan overføres", null],
    ]);
    const chart = chartFromGrid(grid);
    expect(chart).toMatchObject({ year: null, source: "Kontoplan", size: 3, diagnostics: [] });
    const e = chart.lookup(code("351/70"))!;
    expect(e).toMatchObject({ chapterName: "Likestilling", postName: "Tilskudd til likestilling" });
    expect(e.amount?.toFixed()).toBe("57625000");
    expect(chart.lookup(code("858/21"))).toMatchObject({ keywords: "kan overføres", amount: undefined });
  });

  test("kap, post and underpost columns with chapter heading rows; bad rows are reported at their cell", () => {
    const grid = gridFromRows(
      "Egen plan",
      [
        ["Kap", "Post", "Underpost", "Navn", "Departement"],
        [855, null, null, "Statlig forvaltning av barnevernet", "BFD"],
        [855, 1, 1, "Lønn og godtgjørelser", "BFD"],
        [855, 1, 2, "Varer og tjenester", "BFD"],
        [855, 100, null, "Feil", "BFD"],
        ["abc", 1, null, "Feil", "BFD"],
        [855, 1, 1, "Dobbel", "BFD"],
      ],
      { top: 4, left: 2 },
    );
    const chart = chartFromGrid(grid);
    expect(chart.chapterName(855)).toBe("Statlig forvaltning av barnevernet");
    expect(chart.ministryOf(855)?.name).toBe("BFD");
    expect(chart.lookup(code("855/01"))?.subPosts).toHaveLength(2);
    expect(chart.lookup(code("855/01.2"))?.postName).toBe("Varer og tjenester");
    expect(chart.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["CHART-ROW", "'Egen plan'!B8"],
      ["CHART-ROW", "'Egen plan'!B9"],
      ["CHART-DUPLICATE", "'Egen plan'!B10"],
    ]);
    expect(messageOf(chart.diagnostics[0])).toBe("Raden i listen over kap/post kunne ikke leses: «100»: post 100 finnes ikke; poster går fra 01 til 99.");
    expect(messageOf(chart.diagnostics[2])).toBe("Kap/post 855/01.1 står to ganger i listen over kap/post; den første raden ('Egen plan'!B6) gjelder.");
  });

  test("the workbook's chart wins: codes are checked against it, not Gul bok", () => {
    const own = chartFromGrid(gridFromRows("Plan", [["Kap/post", "Navn"], ["351/70", "Likestilling"]]));
    const chart = chooseChart(own, loadChart(2025))!;
    expect(chart).toBe(own);
    expect(validateCode(code("351/70"), chart)).toEqual([]);
    const [d] = validateCode(code("858/01"), chart);
    expect(messageOf(d)).toBe("Kap/post 858/01 står ikke i listen over kap/post i «Plan». Mente du 351/70?");
  });

  test("a sheet with no chart gives an empty chart that says so, and Gul bok is used instead", () => {
    const own = chartFromGrid(gridFromRows("Notater", [["Hei"], ["Ingen tabell her"]]));
    expect(own.size).toBe(0);
    expect(own.diagnostics.map((d) => messageOf(d))).toEqual(["Arket «Notater» har ingen kap/post å kontrollere mot."]);
    expect(chooseChart(own, loadChart(2025))?.year).toBe(2025);
  });
});
