// Kontroll's "Marker i arket" and "Fjern markering": the marks the user sees, and that removing
// them gives back exactly what was there and nothing else. The colour is a conditional format
// (displayedFill: what the user sees); the cells' own fills are never changed.
import { createFakeExcel } from "../../support/fake-excel";
import { SETTINGS, actionsFor, allocationSheet } from "./workbooks";

function workbookWithProblems(excelApi?: string) {
  const fake = createFakeExcel({ excelApi });
  allocationSheet(fake);
  // A bad amount, an impossible chapter, and the user's own colour and note on the sheet.
  fake.state.type("Tildeling", [["9999/01", "Feil kapittel", 100], ["858/21", "Spesielle driftsutgifter", "12 5OO"], ["Sum", null, "=SUM(C4:C8)"]], { at: "A7" });
  const sheet = fake.state.requireSheet("Tildeling");
  fake.state.cellAt(sheet, 7, 1)!.fill = "#00B0F0";
  sheet.notes.set((8 - 1) * 16384 + (3 - 1), "Sjekk med Bufdir");
  return fake;
}

describe("Marker i arket", () => {
  it("colours each problem cell by severity and adds the message as a note", async () => {
    const fake = workbookWithProblems();
    const actions = actionsFor(fake);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    const marked = await actions.highlight(report.diagnostics, "nb");

    const problemCells = new Set(report.diagnostics.filter((d) => d.severity !== "info").map((d) => d.cell));
    expect(marked).toBe(problemCells.size);
    expect(fake.displayedFill("Tildeling!A7")).toBe("#FFC7CE");
    expect(fake.cell("Tildeling!A7")?.fill).toBe("#00B0F0");
    expect(fake.note("Tildeling!A7")).toMatch(/^Tildeling: .*9999/);
    expect(fake.displayedFill("Tildeling!C8")).toBe("#FFC7CE");
    // The user's own note stays as it was; the add-in adds none on top of it.
    expect(fake.note("Tildeling!C8")).toBe("Sjekk med Bufdir");
    // The total that does not match is a warning: yellow.
    expect(fake.displayedFill("Tildeling!C9")).toBe("#FFEB9C");
    expect(fake.displayedFill("Tildeling!A4")).toBeNull();
  });

  it("adds no note where the user has a threaded comment (a cell holds one or the other)", async () => {
    const fake = workbookWithProblems();
    fake.state.requireSheet("Tildeling").comments.set((7 - 1) * 16384, "@Kari: er dette riktig kapittel?");
    const original = fake.snapshot();
    const actions = actionsFor(fake);
    await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    expect(fake.displayedFill("Tildeling!A7")).toBe("#FFC7CE");
    expect(fake.note("Tildeling!A7")).toBeUndefined();
    await actions.clearHighlight();
    expect(fake.snapshot()).toEqual(original);
  });

  it("running it twice leaves the workbook as running it once", async () => {
    const once = workbookWithProblems();
    const a1 = actionsFor(once);
    await a1.highlight((await a1.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    const twice = workbookWithProblems();
    const a2 = actionsFor(twice);
    const report = await a2.check({ sheet: "Tildeling" }, SETTINGS);
    await a2.highlight(report.diagnostics, "nb");
    await a2.highlight(report.diagnostics, "nb");
    expect(twice.snapshot()).toEqual(once.snapshot());
  });
});

describe("Fjern markering", () => {
  it("restores the workbook exactly as it was before marking", async () => {
    const fake = workbookWithProblems();
    const original = fake.snapshot();
    const actions = actionsFor(fake);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    const marked = await actions.highlight(report.diagnostics, "nb");
    expect(fake.snapshot()).not.toEqual(original);

    expect(await actions.clearHighlight()).toBe(marked);
    expect(fake.snapshot()).toEqual(original);
    expect(fake.cell("Tildeling!A7")?.fill).toBe("#00B0F0");
  });

  it("leaves alone a cell the user coloured after marking, and a note the user edited", async () => {
    const fake = workbookWithProblems();
    const actions = actionsFor(fake);
    await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    const sheet = fake.state.requireSheet("Tildeling");
    fake.state.cellAt(sheet, 7, 1)!.fill = "#92D050";
    sheet.notes.set((7 - 1) * 16384, "Min egen merknad");

    await actions.clearHighlight();
    expect(fake.displayedFill("Tildeling!A7")).toBe("#92D050");
    expect(fake.note("Tildeling!A7")).toBe("Min egen merknad");
    expect(await actions.clearHighlight()).toBe(0);
  });

  it("restores a white fill as white and No fill as No fill", async () => {
    const fake = workbookWithProblems();
    const sheet = fake.state.requireSheet("Tildeling");
    fake.state.cellAt(sheet, 8, 3)!.fill = "#FFFFFF";
    const actions = actionsFor(fake);
    await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    await actions.clearHighlight();
    expect(fake.cell("Tildeling!C8")?.fill).toBe("#FFFFFF");
    expect(fake.cell("Tildeling!C9")?.fill).toBeNull();
  });

  it("without notes (Excel older than ExcelApi 1.18) it only colours, and still undoes exactly", async () => {
    const fake = workbookWithProblems("1.9");
    const original = fake.snapshot();
    const actions = actionsFor(fake);
    const marked = await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    expect(marked).toBeGreaterThan(0);
    expect(fake.displayedFill("Tildeling!A7")).toBe("#FFC7CE");
    expect(fake.note("Tildeling!A7")).toBeUndefined();
    await actions.clearHighlight();
    expect(fake.snapshot()).toEqual(original);
  });
});
