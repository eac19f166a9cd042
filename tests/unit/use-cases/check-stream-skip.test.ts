// A streamed check asks, before each sheet, whether the face should read it at all. A sheet of
// change entries ("Endringer") is never checked unless named, and a sheet without an allocation
// header is held whole while it streams: a 100 000-row change sheet made `check` hold 100 000 rows
// it would not report on. Once a sheet has been checked, such a sheet is not read; before that it
// is, since its reading may be what explains "no allocation sheet". The answers here are worked
// out from that rule by hand.
import { loadChart } from "../../../src/core/chart/load-chart";
import type { CellValue } from "../../../src/core/grid";
import { type StreamCheck, streamCheck } from "../../../src/core/use-cases/check-stream";
import { allFindings } from "../../../src/core/use-cases/finding-list";
import type { RunOptions } from "../../../src/core/use-cases/workbook";

const NOW = new Date("2026-11-23T08:00:00Z");
const charts = async (year: number) => loadChart(year);

const ALLOCATION: CellValue[][] = [
  ["Kap/post", "Betegnelse", "Tildeling (i 1 000 kr)"],
  ["351/70", "Tilskudd til likestilling", 57625],
  ["858/99", "Ukjent post", 5],
];
const CHANGES: CellValue[][] = [
  ["Kap/post", "Endring", "Tekst"],
  ["351/70", 1000, "økes med 1 mill. kr"],
];
const NOTES: CellValue[][] = [["Notat: tallene er foreløpige"]];

type Sheet = { name: string; hidden?: boolean; rows: CellValue[][] };

/** As the command line's reader does: each sheet in tab order, read only when the check wants it. */
async function run(sheets: Sheet[], options: RunOptions = { year: 2026 }) {
  const check: StreamCheck = streamCheck({ sheets: sheets.map((s) => ({ name: s.name, hidden: s.hidden === true })), options, charts, now: NOW });
  const asked: string[] = [];
  for (const s of sheets) {
    const wanted = check.wants(s.name);
    asked.push(`${s.name}: ${wanted ? "read" : "not read"}`);
    if (!wanted) continue;
    const sink = check.sinkFor(s.name, undefined);
    s.rows.forEach((row, i) => sink.row(i, row, []));
    sink.end();
    const settling = check.settle();
    if (settling) await settling;
  }
  const summary = await check.finish();
  return { asked, summary, codes: allFindings(summary.findings).map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`) };
}

describe("which sheets a streamed check reads", () => {
  it("does not read the change sheet after the allocation sheet was checked, and reports the same", async () => {
    const { asked, summary, codes } = await run([
      { name: "Tildeling", rows: ALLOCATION },
      { name: "Endringer", rows: CHANGES },
    ]);
    expect(asked).toEqual(["Tildeling: read", "Endringer: not read"]);
    expect(summary.sheets.map((s) => s.sheet)).toEqual(["Tildeling"]);
    expect(codes.filter((c) => !c.startsWith("info"))).toEqual(["warning KP-NOT-IN-CHART Tildeling!A3"]);
    expect([summary.lines, summary.linesWithErrors, summary.linesWithWarnings]).toEqual([2, 0, 1]);
  });

  it("reads a change sheet that comes first: nothing has been checked yet", async () => {
    const { asked, summary } = await run([
      { name: "Endringer", rows: CHANGES },
      { name: "Tildeling", rows: ALLOCATION },
    ]);
    expect(asked).toEqual(["Endringer: read", "Tildeling: read"]);
    expect(summary.sheets.map((s) => s.sheet)).toEqual(["Tildeling"]);
  });

  it("reads the change sheet when the sheet before it could not be checked, and says there is no allocation sheet", async () => {
    const { asked, summary, codes } = await run([
      { name: "Notater", rows: NOTES },
      { name: "Endringer", rows: CHANGES },
    ]);
    expect(asked).toEqual(["Notater: read", "Endringer: read"]);
    expect(summary.sheets).toEqual([]);
    expect(codes).toContain("error CLI-NO-ALLOCATION-SHEET ");
    expect(summary.failed).toBe(true);
  });

  it("reads a hidden sheet only while the workbook has shown nothing filled", async () => {
    const first = await run([
      { name: "Skjult", hidden: true, rows: NOTES },
      { name: "Tildeling", rows: ALLOCATION },
      { name: "Skjult 2", hidden: true, rows: NOTES },
    ]);
    expect(first.asked).toEqual(["Skjult: read", "Tildeling: read", "Skjult 2: not read"]);
    expect(first.summary.lines).toBe(2);
  });

  it("reads the named change sheet, and only it, when the user names it", async () => {
    const { asked, summary } = await run(
      [
        { name: "Tildeling", rows: ALLOCATION },
        { name: "Endringer", rows: CHANGES },
      ],
      { year: 2026, sheet: "Endringer" },
    );
    expect(asked).toEqual(["Tildeling: not read", "Endringer: read"]);
    expect(summary.sheets.map((s) => s.sheet)).toEqual(["Endringer"]);
  });
});
