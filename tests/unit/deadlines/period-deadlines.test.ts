// Deadlines written as a period are read to the last day of the period and marked approximate.
// Expected days are worked out by hand; ISO weeks checked with Python's date.fromisocalendar
// (week 40 of 2026 is Mon 28 Sep – Sun 4 Oct; its Friday is 2 Oct 2026).
import { flagAssignments, parseDeadline, parseStatus, readAssignments, toIsoDate } from "../../../src/core/deadlines";
import { fridayOfIsoWeek } from "../../../src/core/deadlines/calendar-date";
import { deadlineDayText, ruleText } from "../../../src/core/deadlines/flag-text";
import { messageOf } from "../../../src/core/diagnostics";
import { gridFromRows } from "../../../src/core/grid";

const iso = (p: ReturnType<typeof parseDeadline>) => (p.date ? toIsoDate(p.date) : null);
const codes = (p: ReturnType<typeof parseDeadline>) => p.diagnostics.map((d) => [d.severity, d.code]);

describe("a period with its year", () => {
  it.each([
    ["juni 2026", "2026-06-30", "month"],
    ["innen juni 2026", "2026-06-30", "month"],
    ["februar 2028", "2028-02-29", "month"],
    ["Q3 2026", "2026-09-30", "quarter"],
    ["q1-2027", "2027-03-31", "quarter"],
    ["3. kvartal 2026", "2026-09-30", "quarter"],
    ["fjerde kvartal 2026", "2026-12-31", "quarter"],
    ["1. tertial 2026", "2026-04-30", "tertial"],
    ["2. tertial 2026", "2026-08-31", "tertial"],
    ["3. tertial 2026", "2026-12-31", "tertial"],
    ["1. halvår 2026", "2026-06-30", "half-year"],
    ["ultimo august 2026", "2026-08-31", "ultimo"],
    ["medio mai 2026", "2026-05-15", "medio"],
    ["uke 40 2026", "2026-10-02", "week"],
    ["uke 1, 2026", "2026-01-02", "week"],
    ["uke 53 2026", "2027-01-01", "week"],
    ["veke 40/2026", "2026-10-02", "week"],
    ["i løpet av 2026", "2026-12-31", "year"],
    ["ultimo 2026", "2026-12-31", "ultimo"],
    ["våren 2027", "2027-06-30", "term"],
    ["høsten 2026", "2026-12-31", "term"],
  ])("%s is %s, approximate (%s)", (text, expected, rule) => {
    const p = parseDeadline(text);
    expect([p.kind, iso(p), p.approximate]).toEqual(["date", expected, rule]);
    expect(codes(p)).toEqual([["warning", "DL-PERIOD-READ"]]);
  });

  it("says which day was taken and how to choose another", () => {
    const p = parseDeadline("juni 2026");
    expect(messageOf(p.diagnostics[0], "nb")).toBe(
      "«juni 2026» er en periode, ikke en dag; fristen leses som ca. 30. juni 2026 (siste dag i perioden; «medio» er den 15.; en uke er fredagen). Skriv en dato hvis fristen er en annen dag.",
    );
  });
});

describe("a period without a year takes the sheet's or letter's year, with a warning", () => {
  it.each([
    ["2. kvartal", "2026-06-30", "quarter"],
    ["ultimo august", "2026-08-31", "ultimo"],
    ["medio mai", "2026-05-15", "medio"],
    ["uke 40", "2026-10-02", "week"],
    ["juni", "2026-06-30", "month"],
    ["innen september", "2026-09-30", "month"],
  ])("%s in 2026 is %s", (text, expected, rule) => {
    const p = parseDeadline(text, undefined, { defaultYear: 2026 });
    expect([iso(p), p.approximate]).toEqual([expected, rule]);
    expect(codes(p)).toEqual([
      ["warning", "DL-YEAR-FROM-CONTEXT"],
      ["warning", "DL-PERIOD-READ"],
    ]);
  });

  it.each(["2. kvartal", "ultimo august", "uke 40", "juni"])("%s with no year known is unreadable, with the reason", (text) => {
    const p = parseDeadline(text);
    expect([p.kind, p.date]).toEqual(["unreadable", null]);
    expect(codes(p)).toEqual([["warning", "DL-NO-YEAR"]]);
  });
});

describe("what is not a day", () => {
  it.each(["løpende", "i forbindelse med årsrapporten", "rapporteres i 1. tertialrapport"])("%s is no date", (text) => {
    const p = parseDeadline(text);
    expect([p.kind, p.date, p.approximate]).toEqual(["text", null, undefined]);
  });
  it("refuses 'primo mai 2026' (no last day to read it to)", () => {
    const p = parseDeadline("primo mai 2026");
    expect([p.kind, p.date]).toEqual(["unreadable", null]);
    expect(codes(p)).toEqual([["warning", "DL-PERIOD-START"]]);
  });
  it.each(["uke 53 2027", "5. kvartal 2026", "4. tertial 2026"])("refuses %s, which does not exist", (text) => {
    expect(codes(parseDeadline(text))).toEqual([["warning", "DL-INVALID-DATE"]]);
  });
  it("keeps days as written exact", () => {
    for (const [text, expected] of [
      ["1. april 2025", "2025-04-01"],
      ["innen utgangen av 2026", "2026-12-31"],
      ["30. juni 2026", "2026-06-30"],
    ]) {
      const p = parseDeadline(text);
      expect([text, iso(p), p.approximate]).toEqual([text, expected, undefined]);
    }
  });
});

