// What the add-in owns keeps its identity through the user's edits: a deleted and re-made
// sheet, a renamed sheet, a copied sheet, and a second run. Each test does what a user does
// in Excel, then runs the add-in again and looks at what the user would see.
import { installLetterFormats } from "./letter-format-fake";
import { BACKENDS, CHANGES_FROM_SHEET, SETTINGS, actionsFor, allocationSheet, seededWorkbook } from "./workbooks";

// The letter sheet's borders, fonts and widths, which the shared fake does not model by itself.
installLetterFormats();

const OURS = "Endringer (Tildeling)";

describe.each(BACKENDS)("%s", (_backend, backend) => {
  describe("ranges the add-in wrote beside a table", () => {
    it("after the sheet is deleted and made again, a new run writes beside it instead of failing", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
      // The user deletes the sheet (Excel keeps the name as =#REF!$D$3:$F$7) and types it again.
      fake.state.removeSheet(fake.state.requireSheet("Tildeling"));
      const stale = [...fake.state.names.values()].find((n) => n.name.startsWith("tildeling.endring."));
      expect(stale?.sheet).toBeNull();
      allocationSheet(fake);

      const report = await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
      expect(report.address).toBe("Tildeling!D3:F7");
      expect(fake.values("Tildeling!D3:F4")).toEqual([["Tildeling før", "Endring", "Ny tildeling"], [57625, 1000, 58625]]);
      // One name for the output, pointing at the new sheet's cells.
      const names = [...fake.state.names.values()].filter((n) => n.name.startsWith("tildeling.endring."));
      expect(names.map((n) => [n.sheet?.name, n.rect])).toEqual([["Tildeling", { top: 3, left: 4, rows: 5, columns: 3 }]]);
    });

    it("a check of a copied sheet does not read the copied output as the user's columns, and a write there replaces it", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
      const original = await actions.check({ sheet: "Tildeling" }, SETTINGS);
      fake.state.copySheet("Tildeling", "Tildeling (2)");

      const copy = await actions.check({ sheet: "Tildeling (2)" }, SETTINGS);
      expect(copy.diagnostics.map((d) => [d.code, d.cell?.replace(/^'?Tildeling \(2\)'?!/, "")])).toEqual(
        original.diagnostics.map((d) => [d.code, d.cell?.replace(/^Tildeling!/, "")]),
      );
      const request = { ...CHANGES_FROM_SHEET, allocations: { sheet: "Tildeling (2)" } };
      const report = await actions.writeChanges(request, "beside", SETTINGS, "nb");
      expect(report.address).toBe("'Tildeling (2)'!D3:F7");
      expect(fake.values("'Tildeling (2)'!G1:J8").flat().every((v) => v === "")).toBe(true);
      expect(fake.state.requireSheet("Tildeling (2)").names.size).toBe(0);
    });
  });

  describe("the add-in's own sheet (Nytt ark)", () => {
    it("a sheet the user renamed is theirs: the next run makes a new sheet and leaves it as it is", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      fake.state.renameSheet(OURS, "Mine endringer");
      const kept = fake.values("'Mine endringer'!A1:E8");

      const report = await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      expect(report.address).toBe(`'${OURS}'!A3:E7`);
      expect(fake.values("'Mine endringer'!A1:E8")).toEqual(kept);
      expect(fake.state.sheets.map((s) => s.name)).toEqual(["Tildeling", "Endringer", "Oppdrag", "Mine endringer", OURS]);
    });

    it("a sheet the user makes under our old name after deleting ours is never cleared", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      fake.state.removeSheet(fake.state.requireSheet(OURS));
      fake.state.type(OURS, [["Notater fra møtet"]]);

      const report = await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      expect(report.address).toBe(`'${OURS} 2'!A3:E7`);
      expect(fake.value(`'${OURS}'!A1`)).toBe("Notater fra møtet");
    });

    it("a re-run clears only what it wrote: the user's cells beside the table stay", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      fake.state.type(OURS, [["Godkjent av KD"]], { at: "G2" });
      await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
      expect(fake.value(`'${OURS}'!G2`)).toBe("Godkjent av KD");
      expect(fake.value(`'${OURS}'!C4`)).toBe(57625);
    });

    it("with only rejected changes it writes a zero total, not a SUM over its own row", async () => {
      const fake = seededWorkbook({ backend });
      const typed = { kind: "typed" as const, rows: [{ code: "abc", change: "1 000" }] };
      const report = await actionsFor(fake).writeChanges({ allocations: { sheet: "Tildeling" }, changes: typed }, "new-sheet", SETTINGS, "nb");
      expect(report.rows).toBe(0);
      expect(fake.cell(`'${OURS}'!C4`)?.formula).toBeUndefined();
      expect(fake.values(`'${OURS}'!A4:E4`)).toEqual([["Sum", "", 0, 0, 0]]);
    });
  });

  describe("the letter table sheet (Brevtabell)", () => {
    it("a Brevtabell the user renamed is kept; the next run makes a new one", async () => {
      const fake = seededWorkbook({ backend });
      const actions = actionsFor(fake);
      const choice = { blocks: false, sentences: false };
      await actions.writeLetterTable(CHANGES_FROM_SHEET, choice, SETTINGS, "nb");
      fake.state.renameSheet("Brevtabell", "Brev til Bufdir");
      const kept = fake.values("'Brev til Bufdir'!A1:D4");

      const second = await actions.writeLetterTable(CHANGES_FROM_SHEET, choice, SETTINGS, "nb");
      expect(second.sheet).toBe("Brevtabell");
      expect(fake.values("'Brev til Bufdir'!A1:D4")).toEqual(kept);
      expect(fake.state.sheets.map((s) => s.name)).toContain("Brev til Bufdir");
    });
  });
});

describe("closer to Excel", () => {
  it("columns written beside an Excel table leave one empty column, so Excel does not pull them into the table", async () => {
    const fake = seededWorkbook();
    fake.state.addTable("Tildelinger", "Tildeling", "A3:C6");
    const request = { allocations: { sheet: "Tildeling", table: "Tildelinger" }, changes: CHANGES_FROM_SHEET.changes };
    const report = await actionsFor(fake).writeChanges(request, "beside", SETTINGS, "nb");
    expect(report.address).toBe("Tildeling!E3:G7");
    const { top, left, rows, columns } = fake.state.tables[0].rect;
    expect({ top, left, rows, columns }).toEqual({ top: 3, left: 1, rows: 4, columns: 3 });
  });

  it("a protected sheet refuses the write with Excel's own code for the pane to show, and no typed cell changes", async () => {
    const fake = seededWorkbook();
    fake.state.requireSheet("Tildeling").protected = true;
    const before = fake.typedCells();
    await expect(actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb")).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.typedCells()).toEqual(before);
  });

  it("Excel reserves the sheet name History", () => {
    expect(() => seededWorkbook().state.addSheet("History")).toThrow(/History/);
  });
});
