// Endringer against the in-memory workbook: the columns the controller sees, their formulas,
// where they go, and that a re-run replaces them and never touches what the user typed.
import seed from "../../fixtures/seed/seed-letter.json";
import { CHANGES_FROM_SHEET, SETTINGS, actionsFor, seededWorkbook } from "./workbooks";

describe("Skriv til arket beside the allocation table", () => {
  it("writes Tildeling før, Endring and a Ny tildeling formula on the rows of the lines, with totals", async () => {
    const fake = seededWorkbook();
    const report = await actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");

    // Excel before ExcelApi 1.20 cannot undo the write as one step; the pane says so.
    expect(report).toEqual({ address: "Tildeling!D3:F7", rows: 3, undoable: false });
    const expected = seed.expectedChangeTable[0];
    expect(fake.values("Tildeling!D3:F4")).toEqual([
      ["Tildeling før", "Endring", "Ny tildeling"],
      [Number(expected.before), Number(expected.change), Number(expected.after)],
    ]);
    // The transfer T1 moves 1 000 from 671/62 to 858/01.
    expect(fake.values("Tildeling!D5:F6")).toEqual([[300000, 1000, 301000], [20000, -1000, 19000]]);
    expect(fake.cell("Tildeling!F4")?.formula).toBe("=D4+E4");
    expect(fake.cell("Tildeling!D7")?.formula).toBe("=SUM(D4:D6)");
    expect(fake.values("Tildeling!D7:F7")).toEqual([[377625, 1000, 378625]]);
    expect(fake.cell("Tildeling!E5")?.numberFormat).toBe("#,##0");
    expect(fake.cell("Tildeling!D3")?.bold).toBe(true);
  });

  it("replaces its columns on a re-run instead of adding more", async () => {
    const once = seededWorkbook();
    await actionsFor(once).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    const twice = seededWorkbook();
    await actionsFor(twice).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    await actionsFor(twice).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(twice.snapshot()).toEqual(once.snapshot());
  });

  it("replaces the earlier result when the changes change, leaving no stale cells", async () => {
    const fake = seededWorkbook();
    const actions = actionsFor(fake);
    await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    const typed = { kind: "typed" as const, rows: [{ code: "351/70", change: "2 000" }] };
    const report = await actions.writeChanges({ allocations: { sheet: "Tildeling" }, changes: typed }, "beside", SETTINGS, "nb");
    expect(report.address).toBe("Tildeling!D3:F7");
    expect(fake.values("Tildeling!D4:F6")).toEqual([[57625, 2000, 59625], [300000, 0, 300000], [20000, 0, 20000]]);
    expect(fake.values("Tildeling!G1:G10").flat().every((v) => v === "")).toBe(true);
  });

  it("never writes over cells the user typed beside the table: it moves right of them", async () => {
    const fake = seededWorkbook();
    fake.state.type("Tildeling", [["Merknad"], ["Kontrollert"]], { at: "E3" });
    const before = fake.typedCells();
    const report = await actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    expect(report.address).toBe("Tildeling!F3:H7");
    expect(fake.typedCells()).toEqual(before);
    expect(fake.value("Tildeling!H4")).toBe(58625);
  });

  it("writes beside an Excel table, and moves right when the next columns hold the user's text", async () => {
    const fake = seededWorkbook();
    fake.state.addTable("Tildelinger", "Tildeling", "A3:C6");
    const request = { allocations: { sheet: "Tildeling", table: "Tildelinger" }, changes: CHANGES_FROM_SHEET.changes };
    const first = await actionsFor(fake).writeChanges(request, "beside", SETTINGS, "nb");
    // One empty column between: Excel would pull a column right next to the table into it.
    expect(first.address).toBe("Tildeling!E3:G7");

    const blocked = seededWorkbook();
    blocked.state.addTable("Tildelinger", "Tildeling", "A3:C6");
    blocked.state.type("Tildeling", [["Egen kommentar"]], { at: "E5" });
    const before = blocked.typedCells();
    const moved = await actionsFor(blocked).writeChanges(request, "beside", SETTINGS, "nb");
    expect(moved.address).toBe("Tildeling!F3:H7");
    expect(blocked.typedCells()).toEqual(before);
  });

  it("a typed cell is never changed by any write, for either placement", async () => {
    const fake = seededWorkbook();
    const before = fake.typedCells();
    const actions = actionsFor(fake);
    await actions.writeChanges(CHANGES_FROM_SHEET, "beside", SETTINGS, "nb");
    await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    await actions.writeDeadlineStatus({ sheet: "Oppdrag" }, SETTINGS, "nb");
    expect(fake.typedCells()).toEqual(before);
  });
});

