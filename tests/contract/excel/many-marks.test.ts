// 5 000 marks (the most "Marker i arket" makes) on a sheet of bad codes, through Microsoft's
// office.js request builder: every request Excel on the web would receive stays under its 5 MB
// limit, every cell is marked with its note, and "Fjern markering" gives the sheet back as it was.
import { createRealExcel } from "../../support/office-runtime";
import { FIVE_MB } from "../../support/fake-excel";
import { SETTINGS as PANE_SETTINGS, actionsFor } from "./workbooks";

// The sheets state no unit: chosen in Innstillinger, so the only findings are the bad codes.
const SETTINGS = { ...PANE_SETTINGS, unit: "1000 kr" as const };

function sheetOfBadCodes(rows: number, excelApi?: string) {
  const real = createRealExcel({ excelApi });
  // A chapter above 5999 is an error on every row: one mark per row, in column A.
  const lines = Array.from({ length: rows }, (_, i) => [`${9000 + (i % 999)}/01`, `Linje ${i + 1}`, 1000 + i]);
  real.state.type("Tildeling", [["Kap/post", "Betegnelse", "Tildeling"], ...lines]);
  return real;
}

describe("5 000 marks through the office.js request builder", () => {
  it("stays under Excel on the web's request limit, marks every cell, and is removed exactly", async () => {
    const real = sheetOfBadCodes(5000);
    const original = real.snapshot();
    const actions = actionsFor(real);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    real.requests.length = 0;
    const marked = await actions.highlight(report.diagnostics, "nb");
    expect(marked).toBe(5000);
    expect(real.requests.every((r) => r.error === undefined && r.requestBytes < FIVE_MB && r.responseBytes < FIVE_MB)).toBe(true);
    expect(real.displayedFill("Tildeling!A2")).toBe("#FFC7CE");
    expect(real.displayedFill("Tildeling!A5001")).toBe("#FFC7CE");
    expect(real.displayedFill("Tildeling!B2")).toBeNull();
    expect(real.state.requireSheet("Tildeling").notes.size).toBe(5000);
    // One conditional format covers the 5 000 cells (one column run).
    expect(real.state.requireSheet("Tildeling").conditionalFormats).toHaveLength(1);

    await actions.clearHighlight();
    expect(real.snapshot()).toEqual(original);
    // A 5 000-row workbook through the whole runtime: room on a busy machine.
  }, 180_000);

  it("without RangeAreas (ExcelApi 1.8), scattered marks take one format per run and still fit", async () => {
    const real = createRealExcel({ excelApi: "1.8" });
    // Every other row bad: 2 500 runs of one cell.
    const lines = Array.from({ length: 5000 }, (_, i) => [i % 2 === 0 ? "9999/01" : "858/01", `Linje ${i + 1}`, 1000]);
    real.state.type("Tildeling", [["Kap/post", "Betegnelse", "Tildeling"], ...lines]);
    const actions = actionsFor(real);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    real.requests.length = 0;
    await actions.highlight(report.diagnostics, "nb");
    expect(real.state.requireSheet("Tildeling").conditionalFormats).toHaveLength(2500);
    expect(real.requests.every((r) => r.error === undefined && r.requestBytes < FIVE_MB)).toBe(true);
    expect(real.displayedFill("Tildeling!A4")).toBe("#FFC7CE");
    expect(real.displayedFill("Tildeling!A3")).toBeNull();
  }, 180_000);

  it("when Excel refuses a request as too large, it splits it and tries again, and every mark is made once", async () => {
    const real = sheetOfBadCodes(600);
    const actions = actionsFor(real);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    // An Excel whose limit is far lower than the add-in plans for.
    real.state.requestLimit = 150_000;
    real.requests.length = 0;
    expect(await actions.highlight(report.diagnostics, "nb")).toBe(600);
    expect(real.requests.some((r) => r.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(real.state.requireSheet("Tildeling").notes.size).toBe(600);
    expect(real.state.requireSheet("Tildeling").conditionalFormats).toHaveLength(1);
    expect(real.displayedFill("Tildeling!A601")).toBe("#FFC7CE");
    real.state.requestLimit = FIVE_MB;
    await actions.clearHighlight();
    expect(real.state.requireSheet("Tildeling").notes.size).toBe(0);
    expect(real.state.requireSheet("Tildeling").conditionalFormats).toHaveLength(0);
  }, 180_000);
});
