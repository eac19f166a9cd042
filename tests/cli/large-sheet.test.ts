// A sheet of 200 000 rows: the command line gives a result within bounded memory, or, when the
// memory it is given is too small, a clear message and exit code 2 instead of a crash.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { STACK_TRACE, runCli } from "./run-cli";

const ROWS = 200_000;
// Real 2024 codes (kap, post), repeated: the size is what is tested here, not the codes.
const CODES = [
  [351, 70],
  [671, 62],
  [846, 62],
  [855, 1],
  [855, 21],
  [858, 1],
];

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tildeling-large-"));
  file = join(dir, "stor.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Tildeling");
  ws.addRow(["(i 1 000 kr)"]).commit();
  ws.addRow(["Kap", "Post", "Postnavn", "Tildeling"]).commit();
  for (let i = 0; i < ROWS; i++) {
    const [kap, post] = CODES[i % CODES.length];
    const row = ws.addRow([kap, post, `Linje ${i + 1}`, 1000 + (i % 5000)]);
    row.getCell(4).numFmt = "#,##0";
    row.commit();
  }
  await ws.commit();
  await wb.commit();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("checks all 200 000 lines with the heap capped at 512 MB", () => {
  const r = runCli(["check", file, "--year", "2024", "--json"], { maxOldSpaceMb: 512, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect([0, 1]).toContain(r.code);
  expect(JSON.parse(r.stdout)).toMatchObject({ linesRead: ROWS, unit: "1000 kr" });
}, 300_000);

it("stops with a clear message and exit 2 when the memory given is too small for the sheet", () => {
  const r = runCli(["check", file], { maxOldSpaceMb: 96, timeoutMs: 60_000 });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("for stort for minnet");
  expect(r.stderr).toContain("max-old-space-size");
  expect(r.stderr).not.toMatch(STACK_TRACE);
}, 300_000);