describe("Skriv til arket on a new sheet", () => {
  it("writes the change table with the letter's columns, codes as text, formulas and a total", async () => {
    const fake = seededWorkbook();
    const report = await actionsFor(fake).writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    expect(report).toEqual({ address: "'Endringer (Tildeling)'!A3:E7", rows: 3, undoable: false });
    const sheet = "'Endringer (Tildeling)'";
    expect(fake.value(`${sheet}!A1`)).toBe("Endringer i tildelingen – Beløp i 1 000 kr");
    expect(fake.values(`${sheet}!A3:E3`)).toEqual([["Kap/post", "Navn", "Tildeling før", "Endring", "Ny tildeling"]]);
    const rows = fake.values(`${sheet}!A4:E6`);
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toContainEqual(["351/70", 57625, 1000, 58625]);
    expect(fake.cell(`${sheet}!A4`)?.numberFormat).toBe("@");
    expect(fake.cell(`${sheet}!E4`)?.formula).toBe("=C4+D4");
    expect(fake.values(`${sheet}!A7:E7`)).toEqual([["Sum", "", 377625, 1000, 378625]]);
    expect(fake.state.activeSheet?.name).toBe("Endringer (Tildeling)");
  });

  it("running it twice leaves the workbook as running it once", async () => {
    const once = seededWorkbook();
    await actionsFor(once).writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    const twice = seededWorkbook();
    await actionsFor(twice).writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    await actionsFor(twice).writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    expect(twice.snapshot()).toEqual(once.snapshot());
  });

  it("rewrites its own sheet on a re-run, and leaves a user's sheet of the same name alone", async () => {
    const fake = seededWorkbook();
    fake.state.type("Endringer (Tildeling)", [["Brukerens eget ark"]]);
    const actions = actionsFor(fake);
    const first = await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    const second = await actions.writeChanges(CHANGES_FROM_SHEET, "new-sheet", SETTINGS, "nb");
    expect(first.address).toBe("'Endringer (Tildeling) 2'!A3:E7");
    expect(second.address).toBe(first.address);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Tildeling", "Endringer", "Oppdrag", "Endringer (Tildeling)", "Endringer (Tildeling) 2"]);
    expect(fake.value("'Endringer (Tildeling)'!A1")).toBe("Brukerens eget ark");
  });
});

describe("previewChanges", () => {
  it("previews rows typed in the pane, with the diagnostics of rows it cannot read", async () => {
    const fake = seededWorkbook();
    const preview = await actionsFor(fake).previewChanges(
      { allocations: { sheet: "Tildeling" }, changes: { kind: "typed", rows: [{ code: "351/70", change: "1 000" }, { code: "35170x", change: "5" }] } },
      SETTINGS,
    );
    expect(preview.unit).toBe("1000 kr");
    expect(preview.rows.map((r) => [r.code, r.before?.toString(), r.change.toString(), r.after?.toString()])).toEqual([["351/70", "57625", "1000", "58625"]]);
    expect(preview.diagnostics.some((d) => d.severity === "error" && d.text === "35170x")).toBe(true);
  });

  it("shows a change to a kap/post with no allocation line as a new line, with its warning", async () => {
    const fake = seededWorkbook();
    fake.state.type("Bare351", [["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["351/70", 57625]]);
    const preview = await actionsFor(fake).previewChanges({ allocations: { sheet: "Bare351" }, changes: CHANGES_FROM_SHEET.changes }, SETTINGS);
    expect(preview.rows.map((r) => [r.code, r.after?.toString()])).toEqual([["351/70", "58625"]]);
    // The Sum is over the allocation lines only; the other changes are listed apart, each with its messages.
    expect(preview.totals.after?.toString()).toBe("58625");
    const others = new Map(preview.otherRows.map((r) => [r.code, r]));
    expect(others.get("858/01")?.status).toBe("new");
    expect(others.get("858/01")?.before).toBeNull();
    expect(others.get("858/01")?.diagnostics.map((d) => d.code)).toEqual(["CHG-NEW-LINE"]);
    expect(others.get("671/62")?.status).toBe("rejected");
    expect(others.get("671/62")?.diagnostics.map((d) => d.severity)).toContain("error");
    // The seed's expectation: 671/62 is an error (it would go negative), 858/01 a warning (a new line),
    // each pointing at its cell on the change sheet so the pane can select it.
    for (const e of seed.expectedDiagnosticsWhenOnly351IsAllocated) {
      const found = preview.diagnostics.find((d) => d.params.code === e.code);
      expect(found?.severity).toBe(e.severity);
      expect(found?.cell).toMatch(/^Endringer!B\d+$/);
    }
  });
});