describe("ISO weeks", () => {
  it.each([
    [2026, 40, "2026-10-02"],
    [2025, 1, "2025-01-03"],
    [2020, 53, "2021-01-01"],
    [2026, 52, "2026-12-25"],
  ])("week %i/%i ends on Friday %s", (year, week, expected) => {
    const d = fridayOfIsoWeek(year, week);
    expect(d && toIsoDate(d)).toBe(expected);
  });
  it("has no week 53 in a 52-week year", () => {
    expect(fridayOfIsoWeek(2025, 53)).toBeNull();
    expect(fridayOfIsoWeek(2026, 54)).toBeNull();
  });
});

describe("status words", () => {
  it.each([
    ["Delvis levert", "partial"],
    ["Utkast levert", "partial"],
    ["Levert utkast", "partial"],
    ["nesten ferdig", "partial"],
    ["Under arbeid", "in-progress"],
    ["Pågår", "in-progress"],
    ["Forsinket", "in-progress"],
    ["Ikke startet", "new"],
    ["Utsatt", "extended"],
    ["Ny frist", "extended"],
    ["I rute", "in-progress"],
    ["Planlagt", "new"],
  ])("%s is open (%s)", (text, kind) => {
    expect(parseStatus(text)).toEqual({ kind, text, open: true });
  });
  it.each([
    ["utført", "done"],
    ["Levert", "done"],
    ["Avsluttet", "closed"],
    ["Ferdig", "done"],
    ["anses som avsluttet", "closed"],
  ])("%s is done (%s)", (text, kind) => {
    expect(parseStatus(text)).toEqual({ kind, text, open: false });
  });
});

describe("an assignment list with period deadlines and partial deliveries", () => {
  const grid = gridFromRows("Oppdrag", [
    ["Tildelingsbrev 2026"],
    ["Nr", "Tittel", "Frist", "Status"],
    ["2026:1", "Rapport om bruk av midler", "juni 2026", "Delvis levert"],
    ["2026:2", "Evaluering", "2. kvartal", "Utkast levert"],
    ["2026:3", "Innspill til statsbudsjettet", "uke 40", "Venter på KD"],
    ["2026:4", "Årsrapport", "1. april 2026", "Levert"],
    ["2026:5", "Løpende rapportering", "løpende", ""],
  ]);
  const read = readAssignments(grid);
  // 1 July 2026: the end of June and of the second quarter have passed.
  const items = flagAssignments(read.assignments, "2026-07-01");
  const byId = new Map(items.map((i) => [i.assignment.id.text, i]));

  it("flags the period deadlines as overdue, open and approximate", () => {
    expect(["2026:1", "2026:2", "2026:3", "2026:4", "2026:5"].map((id) => {
      const i = byId.get(id)!;
      return [id, i.flag, i.days, i.approximate, i.rule];
    })).toEqual([
      ["2026:1", "overdue", 1, true, "month"],
      ["2026:2", "overdue", 1, true, "quarter"],
      ["2026:3", "on-track", 93, true, "week"],
      ["2026:4", "done", null, false, null],
      ["2026:5", "no-deadline", null, false, null],
    ]);
  });

  it("warns about each guess, naming the cell", () => {
    const warnings = read.diagnostics.filter((d) => d.severity === "warning").map((d) => [d.code, d.cell]);
    expect(warnings).toEqual([
      ["DL-PERIOD-READ", "Oppdrag!C3"],
      ["ASG-PARTIAL-STATUS", "Oppdrag!D3"],
      ["DL-YEAR-FROM-CONTEXT", "Oppdrag!C4"],
      ["DL-PERIOD-READ", "Oppdrag!C4"],
      ["ASG-PARTIAL-STATUS", "Oppdrag!D4"],
      ["DL-YEAR-FROM-CONTEXT", "Oppdrag!C5"],
      ["DL-PERIOD-READ", "Oppdrag!C5"],
      ["ASG-UNKNOWN-STATUS", "Oppdrag!D5"],
    ]);
    const unknown = read.diagnostics.find((d) => d.code === "ASG-UNKNOWN-STATUS")!;
    expect(messageOf(unknown, "nb")).toContain("«Venter på KD» i Oppdrag!D5");
  });

  it("shows the day as approximate, with the rule", () => {
    const i = byId.get("2026:1")!;
    expect(deadlineDayText(i, "nb")).toBe("ca. 30. juni 2026");
    expect(deadlineDayText(i, "en")).toBe("approx. 30. juni 2026");
    expect(deadlineDayText(byId.get("2026:4")!, "nb")).toBe("1. april 2026");
    expect(ruleText("week", "nb")).toBe("fredag i uka");
  });
});
