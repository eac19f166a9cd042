// Oppdrag: flags in the pane, and the status columns in the sheet that Excel keeps right by itself.
import seed from "../../fixtures/seed/seed-letter.json";
import { createFakeExcel } from "../../support/fake-excel";
import { SETTINGS, actionsFor, seededWorkbook } from "./workbooks";

const SOURCE = { sheet: "Oppdrag" };

describe("flagDeadlines", () => {
  it("flags the seed letter's assignments as the seed says, most urgent first", async () => {
    const fake = seededWorkbook();
    const report = await actionsFor(fake).flagDeadlines(SOURCE, SETTINGS);
    expect(fake.state.syncCount).toBeLessThanOrEqual(3);
    const flags = new Map(report.items.map((i) => [i.label, i.flag]));
    const expected = seed.expectedFlags["2026-11-23"] as Record<string, string>;
    for (const [id, what] of Object.entries(expected)) {
      const flag = flags.get(id);
      if (what === "overdue") expect(flag).toBe("overdue");
      else if (what === "closed") expect(flag).toBe("done");
      else expect(flag).toBe("no-deadline");
    }
    expect(report.items[0].flag).toBe("overdue");
    expect(flags.get("TB2026-17")).toBe("due-soon");
  });
});

describe("writeDeadlineStatus", () => {
  it("shows a deadline read from a period as 'ca.' in the date column, and keeps it a real date", async () => {
    const fake = createFakeExcel();
    fake.state.type("Oppdrag", [
      ["Tildelingsbrev 2026"],
      ["Nr", "Tittel", "Frist", "Status"],
      ["2026:1", "Rapport", "juni 2026", "Delvis levert"],
      ["2026:2", "Årsrapport", "1. desember 2026", null],
    ]);
    const report = await actionsFor(fake).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    expect(report).toEqual({ address: "Oppdrag!E2:G4", rows: 2, undoable: false });
    // 30 June 2026 is serial 46203 (worked out with Python: date(2026, 6, 30) - date(1899, 12, 30) = 46203 days).
    expect(fake.cell("Oppdrag!E3")?.value).toBe(46203);
    expect(fake.cell("Oppdrag!E3")?.numberFormat).toBe('"ca. "dd.mm.yyyy');
    expect(fake.cell("Oppdrag!E4")?.numberFormat).toBe("dd.mm.yyyy");
    // Delvis levert is open: the end of June has passed on 23 November 2026.
    expect(fake.value("Oppdrag!G3")).toBe("Over fristen");
  });

  it("writes a date, a days-left formula over TODAY() and a status beside the list", async () => {
    const fake = seededWorkbook();
    const report = await actionsFor(fake).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    expect(report).toEqual({ address: "Oppdrag!F2:H9", rows: 7, undoable: false });
    expect(fake.values("Oppdrag!F2:H2")).toEqual([["Frist (dato)", "Dager igjen", "Fristvarsel"]]);
    // TB2026-17: 1 December 2026, 8 days after the seed day.
    expect(fake.cell("Oppdrag!G9")?.formula).toBe("=F9-TODAY()");
    expect(fake.values("Oppdrag!G9:H9")).toEqual([[8, "Frist snart"]]);
    expect(fake.cell("Oppdrag!F9")?.numberFormat).toBe("dd.mm.yyyy");
    // 2023:61 counts from its revised deadline, the end of 2025.
    expect(fake.values("Oppdrag!G6:H6")).toEqual([[-327, "Over fristen"]]);
    expect(fake.value("Oppdrag!H7")).toBe("Avsluttet");
    expect(fake.displayedFill("Oppdrag!H3")).toBe("#FFC7CE");
    expect(fake.displayedFill("Oppdrag!H9")).toBe("#FFEB9C");
    expect(fake.displayedFill("Oppdrag!H7")).toBeNull();
  });

  it("stays right tomorrow and later without running the add-in again", async () => {
    const fake = seededWorkbook();
    await actionsFor(fake).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    fake.state.today = "2026-12-01";
    expect(fake.values("Oppdrag!G9:H9")).toEqual([[0, "Frist i dag"]]);
    fake.state.today = "2026-12-02";
    expect(fake.values("Oppdrag!G9:H9")).toEqual([[-1, "Over fristen"]]);
    expect(fake.displayedFill("Oppdrag!H9")).toBe("#FFC7CE");
  });

  it("running it twice leaves the workbook as running it once, and never touches the user's cells", async () => {
    const once = seededWorkbook();
    await actionsFor(once).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    const twice = seededWorkbook();
    const typed = twice.typedCells();
    await actionsFor(twice).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    await actionsFor(twice).writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    expect(twice.snapshot()).toEqual(once.snapshot());
    expect(twice.typedCells()).toEqual(typed);
    expect(twice.state.requireSheet("Oppdrag").conditionalFormats).toHaveLength(2);
  });

  it("writes beside an assignment table, and right of the user's cells when they are in the way", async () => {
    const fake = seededWorkbook();
    fake.state.addTable("Oppdragsliste", "Oppdrag", "A2:E9");
    const table = { sheet: "Oppdrag", table: "Oppdragsliste" };
    // One empty column between: Excel would pull a column right next to the table into it.
    expect(await actionsFor(fake).writeDeadlineStatus(table, SETTINGS, "nb")).toEqual({ address: "Oppdrag!G2:I9", rows: 7, undoable: false });

    const blocked = seededWorkbook();
    blocked.state.addTable("Oppdragsliste", "Oppdrag", "A2:E9");
    blocked.state.type("Oppdrag", [["Ringt Bufdir 12.11."]], { at: "G4" });
    const typed = blocked.typedCells();
    expect(await actionsFor(blocked).writeDeadlineStatus(table, SETTINGS, "nb")).toEqual({ address: "Oppdrag!H2:J9", rows: 7, undoable: false });
    expect(blocked.typedCells()).toEqual(typed);
    expect(blocked.value("Oppdrag!J9")).toBe("Frist snart");
  });

  it("takes the new soon window on a re-run, replacing the old rules", async () => {
    const fake = seededWorkbook();
    const actions = actionsFor(fake);
    await actions.writeDeadlineStatus(SOURCE, SETTINGS, "nb");
    await actions.writeDeadlineStatus(SOURCE, { ...SETTINGS, soonDays: 5 }, "nb");
    expect(fake.value("Oppdrag!H9")).toBe("I rute");
    expect(fake.displayedFill("Oppdrag!H9")).toBeNull();
    expect(fake.state.requireSheet("Oppdrag").conditionalFormats).toHaveLength(2);
  });
});
