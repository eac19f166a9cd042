// A sheet of 200 000 rows: the command line gives a result within bounded memory, or, when the
// memory it is given is too small, a clear message and exit code 2 instead of a crash.
import { mkdtempSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLargeSheet } from "./large-workbook";
import { STACK_TRACE, runCli } from "./run-cli";

const ROWS = 200_000;
let dir: string;
let file: string;
let headerless: string;
let lateHeader: string;

/** Sheet «Sen»: 2 100 lines with no header, then a header and one line; sheet «Stor»: `rows` lines under a header. */
async function writeLateHeaderBook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const late = wb.addWorksheet("Sen");
  for (let i = 0; i < 2100; i++) late.addRow([351, 70, `Linje ${i + 1}`, 100 + i]).commit();
  late.addRow(["Kap", "Post", "Postnavn", "Tildeling"]).commit();
  late.addRow([858, 1, "Drift", 300]).commit();
  await late.commit();
  const large = wb.addWorksheet("Stor");
  large.addRow(["Kap", "Post", "Postnavn", "Tildeling (i 1 000 kr)"]).commit();
  for (let i = 0; i < rows; i++) large.addRow([351, 70, `Linje ${i + 1}`, 1000 + (i % 5000)]).commit();
  await large.commit();
  await wb.commit();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tildeling-large-"));
  file = join(dir, "stor.xlsx");
  await writeLargeSheet(file, ROWS, "(i 1 000 kr)");
  headerless = join(dir, "uten-overskrift.xlsx");
  await writeLargeSheet(headerless, ROWS, null);
  lateHeader = join(dir, "sen-overskrift.xlsx");
  await writeLateHeaderBook(lateHeader, ROWS);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("checks all 200 000 lines with the heap capped at 512 MB", () => {
  const r = runCli(["check", file, "--year", "2024", "--json"], { maxOldSpaceMb: 512, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect([0, 1]).toContain(r.code);
  expect(JSON.parse(r.stdout)).toMatchObject({ linesRead: ROWS, unit: "1000 kr" });
}, 300_000);

it("checks the 200 000 lines with the heap capped at 96 MB: check streams the rows, so memory does not grow with them", () => {
  const r = runCli(["check", file, "--year", "2024"], { maxOldSpaceMb: 96, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toMatch(/200\s000 linjer lest/);
}, 300_000);

it("checks 200 000 lines of a sheet with no header row with the heap capped at 96 MB: the columns are inferred from the first rows, and the rest stream", () => {
  const r = runCli(["check", headerless, "--year", "2024"], { maxOldSpaceMb: 96, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toMatch(/200\s000 linjer lest/);
  expect(r.stdout).toContain("kap: A, post: B, navn: C, beløp: D");
}, 300_000);

it("checks a sheet whose header comes below 2 100 rows without one, beside 200 000 lines, within 96 MB: only that sheet is read again, held", () => {
  const r = runCli(["check", lateHeader, "--year", "2024"], { maxOldSpaceMb: 96, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect([0, 1]).toContain(r.code);
  // «Sen»: the one line under the header (the rows above it are its titles); «Stor»: all of them.
  expect(r.stdout).toMatch(/Arket «Sen»: 1 linje lest/);
  expect(r.stdout).toMatch(/Arket «Stor»: 200\s000 linjer lest/);
}, 300_000);

it("stops with a clear message and exit 2 when the memory given is too small for a command that reads the sheet whole", () => {
  const r = runCli(["deadlines", file], { maxOldSpaceMb: 96, timeoutMs: 60_000 });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("for stort for minnet");
  expect(r.stderr).toContain("max-old-space-size");
  expect(r.stderr).not.toMatch(STACK_TRACE);
}, 300_000);
