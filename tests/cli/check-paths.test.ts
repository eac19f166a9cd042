// `check` has two paths: the streaming one the command line takes (rows go from the unzipped XML
// into the check, none kept) and the whole-sheet one the pane takes (every sheet read into a Grid,
// then checkWorkbook). Every workbook of the corpus, the LibreOffice fixtures and Gul bok, with the
// corpus's own options and with the options that change a reading, must give the same --json
// report (lines, tables, unit, facts, every finding with its cell and message) both ways.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { checkFile, checkReportJson, parseCheckSettings } from "../../src/cli/commands/check";
import { writeJson } from "../../src/cli/json-out";
import { CORPUS, FIXTURES, GUL_BOK, ROOT, SAMPLE, xlsxIn } from "./run-cli";

const TODAY = new Date("2026-11-23T08:00:00Z");

/** Each workbook with no options, and the corpus's check runs with theirs. */
const RUNS: [string, string[]][] = [
  ...[SAMPLE, ...xlsxIn(FIXTURES), ...xlsxIn(GUL_BOK), ...xlsxIn(CORPUS)].map((f): [string, string[]] => [f, []]),
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith(".answer.json"))
    .map((f) => JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { workbook: string; command: string; args: string[] })
    .filter((a) => a.args.length > 0 && a.command !== "deadlines")
    .map((a): [string, string[]] => [join(CORPUS, a.workbook), a.args]),
  [join(CORPUS, "a20-to-ark.xlsx"), ["--sheet", "Endringer"]],
  [join(CORPUS, "a21-skjult-ark.xlsx"), ["--sheet", "Finnes ikke"]],
  [SAMPLE, ["--year", "2024", "--strict"]],
  [SAMPLE, ["--unit", "kr", "--kind", "budget-data"]],
];

async function report(file: string, args: string[], path: "stream" | "whole"): Promise<string> {
  const parsed = parseArgs(["check", file, ...args]);
  if (!parsed.ok) throw new Error(`bad args ${args.join(" ")}`);
  const settings = parseCheckSettings(parsed.args.options);
  if (!settings.ok) return `settings: ${settings.diagnostic.code}`;
  const outcome = await checkFile(file, settings.settings, TODAY, path);
  if (!outcome.ok) return `not checked: ${outcome.diagnostic.code} ${JSON.stringify(outcome.diagnostic.params)} ${outcome.seeHelp}`;
  let out = "";
  writeJson({ out: (t) => void (out += t), err: () => undefined, now: () => TODAY }, checkReportJson(outcome.check, "nb"));
  return out;
}

describe("check gives the same report streamed as read whole", () => {
  it.each(RUNS.map(([f, args]) => [f.slice(ROOT.length + 1), args.join(" ")]))("%s %s", async (file, args) => {
    const argv = args === "" ? [] : (RUNS.find(([f, a]) => f.endsWith(file) && a.join(" ") === args)?.[1] ?? []);
    const streamed = await report(join(ROOT, file), argv, "stream");
    expect(streamed).toEqual(await report(join(ROOT, file), argv, "whole"));
  });

  it("streams the LibreOffice letter: its four lines and the sum row under them", async () => {
    const json = JSON.parse(await report(join(FIXTURES, "tillegg-lo.xlsx"), ["--year", "2026"], "stream")) as { linesRead: number; diagnostics: { code: string; cell?: string }[] };
    expect(json.linesRead).toBe(4);
    expect(json.diagnostics.map((d) => `${d.code} ${d.cell ?? ""}`)).toContain("ALLOC-TOTAL-ROW Tildeling!D8");
  });
});

describe("a long sheet with no header row, streamed and read whole", () => {
  let dir: string;
  const CODES: [number, number][] = [
    [351, 70],
    [671, 62],
    [858, 1],
  ];

  /** `lines` rows of kap, post, name and amount from A1 (no title, no header), then `after` rows as given. */
  async function write(name: string, lines: number, after: (string | number | null)[][] = [], gapAt = -1): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tildeling");
    for (let i = 0; i < lines; i++) {
      // Sheet row gapAt is left empty: the file has no <row> for it.
      const at = i + 1 + (gapAt > 0 && i + 1 >= gapAt ? 1 : 0);
      const [kap, post] = CODES[i % CODES.length];
      ws.getRow(at).values = [kap, post, `Linje ${i + 1}`, 100 + i];
    }
    after.forEach((values, k) => (ws.getRow(lines + 1 + (gapAt > 0 ? 1 : 0) + k).values = values));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tildeling-headerless-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("infers the columns from the first 2 000 rows and reads the rest as they come, with the same report", async () => {
    const file = await write("uten-overskrift.xlsx", 3000, [["Sum", null, null, 1]], 2500);
    const streamed = await report(file, ["--year", "2026"], "stream");
    expect(streamed).toEqual(await report(file, ["--year", "2026"], "whole"));
    const json = JSON.parse(streamed) as { linesRead: number; diagnostics: { code: string; cell?: string }[] };
    expect(json.linesRead).toBe(3000);
    const cells = json.diagnostics.map((d) => `${d.code} ${d.cell ?? ""}`);
    expect(cells).toContain("HEADER-INFERRED Tildeling!D1");
    // Lines 1-3000 on rows 1-2499 and 2501-3001; the sum row under them is row 3002.
    expect(cells).toContain("ALLOC-TOTAL-MISMATCH Tildeling!D3002");
  });

  it("reads the sheet again whole when a header row comes below 2 000 rows read without one", async () => {
    const file = await write("overskrift-nederst.xlsx", 2100, [["Kap", "Post", "Postnavn", "Tildeling"], [351, 70, "Tilskudd", 57625]]);
    const streamed = await report(file, ["--year", "2026"], "stream");
    expect(streamed).toEqual(await report(file, ["--year", "2026"], "whole"));
    // The table under the header (row 2101) has one line; the 2 100 rows above are its titles.
    expect(JSON.parse(streamed)).toMatchObject({ linesRead: 1 });
  });
});
