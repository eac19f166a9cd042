// Property (issue 12): the same allocation table, with its unit stated in any one of the allowed
// places (the amount column's header, a caption directly above the header, a caption directly
// under it, the sheet's title, the user's --unit), and unrelated sentences carrying amounts of
// their own placed around it, gives the right numbers or a warning: never a wrong number in
// silence. Each case is written by exceljs to a temporary .xlsx and run through the compiled
// command line (npm run build:lib first), as a user would run it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runCli } from "../cli/run-cli";

type Unit = "kr" | "1000 kr" | "mill. kr";
type Place = "header" | "caption-above" | "caption-under" | "title" | "option";

/** The allocation in kroner (Gul bok 2026, Bufdir's chapters) and the change to 855/21. */
const LINES: readonly (readonly [string, string])[] = [
  ["855/01", "5068777000"],
  ["855/21", "34173000"],
  ["858/01", "698067000"],
];
const CHANGED = "855/21";
const CHANGE_KRONER = "1500000";

const KRONER_PER_UNIT: Record<string, string> = { kr: "1", "1000 kr": "1000", "mill. kr": "1000000", "mrd. kr": "1000000000" };

/** Ways a Norwegian sheet names each unit; each must be read as that unit. */
const WORDS: Record<Unit, readonly string[]> = {
  kr: ["kr", "kroner", "i kroner"],
  "1000 kr": ["i 1 000 kr", "1000 kr", "tusen kroner", "NOK 1 000", "alle tall i 1000 kroner"],
  "mill. kr": ["mill. kr", "MNOK", "i millioner kroner"],
};

/** Sentences that carry amounts but say nothing about the table's unit. */
const DISTRACTORS = [
  "Samlet reduksjon: 0,4 mill. kroner.",
  "Tildelingen er økt med 2 500 000 kroner fra i fjor.",
  "Rammen for 2025 var 5,8 mrd. kroner.",
  "Av dette er 12 000 kr satt av til kurs.",
  "Merknad: beløpet på 3,5 millioner kroner er ikke fordelt.",
];

interface Case {
  unit: Unit;
  place: Place;
  word: number;
  before: number[];
  after: number[];
}

const amountIn = (kroner: string, unit: Unit) => new Decimal(kroner).div(KRONER_PER_UNIT[unit]).toNumber();

async function writeWorkbook(file: string, c: Case): Promise<void> {
  const words = WORDS[c.unit];
  const stated = words[c.word % words.length];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tildeling");
  const rows: (string | number | null)[][] = [];
  rows.push([c.place === "title" ? `Tildelingsbrev 2026 – Bufdir (beløp ${stated})` : "Tildelingsbrev 2026 – Bufdir"]);
  for (const i of c.before) rows.push([DISTRACTORS[i]]);
  if (c.place === "caption-above") rows.push([`(${stated})`]);
  rows.push(["Kap/post", "Postnavn", c.place === "header" ? `Tildeling (${stated})` : "Tildeling"]);
  if (c.place === "caption-under") rows.push([null, null, `(${stated})`]);
  for (const [code, kroner] of LINES) rows.push([code, "Post", amountIn(kroner, c.unit)]);
  rows.push([]);
  for (const i of c.after) rows.push([DISTRACTORS[i]]);
  rows.forEach((r) => ws.addRow(r));
  const changes = wb.addWorksheet("Endringer");
  changes.addRow(["Endringer (i 1 000 kr)"]);
  changes.addRow(["Kap/post", "Endring"]);
  changes.addRow([CHANGED, 1500]);
  await wb.xlsx.writeFile(file);
}

type Json = Record<string, any>;

/** "right" (every before/change/after as in LINES), "warned" (a number differs, with a warning or error), or "silent". */
function judge(json: Json): { verdict: "right" | "warned" | "silent"; detail: string } {
  const diags: Json[] = json.error ? [json.error] : (json.diagnostics ?? []);
  const warned = diags.some((d) => d.severity === "warning" || d.severity === "error");
  const factor = KRONER_PER_UNIT[String(json.unit)];
  const row = [...(json.lines ?? []), ...(json.otherLines ?? [])].find((r: Json) => r.code === CHANGED);
  const before = LINES.find(([code]) => code === CHANGED)![1];
  const wantAfter = new Decimal(before).plus(CHANGE_KRONER);
  const ok =
    factor !== undefined &&
    row !== undefined &&
    row.before !== null &&
    new Decimal(row.before).times(factor).equals(before) &&
    new Decimal(row.change).times(factor).equals(CHANGE_KRONER) &&
    new Decimal(row.after).times(factor).equals(wantAfter) &&
    (json.lines ?? []).length + (json.otherLines ?? []).length === 1;
  const detail = `unit ${String(json.unit)}, ${CHANGED}: ${JSON.stringify(row && [row.before, row.change, row.after])}; ${diags.map((d) => `${d.severity} ${d.code}`).join(", ")}`;
  if (ok) return { verdict: "right", detail };
  return { verdict: warned ? "warned" : "silent", detail };
}

describe("a table's unit, wherever it is stated", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tildeling-unit-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the right numbers or a warning, never a wrong number in silence", async () => {
    let n = 0;
    const arbitrary = fc.record({
      unit: fc.constantFrom<Unit>("kr", "1000 kr", "mill. kr"),
      place: fc.constantFrom<Place>("header", "caption-above", "caption-under", "title", "option"),
      word: fc.nat({ max: 10 }),
      before: fc.array(fc.nat({ max: DISTRACTORS.length - 1 }), { maxLength: 2 }),
      after: fc.array(fc.nat({ max: DISTRACTORS.length - 1 }), { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async (c) => {
        const file = join(dir, `tildeling-${n++}.xlsx`);
        await writeWorkbook(file, c);
        const args = ["apply", file, "--year", "2026", "--json", ...(c.place === "option" ? ["--unit", c.unit] : [])];
        const r = runCli(args, { timeoutMs: 60_000 });
        const { verdict, detail } = judge(JSON.parse(r.stdout) as Json);
        if (verdict === "silent") throw new Error(`a wrong number in silence (${c.place}, ${c.unit}): ${detail}`);
      }),
      { numRuns: 30 },
    );
  }, 600_000);
});
