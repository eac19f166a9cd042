// `tildeling deadlines FILE FILE ...`: many assignment lists at once, with one overdue list across
// them, most days past the deadline first. Facts from the seed letter as of 2026-11-23 (DOMAIN.md).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE, fixture, runCli } from "./run-cli";

type Json = Record<string, any>;

it("flags every list and merges the overdue assignments, most days overdue first", () => {
  const r = runCli(["deadlines", SAMPLE, fixture("tillegg-lo.xlsx"), fixture("gammel-lo.xls"), "--date", "2026-11-23", "--json"]);
  expect(r.code).toBe(2);
  const { summary, files } = JSON.parse(r.stdout) as Json;
  expect(files.map((f: Json) => f.error?.code ?? f.file)).toEqual([SAMPLE, fixture("tillegg-lo.xlsx"), "XLSX-LEGACY-XLS"]);
  expect(summary).toMatchObject({ files: 3, mustFix: 2, unreadable: 1, referenceDate: "2026-11-23" });
  const overdue = summary.overdueList.map((i: Json) => [i.days, i.file === SAMPLE ? "sample" : "lo", i.id, i.part]);
  // 30.09.2024 -> 784 days; 01.04.2025 -> 601; end of 2025 -> 327; 31.05.2026 -> 176.
  // Equal days: by file, then by cell.
  expect(overdue).toEqual([
    [784, "sample", "2024 t-4:2", "Del 1"],
    [601, "sample", "2024-t4:1", null],
    [601, "lo", "2024-t4:1", null],
    [327, "sample", "2023:61", null],
    [327, "lo", "2023:61", null],
    [176, "sample", "2024 t-4:2", null],
    [176, "sample", "2024 t-4:2", "Del 2"],
    [176, "sample", "2024 t-4:2", "Del 3"],
    [176, "lo", "2024 t-4:2", null],
  ]);
  expect(summary.overdue).toBe(9);
});

it("prints the combined overdue list on the terminal", () => {
  const r = runCli(["deadlines", SAMPLE, fixture("tillegg-lo.xlsx"), "--date", "2026-11-23", "--lang", "en"]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Overdue assignments in every file (9), most days past the deadline first:");
  expect(r.stdout).toMatch(/784\s+\S+tillegg-bufdir\.xlsx\s+2024 t-4:2 Del 1\s+30\.09\.2024\s+Oppdrag!B6/);
});

it("--report: the overdue list in the HTML, one row per overdue assignment, most days first", () => {
  const dir = mkdtempSync(join(tmpdir(), "tildeling-frister-"));
  try {
    const report = join(dir, "frister.html");
    const r = runCli(["deadlines", SAMPLE, fixture("tillegg-lo.xlsx"), "--date", "2026-11-23", "--report", report]);
    expect(r.code).toBe(1);
    const html = readFileSync(report, "utf8");
    expect(html).toContain("fristene er vurdert per 2026-11-23");
    const overdue = html.slice(html.indexOf('<table id="overdue">'), html.indexOf("</table>", html.indexOf('<table id="overdue">')));
    const days = [...overdue.matchAll(/<tr><td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(days).toEqual([784, 601, 601, 327, 327, 176, 176, 176, 176]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
