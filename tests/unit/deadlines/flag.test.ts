import { gridFromRows } from "../../../src/core/grid";
import { type FlaggedItem, flagAssignments, flagName, flagText, readAssignments, todayInOslo } from "../../../src/core/deadlines";

const list = (rows: (string | null)[][]) =>
  readAssignments(gridFromRows("Ark1", [["Oppdrag", "Tittel", "Frist", "Status"], ...rows])).assignments;
const summary = (items: FlaggedItem[]) => items.map((i) => [i.label, i.flag, i.days]);

describe("flagAssignments: the deadline day", () => {
  const one = list([["2024-t4:1", "Poststruktur", "1. april 2025", "pågår"]]);
  it.each([
    ["2025-03-01", "due-soon", 31, 31],
    ["2025-03-02", "due-soon", 30, 30],
    ["2025-03-01", "on-track", 31, 30],
    ["2025-03-31", "due-soon", 1, 30],
    ["2025-04-01", "due-today", 0, 30],
    ["2025-04-02", "overdue", 1, 30],
    ["2026-11-23", "overdue", 601, 30],
  ])("on %s is %s (%i days) with 'soon' = %i days", (day, flag, days, soonDays) => {
    expect(summary(flagAssignments(one, day, { soonDays }))).toEqual([["2024-t4:1", flag, days]]);
  });
  it("uses 30 days for 'soon' unless told", () => {
    expect(flagAssignments(one, "2025-03-02")[0].flag).toBe("due-soon");
    expect(flagAssignments(one, "2025-03-01")[0].flag).toBe("on-track");
  });
  it("flags against today in Oslo, not in UTC", () => {
    const dueToday = list([["1", "x", "23.11.2026", null]]);
    const today = todayInOslo(new Date("2026-11-22T23:30:00Z"));
    expect(flagAssignments(dueToday, today)[0].flag).toBe("due-today");
  });
});

describe("flagAssignments: status and missing deadlines", () => {
  it("never flags a done or closed assignment as overdue, and keeps which of the two it is", () => {
    const items = flagAssignments(
      list([
        ["1", "Levert", "1.1.2020", "levert"],
        ["2", "Lukket", "1.1.2020", "avsluttet"],
        ["3", "Forlenget", "1.1.2020", "forlenget"],
      ]),
      "2025-01-01",
    );
    expect(items.map((i) => [i.label, i.flag, i.status.kind, flagText(i, "nb")])).toEqual([
      ["3", "overdue", "extended", "Fristen gikk ut for 1827 dager siden"],
      ["1", "done", "done", "Utført"],
      ["2", "done", "closed", "Avsluttet"],
    ]);
  });
  it("shows text that is not a date as 'no date' with the text, and unreadable dates as such", () => {
    const items = flagAssignments(
      list([
        ["1", "Årsrapport", "i forbindelse med årsrapporten", null],
        ["2", "Feil dato", "31.02.2025", null],
        ["3", "Ingen frist", null, null],
      ]),
      "2025-01-01",
    );
    expect(items.map((i) => [i.label, i.flag, flagText(i, "nb"), flagText(i, "en")])).toEqual([
      ["2", "unreadable", "Uleselig frist: «31.02.2025»", "Unreadable deadline: “31.02.2025”"],
      ["1", "no-deadline", "Ingen dato: «i forbindelse med årsrapporten»", "No date: “i forbindelse med årsrapporten”"],
      ["3", "no-deadline", "Ingen frist", "No deadline"],
    ]);
  });
});

describe("flagAssignments: parts", () => {
  const rows = list([
    ["2024 t-4:2", "Skolefravær", "31. mai 2026", null],
    [null, "Del 1: Milepælsplan", "30. september 2024", null],
    [null, "Del 2: Tiltak", null, null],
    [null, "Del 3: Råd", "1. mars 2026", "levert"],
  ]);
  it("flags a part on its own: Del 1 is overdue while the whole assignment is on track", () => {
    const items = flagAssignments(rows, "2025-03-15");
    expect(items.map((i) => [i.label, i.flag, i.days, i.deadlineFrom])).toEqual([
      ["2024 t-4:2 Del 1", "overdue", 166, "own"],
      ["2024 t-4:2", "on-track", 442, "own"],
      ["2024 t-4:2 Del 2", "on-track", 442, "assignment"],
      ["2024 t-4:2 Del 3", "done", null, "own"],
    ]);
  });
  it("closes every part when the assignment is closed", () => {
    const closed = list([
      ["2023:30", "Avsluttet", "1.1.2024", "avsluttet"],
      [null, "Del 1: Rapport", "1.1.2023", null],
    ]);
    expect(summary(flagAssignments(closed, "2025-01-01"))).toEqual([
      ["2023:30", "done", null],
      ["2023:30 Del 1", "done", null],
    ]);
  });
});

describe("flagAssignments: urgency order", () => {
  it("puts the most overdue first, then due today, due soon, unreadable, on track, no date, done", () => {
    const items = flagAssignments(
      list([
        ["done", "a", "1.1.2020", "utført"],
        ["none", "a", null, null],
        ["track-far", "a", "1.1.2027", null],
        ["track-near", "a", "1.6.2025", null],
        ["bad", "a", "30.2.2025", null],
        ["soon-far", "a", "20.1.2025", null],
        ["soon-near", "a", "5.1.2025", null],
        ["today", "a", "1.1.2025", null],
        ["late-little", "a", "31.12.2024", null],
        ["late-much", "a", "1.1.2024", null],
      ]),
      "2025-01-01",
    );
    expect(items.map((i) => i.label)).toEqual(["late-much", "late-little", "today", "soon-near", "soon-far", "bad", "track-near", "track-far", "none", "done"]);
  });
});

describe("flag words", () => {
  it("names every flag in both languages, with singular days", () => {
    expect(flagName("overdue", "nb")).toBe("Over fristen");
    expect(flagName("due-soon", "en")).toBe("Due soon");
    const base = { status: { kind: "none" as const, text: "", open: true }, deadline: { kind: "date" as const, date: null, text: "", form: null, diagnostics: [] } };
    expect(flagText({ ...base, flag: "overdue", days: 1 }, "nb")).toBe("Fristen gikk ut i går");
    expect(flagText({ ...base, flag: "due-soon", days: 1 }, "nb")).toBe("Frist i morgen");
    expect(flagText({ ...base, flag: "due-soon", days: 12 }, "en")).toBe("Due in 12 days");
    expect(flagText({ ...base, flag: "due-today", days: 0 }, "nb")).toBe("Frist i dag");
    expect(flagText({ ...base, flag: "on-track", days: 400 }, "nb")).toBe("I rute (400 dager igjen)");
  });
});
