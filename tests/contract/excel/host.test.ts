// What the user meets at the edges: Excel busy with a cell edit, an Excel too old for the add-in,
// the list of sources, and clicking a result to select its cell.
import { createExcelActions } from "../../../src/excel/actions";
import { hostFromGlobals } from "../../../src/excel/host";
import { REQUIRED_SETS, excelFeatures, missingSets } from "../../../src/excel/requirements";
import { classifyHostError } from "../../../src/taskpane/host-errors";
import { createFakeExcel } from "../../support/fake-excel";
import { CHANGES_FROM_SHEET, SETTINGS, actionsFor, seededWorkbook } from "./workbooks";

describe("while the user is editing a cell, in an Excel without delayForCellEdit (before ExcelApi 1.11)", () => {
  it("every action is refused with Excel's code, which the pane shows as retryable, and nothing is written", async () => {
    const fake = seededWorkbook({ excelApi: "1.10" });
    const before = fake.snapshot();
    const actions = actionsFor(fake);
    fake.setCellEditMode(true);
    const attempts = [
      actions.listSources(),
      actions.check({ sheet: "Tildeling" }, SETTINGS),
      actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb"),
      actions.writeDeadlineStatus({ sheet: "Oppdrag" }, SETTINGS, "nb"),
      actions.clearHighlight(),
      actions.selectCell("Tildeling!B7"),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(classifyHostError(error).kind).toBe("cell-edit");
    }
    expect(fake.snapshot()).toEqual(before);
  });

  it("a retry after the edit ends gives the same workbook as an undisturbed run", async () => {
    const undisturbed = seededWorkbook({ excelApi: "1.10" });
    await actionsFor(undisturbed).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");

    const fake = seededWorkbook({ excelApi: "1.10" });
    const actions = actionsFor(fake);
    fake.setCellEditMode(true);
    await expect(actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    fake.setCellEditMode(false);
    await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(fake.snapshot()).toEqual(undisturbed.snapshot());
  });
});

describe("while the user is editing a cell, in an Excel with delayForCellEdit", () => {
  it("the action waits until the user leaves the cell, then completes as an undisturbed run", async () => {
    const undisturbed = seededWorkbook();
    await actionsFor(undisturbed).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    const fake = seededWorkbook();
    fake.setCellEditMode(true);
    let done = false;
    const write = actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb").then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    fake.setCellEditMode(false);
    await write;
    expect(fake.snapshot()).toEqual(undisturbed.snapshot());
    expect(fake.state.runs.every((r) => r.delayForCellEdit)).toBe(true);
  });
});

describe("undo", () => {
  it("where Excel merges an action's syncs (ExcelApi 1.20), the write is one undo step and says so", async () => {
    const fake = seededWorkbook({ excelApi: "1.20" });
    const report = await actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(report.undoable).toBe(true);
    expect(fake.state.runs.map((r) => r.mergeUndoGroup)).toEqual([true]);
  });

  it("where Excel refuses with UndoNotSupported, it writes without, and says it cannot be undone", async () => {
    const fake = seededWorkbook({ excelApi: "1.20" });
    fake.state.undoUnsupported = true;
    const report = await actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(report).toEqual({ address: "Tildeling!D3:F7", rows: 3, undoable: false });
    expect(fake.values("Tildeling!D3:F3")).toEqual([["Tildeling før", "Endring", "Ny tildeling"]]);
  });

  it("an older Excel cannot undo the write as one step, and the report says so", async () => {
    const report = await actionsFor(seededWorkbook({ excelApi: "1.18" })).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(report.undoable).toBe(false);
  });
});

describe("requirement sets", () => {
  it("names what an old Excel lacks and refuses to run rather than fail half-way", async () => {
    const fake = seededWorkbook({ excelApi: "1.6" });
    expect(missingSets(fake.Excel.requirements)).toEqual([{ name: "ExcelApi", version: "1.7" }]);
    await expect(actionsFor(fake).check({ sheet: "Tildeling" }, SETTINGS)).rejects.toMatchObject({ code: "XL-TOO-OLD", params: { sets: "ExcelApi 1.7" } });
    expect(fake.state.syncCount).toBe(0);
  });

  it("turns on notes and exact fill restore only where Excel has them", () => {
    expect(excelFeatures(createFakeExcel({ excelApi: "1.18" }).Excel.requirements)).toEqual({ tintAndShade: true, notes: true, rangeAreas: true, columnProperties: true, mergeUndo: false, delayForCellEdit: true });
    expect(excelFeatures(createFakeExcel({ excelApi: "1.8" }).Excel.requirements)).toEqual({ tintAndShade: false, notes: false, rangeAreas: false, columnProperties: false, mergeUndo: false, delayForCellEdit: false });
    expect(missingSets(null)).toEqual([...REQUIRED_SETS]);
  });

  it("outside Excel the host says so instead of crashing", async () => {
    const actions = createExcelActions(hostFromGlobals({ Office: { context: { requirements: { isSetSupported: () => true } } } }));
    await expect(actions.listSources()).rejects.toMatchObject({ code: "XL-NOT-IN-EXCEL" });
  });

  it("takes an injected window.Excel (the browser test's fake) with its requirements", async () => {
    const fake = seededWorkbook();
    const actions = createExcelActions(hostFromGlobals({ Excel: fake.Excel }));
    expect((await actions.listSources()).map((s) => s.sheet)).toEqual(["Tildeling", "Endringer", "Oppdrag"]);
  });
});

describe("sources and selecting cells", () => {
  it("lists sheets and tables with what each looks like, in two round trips", async () => {
    const fake = seededWorkbook();
    fake.state.addTable("Oppdragsliste", "Oppdrag", "A2:E9");
    fake.state.addSheet("Tomt ark");
    const sources = await actionsFor(fake).listSources();
    expect(fake.state.syncCount).toBe(2);
    expect(sources).toEqual([
      { sheet: "Oppdrag", table: "Oppdragsliste", kinds: ["assignments"], address: "Oppdrag!A2:E9" },
      { sheet: "Tildeling", kinds: ["allocations"], address: "Tildeling!A1:C7" },
      { sheet: "Endringer", kinds: ["changes", "allocations"], address: "Endringer!A1:D4" },
      { sheet: "Oppdrag", kinds: ["assignments"], address: "Oppdrag!A1:E9" },
    ]);
  });

  it("does not offer the add-in's own sheet, nor read its own columns as the user's", async () => {
    const fake = seededWorkbook();
    const actions = actionsFor(fake);
    await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    const sources = await actions.listSources();
    expect(sources.map((s) => s.sheet)).toEqual(["Tildeling", "Endringer", "Oppdrag"]);
    expect(sources[0].kinds).toEqual(["allocations"]);
  });

  it("selects the cell of a result, on its sheet", async () => {
    const fake = seededWorkbook();
    await actionsFor(fake).selectCell("Oppdrag!C5");
    expect(fake.state.activeSheet?.name).toBe("Oppdrag");
    expect(fake.state.selection?.rect).toEqual({ top: 5, left: 3, rows: 1, columns: 1 });
    expect(fake.state.syncCount).toBe(1);
  });
});
