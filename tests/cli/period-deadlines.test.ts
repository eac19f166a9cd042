// `tildeling deadlines` on a list whose deadlines are periods ("juni 2026", "2. kvartal", "uke 40")
// and whose statuses are partial deliveries: the days are the periods' last days, marked
// approximate in the text and in --json, and a partial delivery is open.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, runJson } from "./run-cli";

type Json = Record<string, any>;

describe("tildeling deadlines with period deadlines", () => {
  const dir = mkdtempSync(join(tmpdir(), "tildeling-periods-"));
  const file = join(dir, "oppdrag-2026.xlsx");
  // No title and no year in the file name: "2. kvartal" has no year unless --year gives one.
  const untitled = join(dir, "oppdrag.xlsx");

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Oppdrag");
    sheet.addRows([
      ["Tildelingsbrev 2026"],
      ["Nr", "Tittel", "Frist", "Status"],
      ["2026:1", "Rapport om bruk av midler", "juni 2026", "Delvis levert"],
      ["2026:2", "Evaluering", "2. kvartal", "Under arbeid"],
      ["2026:3", "Innspill", "uke 40", "Ikke startet"],
      ["2026:4", "Årsrapport", "1. april 2026", "Levert"],
    ]);
    await book.xlsx.writeFile(file);
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet("Oppdrag").addRows([
      ["Nr", "Tittel", "Frist"],
      ["1", "Evaluering", "2. kvartal"],
    ]);
    await bare.xlsx.writeFile(untitled);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the last day of each period, approximate, with the rule (--json)", () => {
    const { code, json } = runJson(["deadlines", file, "--date", "2026-07-01"]);
    // Two assignments are past their (approximate) deadlines.
    expect(code).toBe(1);
    const rows = (json.assignments as Json[]).map((a) => [a.id, a.deadline, a.approximate, a.rule ?? null, a.flag, a.status]);
    expect(rows).toEqual([
      ["2026:1", "2026-06-30", true, "month", "overdue", "partial"],
      ["2026:2", "2026-06-30", true, "quarter", "overdue", "in-progress"],
      ["2026:3", "2026-10-02", true, "week", "on-track", "new"],
      ["2026:4", "2026-04-01", false, null, "done", "done"],
    ]);
    const warnings = (json.diagnostics as Json[]).filter((d) => d.severity === "warning").map((d) => [d.code, d.cell]);
    expect(warnings).toContainEqual(["ASG-PARTIAL-STATUS", "Oppdrag!D3"]);
    expect(warnings).toContainEqual(["DL-PERIOD-READ", "Oppdrag!C5"]);
  });

  it("writes 'ca.' before an approximate day in the text report", () => {
    const r = runCli(["deadlines", file, "--date", "2026-07-01"]);
    const line = (id: string) => r.stdout.split("\n").find((l) => l.startsWith(id)) ?? "";
    expect(line("2026:1")).toContain("ca. 30. juni 2026");
    expect(line("2026:3")).toContain("ca. 2. oktober 2026");
    expect(line("2026:4")).toContain("1. april 2026");
    expect(line("2026:4")).not.toContain("ca.");
  });

  it("reads a period without a year only when a year is known (--year), and says so", () => {
    const none = runJson(["deadlines", untitled, "--date", "2026-07-01"]).json;
    expect((none.assignments as Json[])[0]).toMatchObject({ deadline: null, flag: "unreadable" });
    expect((none.diagnostics as Json[]).map((d) => [d.severity, d.code, d.cell])).toContainEqual(["warning", "DL-NO-YEAR", "Oppdrag!C2"]);
    const given = runJson(["deadlines", untitled, "--date", "2026-07-01", "--year", "2026"]).json;
    expect((given.assignments as Json[])[0]).toMatchObject({ deadline: "2026-06-30", approximate: true, rule: "quarter", flag: "overdue", days: 1 });
    expect((given.diagnostics as Json[]).map((d) => d.code)).toEqual(["DL-YEAR-FROM-CONTEXT", "DL-PERIOD-READ"]);
  });
});
