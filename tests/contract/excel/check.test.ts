// Kontroll: every kap/post code and amount of the chosen source, checked against the chart.
import { CHANGES_FROM_SHEET, SETTINGS, actionsFor, allocationSheet, seededWorkbook } from "./workbooks";
import { createFakeExcel } from "../../support/fake-excel";

describe("check", () => {
  it("reports each bad code and amount at its cell, and counts what it read", async () => {
    const fake = createFakeExcel();
    allocationSheet(fake);
    fake.state.type("Tildeling", [["9999/01", "Feil kapittel", 100], ["858/21", "Spesielle driftsutgifter", "12 5OO"], ["858/99", "Ukjent post", 5], ["Sum", null, "=SUM(C4:C9)"]], { at: "A7" });
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, SETTINGS);
    const at = (cell: string) => report.diagnostics.filter((d) => d.cell === cell).map((d) => `${d.severity} ${d.code}`);
    expect(at("Tildeling!A7")).toEqual(["error KP-CHAPTER-RANGE"]);
    expect(at("Tildeling!C8")).toEqual(["error AMT-SEPARATORS"]);
    // Well-formed but absent from Gul bok 2025: a warning, not an error.
    expect(at("Tildeling!A9")[0]).toMatch(/^warning KP-NOT-IN-CHART/);
    // Six lines (the three well-formed ones, the two typed wrong, the one missing from Gul bok),
    // not the Sum row: two with errors, one with only a warning.
    expect([report.lines, report.linesWithErrors, report.linesWithWarnings]).toEqual([6, 2, 1]);
    expect(fake.state.syncCount).toBeLessThanOrEqual(3);
  });

  it("checks against the workbook's own chart sheet when asked to", async () => {
    const fake = createFakeExcel();
    allocationSheet(fake);
    fake.state.type("Kontoplan", [["Kap", "Post", "Kapittelnavn", "Postnavn"], [351, 70, "Likestilling", "Tilskudd til likestilling"], [858, 1, "Bufdir", "Driftsutgifter"]]);
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, { ...SETTINGS, chartYear: "workbook" });
    const warned = report.diagnostics.filter((d) => d.code.startsWith("KP-NOT-IN-OWN-CHART")).map((d) => d.cell);
    expect(warned).toEqual(["Tildeling!A6"]);
    // The shape, then the rows with the other sheets' first rows, where the three-row chart is whole.
    expect(fake.state.syncCount).toBe(2);
  });

  it("reads Gul bok data as budget data, as the command line does: a negative Driftsresultat is a fact", async () => {
    const gulBok = [
      ["fdep_nr", "kap_nr", "post_nr", "upost_nr", "kap_navn", "post_navn", "GB"],
      [13, 2445, 24, null, " Statsbygg", " Driftsresultat", -364642000],
      [8, 858, 1, null, " Barne-, ungdoms- og familiedirektoratet", " Driftsutgifter", 402310000],
    ];
    const budget = createFakeExcel();
    budget.state.type("Data", gulBok);
    const asData = await actionsFor(budget).check({ sheet: "Data" }, SETTINGS);
    expect(asData.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(asData.lines).toBe(2);

    // The same negative amount in an allocation letter's table is an error at its cell.
    const letter = createFakeExcel();
    letter.state.type("Tildeling", [["Kap/post", "Tildeling (kr)"], ["2445/24", -364642000]]);
    const asLetter = await actionsFor(letter).check({ sheet: "Tildeling" }, SETTINGS);
    expect(asLetter.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual(["Tildeling!B2"]);
  });

  it("says when the workbook has no chart sheet, rather than passing every code silently", async () => {
    const fake = createFakeExcel();
    allocationSheet(fake);
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, { ...SETTINGS, chartYear: "workbook" });
    expect(report.diagnostics.map((d) => d.code)).toContain("XL-NO-OWN-CHART");
  });

  it("reading actions change nothing in the workbook", async () => {
    const fake = seededWorkbook();
    const before = fake.snapshot();
    const actions = actionsFor(fake);
    await actions.listSources();
    await actions.check({ sheet: "Tildeling" }, SETTINGS);
    await actions.previewChanges(CHANGES_FROM_SHEET, SETTINGS);
    await actions.flagDeadlines({ sheet: "Oppdrag" }, SETTINGS);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("check: the budget year and the facts", () => {
  // 118/50 (Norges forskningsråd – utenriksområdet) is in Gul bok 2024 and gone from Gul bok 2026,
  // the newest the add-in has (data/statsbudsjett): checked against 2026 it would be "not in the chart".
  const sheet2024 = [["Tildelingsbrev 2024 – Utenriksdepartementet"], ["(i 1 000 kr)"], ["Kap/post", "Betegnelse", "Tildeling"], ["118/50", "Norges forskningsråd", 51798]];
  const auto = { ...SETTINGS, chartYear: "auto" as const };
  const fixedNow = () => new Date("2026-11-23T08:00:00Z");

  it("checks a 2024 sheet against Gul bok 2024 and says it took the year from the sheet's title", async () => {
    const fake = createFakeExcel();
    fake.state.type("Tildeling", sheet2024);
    const report = await actionsFor(fake, fixedNow).check({ sheet: "Tildeling" }, auto);
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(report.facts).toEqual({
      budgetYear: 2024,
      yearSource: "title",
      chartYear: 2024,
      sheets: ["Tildeling"],
      amountColumn: { header: "Tildeling", cell: "Tildeling!C3", source: "only-one", alternatives: [] },
      unit: "1000 kr",
      unitSource: "caption",
    });
  });

  it("a year chosen from the result wins over the title, and says it was chosen", async () => {
    const fake = createFakeExcel();
    fake.state.type("Tildeling", sheet2024);
    const report = await actionsFor(fake, fixedNow).check({ sheet: "Tildeling" }, auto, { year: 2026 });
    expect(report.facts.budgetYear).toBe(2026);
    expect(report.facts.yearSource).toBe("option");
    expect(report.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.code} ${d.cell}`)).toEqual(["KP-NOT-IN-CHART Tildeling!A4"]);
  });

  it("a sheet that names no year is checked against this year's Gul bok with a warning saying so", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["Kap/post", "Tildeling (kr)"], ["858/01", 1000]]);
    const report = await actionsFor(fake, fixedNow).check({ sheet: "Ark1" }, auto);
    expect([report.facts.budgetYear, report.facts.yearSource, report.facts.chartYear]).toEqual([2026, "today", 2026]);
    expect(report.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code)).toEqual(["USE-YEAR-ASSUMED"]);
  });
});
