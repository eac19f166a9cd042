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
    expect(fake.state.syncCount).toBeLessThanOrEqual(3);
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
