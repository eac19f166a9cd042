// "Kontroller mot arbeidsbokens egen kontoplan" as the pane now runs it: the sheet's rows stream
// through streamCheck with the workbook's chart sheet (src/excel/check-rows.ts), where the pane
// used to read the sheet whole and run checkWorkbook with it. Both must give the same report:
// every sheet of the corpus, the LibreOffice fixtures and the sample is checked against the chart
// sheet the pane would pick among the workbook's other sheets (the allocation sheets there list
// kap/post with names, so they serve as charts), and against none. Three cases worked out by hand
// check the findings themselves.
import { join } from "node:path";
import type { CellValue, Grid } from "../../../src/core/grid";
import { pickOwnChartSheet } from "../../../src/core/use-cases/own-chart-sheet";
import type { RunOptions } from "../../../src/core/use-cases/workbook";
import { readWorkbookFile } from "../../../src/xlsx/read-workbook";
import { CORPUS, FIXTURES, ROOT, SAMPLE, xlsxIn } from "../../cli/run-cli";
import { streamedCheck, wholeCheck } from "./both-paths";


const WORKBOOKS = [SAMPLE, ...xlsxIn(FIXTURES), ...xlsxIn(CORPUS)];

describe("a sheet checked against the workbook's own chart as its rows stream gives the whole-grid report", () => {
  // Across all workbooks: how often the comparison met an unknown code and a chart row it could not use.
  const seen = { notInOwnChart: 0, chartRows: 0, compared: 0 };

  it.each(WORKBOOKS.map((f) => [f.slice(ROOT.length + 1)]))("%s, each sheet against the chart the pane would pick, and against none", async (file) => {
    const book = await readWorkbookFile(join(ROOT, file));
    if (!book.ok) return;
    for (const { grid } of book.sheets) {
      const others = book.sheets.filter((s) => !s.hidden && s.grid.sheet !== grid.sheet).map((s) => ({ sample: s.grid, rows: s.grid.values.length }));
      const found = others[pickOwnChartSheet(others)]?.sample ?? null;
      const options: RunOptions = { sheet: grid.sheet, ownChart: true };
      for (const chart of found ? [found, null] : [null]) {
        const report = await streamedCheck(grid, options, chart);
        expect(report).toEqual(await wholeCheck(grid, options, chart));
        seen.compared++;
        seen.notInOwnChart += report.findings.filter((f) => f.includes(" KP-NOT-IN-OWN-CHART")).length;
        seen.chartRows += report.findings.filter((f) => / CHART-(ROW|DUPLICATE|EMPTY) /.test(f)).length;
      }
    }
  });

  it("compared many sheets, and the comparisons met unknown codes and chart rows that could not be used", () => {
    expect(seen.compared).toBeGreaterThan(100);
    expect(seen.notInOwnChart).toBeGreaterThan(0);
    expect(seen.chartRows).toBeGreaterThan(0);
  });
});

describe("findings against the workbook's own chart, worked out by hand", () => {
  const tildeling: Grid = {
    sheet: "Tildeling",
    top: 1,
    left: 1,
    values: [
      ["Tildelingsbrev 2025 – Bufdir"],
      ["(i 1 000 kr)"],
      ["Kap/post", "Betegnelse", "Tildeling"],
      ["351/70", "Tilskudd til likestilling", 57625],
      ["858/01", "Driftsutgifter", 300000],
      ["858/21", "Spesielle driftsutgifter", 1200],
      ["9999/01", "Feil kapittel", 100],
    ] as CellValue[][],
  };
  const kontoplan: Grid = {
    sheet: "Kontoplan",
    top: 1,
    left: 1,
    values: [
      ["Kap", "Post", "Kapittelnavn", "Postnavn"],
      [351, 70, "Likestilling", "Tilskudd til likestilling"],
      [858, 1, "Bufdir", "Driftsutgifter"],
      [858, 1, "Bufdir", "Driftsutgifter (igjen)"],
    ],
  };
  const options: RunOptions = { sheet: "Tildeling", ownChart: true };
  const notInfo = (findings: string[]) => findings.filter((f) => !f.startsWith("info")).map((f) => f.split(" ").slice(0, 3).join(" "));

  it("warns at A6 for 858/21, which the chart sheet lacks, and at Kontoplan!A4 for 858/01 listed twice", async () => {
    const report = await streamedCheck(tildeling, options, kontoplan);
    // The chart's own note, then the sheet's (in any order: the pane sorts them): 858/21 is well
    // formed (a warning, suggesting the chapter's one post 858/01); 9999 is no chapter at all (an error).
    expect(notInfo(report.findings)[0]).toBe("warning CHART-DUPLICATE Kontoplan!A4");
    expect(notInfo(report.findings).sort()).toEqual(["error KP-CHAPTER-RANGE Tildeling!A7", "warning CHART-DUPLICATE Kontoplan!A4", "warning KP-NOT-IN-OWN-CHART Tildeling!A6"]);
    const unknown = report.findings.find((f) => f.includes("KP-NOT-IN-OWN-CHART"));
    expect(unknown).toContain('"code":"858/21"');
    expect(unknown).toContain('"suggestions":"858/01"');
    expect(unknown).toContain('"source":"Kontoplan"');
    // Four lines (rows 4-7): one with an error, one with only a warning.
    expect(report.counts).toEqual([4, 1, 1]);
    // The budget year is still the title's; no Gul bok year was used.
    expect(report.facts).toMatchObject({ budgetYear: 2025, yearSource: "title", chartYear: null, chartSheet: "Kontoplan", sheets: ["Tildeling"], unit: "1000 kr" });
    expect(report.findings.some((f) => f.includes("CLI-CHART-USED"))).toBe(false);
    expect(report).toEqual(await wholeCheck(tildeling, options, kontoplan));
  });

  it("warns once that the workbook has no chart sheet (no code can be reported missing); only the code that cannot exist is an error then", async () => {
    const report = await streamedCheck(tildeling, options, null);
    expect(report.findings.filter((f) => f.includes("XL-NO-OWN-CHART")).map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["warning XL-NO-OWN-CHART"]);
    // No chart to look 858/21 up in; chapter 9999 is out of range whatever the chart.
    expect(notInfo(report.findings)).toEqual(["warning XL-NO-OWN-CHART ", "error KP-CHAPTER-RANGE Tildeling!A7"]);
    expect(report.counts).toEqual([4, 1, 0]);
    expect(report.facts).toMatchObject({ budgetYear: 2025, chartYear: null });
    expect(report.facts).not.toHaveProperty("chartSheet");
    expect(report).toEqual(await wholeCheck(tildeling, options, null));
  });

  it("checks against the year's Gul bok as before when the own chart is not asked for, whatever chart is handed over", async () => {
    const report = await streamedCheck(tildeling, { sheet: "Tildeling" }, kontoplan);
    // Gul bok 2025 has 858/21: only the bad chapter, and which Gul bok was used.
    expect(notInfo(report.findings)).toEqual(["error KP-CHAPTER-RANGE Tildeling!A7"]);
    expect(report.facts).toMatchObject({ budgetYear: 2025, chartYear: 2025 });
  });
});
