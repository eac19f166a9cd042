// `tildeling read-letter` on real letter layouts (Word, PDF, text) and on the seed letter, each
// judged against an answer worked out by hand. Prints per letter how many allocations, changes and
// assignments were found right, wrong and missed; any wrong, missed or extra item fails.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, STACK_TRACE, runCli, runJson } from "./run-cli";

const LETTERS = join(ROOT, "tests", "fixtures", "letters");
const SEED_TEXT = join(ROOT, "tests", "fixtures", "seed", "tillegg-bufdir-2024.txt");
// The seed's text turned into .docx by LibreOffice (`soffice --convert-to docx`): one Word paragraph
// per line of the text, with an empty one between, so sentences run on across paragraphs.
const SEED_DOCX_LINES = join(ROOT, "tests", "fixtures", "seed", "tillegg-bufdir-2024-lines.docx");

interface Answer {
  unit: string;
  allocations: { code: string; amount: string }[];
  changes: { code: string; amount: string; transfer: boolean }[];
  assignments: { id: string; deadline: string | null; status: string; parts: { part: string; deadline: string | null }[] }[];
  reporting?: string[];
}

interface Seed {
  unit: string;
  allocation: { code: string; amount: string }[];
  changes: { code: string; change: string; transfer?: string }[];
  assignments: { id: string; deadline: string | null; status: string; parts?: { part: string; deadline: string | null }[] }[];
}

/** The seed letter's facts (tests/fixtures/seed/seed-letter.json) in the answer form. */
function seedAnswer(): Answer {
  const seed = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "seed", "seed-letter.json"), "utf8")) as Seed;
  return {
    unit: seed.unit,
    allocations: seed.allocation.map((a) => ({ code: a.code, amount: a.amount })),
    changes: seed.changes.map((c) => ({ code: c.code, amount: c.change, transfer: c.transfer !== undefined })),
    assignments: seed.assignments.map((a) => ({
      id: a.id,
      deadline: a.deadline,
      status: a.status === "closed" ? "closed" : "open",
      parts: (a.parts ?? []).map((p) => ({ part: p.part, deadline: p.deadline })),
    })),
  };
}

interface Tally {
  right: number;
  wrong: string[];
  missed: string[];
}

function tally<E, F>(expected: E[], found: F[], keyE: (e: E) => string, keyF: (f: F) => string, same: (e: E, f: F) => boolean): Tally {
  const t: Tally = { right: 0, wrong: [], missed: [] };
  const left = [...found];
  for (const e of expected) {
    const i = left.findIndex((f) => keyF(f) === keyE(e));
    if (i < 0) {
      t.missed.push(keyE(e));
      continue;
    }
    const [f] = left.splice(i, 1);
    if (same(e, f)) t.right++;
    else t.wrong.push(`${keyE(e)}: ${JSON.stringify(f)}`);
  }
  for (const f of left) t.wrong.push(`extra ${keyF(f)}`);
  return t;
}

type Json = Record<string, unknown>;

function judge(file: string, answer: Answer): { line: string; problems: string[] } {
  const { code, json } = runJson(["read-letter", file]);
  const allocations = tally(answer.allocations, json.allocations as Json[], (e) => e.code, (f) => String(f.code), (e, f) => e.amount === f.amount && f.unit === answer.unit);
  const changes = tally(
    answer.changes,
    json.changes as Json[],
    (e) => e.code,
    (f) => String(f.code),
    (e, f) => e.amount === f.amount && e.transfer === (f.transferGroup !== null),
  );
  const assignments = tally(
    answer.assignments,
    json.assignments as Json[],
    (e) => e.id,
    (f) => String(f.id),
    (e, f) =>
      e.deadline === f.deadline &&
      e.status === f.status &&
      JSON.stringify(e.parts) === JSON.stringify((f.parts as Json[]).map((p) => ({ part: p.part, deadline: p.deadline }))),
  );
  const reporting = answer.reporting ? tally(answer.reporting, json.reporting as Json[], (e) => e, (f) => String(f.deadline), () => true) : { right: 0, wrong: [], missed: [] };
  const parts = { allocations, changes, assignments, reporting };
  const line =
    `${file.split("/").pop()}: ` +
    Object.entries(parts)
      .map(([k, t]) => `${k} ${t.right} right, ${t.wrong.length} wrong, ${t.missed.length} missed`)
      .join("; ");
  const problems = Object.entries(parts).flatMap(([k, t]) => [...t.wrong.map((w) => `${k} wrong ${w}`), ...t.missed.map((m) => `${k} missed ${m}`)]);
  if (code !== 0) problems.push(`exit code ${code}`);
  if (json.unit !== answer.unit) problems.push(`unit ${String(json.unit)}`);
  return { line, problems };
}

const letters = readdirSync(LETTERS).filter((f) => f.endsWith(".answer.json"));

test("every letter is read as its answer says, and the seed letter gives exactly its facts", () => {
  const results = [
    judge(SEED_TEXT, seedAnswer()),
    judge(SEED_DOCX_LINES, seedAnswer()),
    ...letters.map((a) => {
      const answer = JSON.parse(readFileSync(join(LETTERS, a), "utf8")) as Answer & { file: string };
      return judge(join(LETTERS, answer.file), answer);
    }),
  ];
  console.log(results.map((r) => r.line).join("\n"));
  expect(letters.length).toBeGreaterThanOrEqual(3);
  expect(results.flatMap((r) => r.problems)).toEqual([]);
});

test("the seed letter's transfer is one balanced pair, each change quotes its sentence, and the unit guess is a warning", () => {
  const { json } = runJson(["read-letter", SEED_TEXT]);
  const changes = json.changes as Json[];
  const transfer = changes.filter((c) => c.transferGroup !== null);
  expect(transfer.map((c) => [c.code, c.amount])).toEqual([
    ["671/62", "-1000"],
    ["858/01", "1000"],
  ]);
  expect(new Set(transfer.map((c) => c.transferGroup)).size).toBe(1);
  expect((transfer[0].source as Json).text).toMatch(/^Tildelingen på kap\. 671, post 62 reduseres med 1 mill\. kroner mot en tilsvarende økning på kap\. 858, post 01/);
  // The table row "351/70 57 625 1 000 58 625" and the sentence under Post 70 are one change.
  const own = changes.find((c) => c.code === "351/70") as Json;
  expect((own.alsoIn as Json[]).length).toBe(1);
  expect(json.unitSource).toBe("inferred");
  const codes = (json.diagnostics as Json[]).map((d) => `${String(d.severity)} ${String(d.code)}`);
  expect(codes).toContain("warning LR-UNIT-INFERRED");
  // "samlet ramme på 10 mill. kroner over kap. 226, post 21" is no change, and is said, not dropped.
  expect((json.diagnostics as Json[]).some((d) => d.code === "LR-AMOUNT-NOT-READ" && /kap\. 226, post 21/.test(String(d.text)))).toBe(true);
  const two = (json.assignments as Json[]).find((a) => a.id === "2024 t-4:2") as Json;
  expect(two.otherIds).toEqual(["Udir 2024-018"]);
  expect((json.assignments as Json[]).find((a) => a.id === "2023:61")).toMatchObject({ deadline: "2025-12-31", revised: true, deadlineText: "utgangen av 2025" });
});

test("--out writes sheets that apply and deadlines read: 351/70 57 625 + 1 000 = 58 625", () => {
  const out = join(mkdtempSync(join(tmpdir(), "read-letter-")), "brev.xlsx");
  expect(runCli(["read-letter", SEED_TEXT, "--out", out]).code).toBe(0);
  const applied = runJson(["apply", out]);
  const line = (applied.json.lines as Json[]).find((l) => l.code === "351/70");
  expect(line).toMatchObject({ before: "57625", change: "1000", after: "58625" });
  expect(applied.json.unit).toBe("1000 kr");
  const flagged = runJson(["deadlines", out, "--date", "2026-11-23"]);
  const flags = Object.fromEntries((flagged.json.assignments as Json[]).filter((a) => a.part === null).map((a) => [a.id, a.flag]));
  expect(flags).toMatchObject({ "2024-t4:1": "overdue", "2024 t-4:2": "overdue", "2023:61": "overdue", "2023:30": "done", "2022:55": "no-deadline" });
});

test("a scanned PDF, a file of another kind and a missing file are refused with a message and exit code 2", () => {
  const scan = runCli(["read-letter", join(LETTERS, "scan-uten-tekst.pdf")]);
  expect(scan.code).toBe(2);
  expect(scan.stderr).toMatch(/ingen tekst å lese/);
  const other = runCli(["read-letter", join(ROOT, "assets", "samples", "tillegg-bufdir.xlsx"), "--lang", "en"]);
  expect(other.code).toBe(2);
  expect(other.stderr).toMatch(/cannot be read as a letter/);
  const missing = runCli(["read-letter", join(LETTERS, "finnes-ikke.docx")]);
  expect(missing.code).toBe(2);
  for (const r of [scan, other, missing]) expect(r.stderr).not.toMatch(STACK_TRACE);
});
