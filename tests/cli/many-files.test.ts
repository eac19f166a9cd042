// `tildeling check FOLDER` over a submission round: every file gets its verdict, the files that
// cannot be read do not stop the others, and the exit code says the worst of it.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { dirname, join } from "node:path";
import { LARGE_LINES, makeSubmissionRound } from "./submission-round";
import { STACK_TRACE, runCli } from "./run-cli";

type Json = Record<string, any>;

let round: string;
beforeAll(async () => {
  round = await makeSubmissionRound();
}, 300_000);
afterAll(() => rmSync(dirname(round), { recursive: true, force: true }));

const rel = (name: string) => join(round, name);

describe("tildeling check FOLDER --json", () => {
  let run: { code: number | null; json: Json; stderr: string };
  beforeAll(() => {
    const r = runCli(["check", round, "--json", "--jobs", "2"], { timeoutMs: 300_000 });
    run = { code: r.code, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
  }, 300_000);

  it("gives each workbook its verdict, unreadable ones included, sorted by name", () => {
    expect(run.json.summary.rows.map((r: Json) => [r.file, r.verdict])).toEqual([
      [rel("bufdir-2024.xlsx"), "ready"],
      [rel("etater/imdi-2024.xlsx"), "must-fix"],
      [rel("etater/udir-2024.xlsx"), "ready"],
      [rel("gammel.xls"), "unreadable"],
      [rel("passord.xlsx"), "unreadable"],
      [rel("skadet.xlsx"), "unreadable"],
      [rel("stor-2024.xlsx"), "ready"],
    ]);
    expect(run.json.summary).toMatchObject({ files: 7, ready: 3, mustFix: 1, unreadable: 3, errors: 2, warnings: 0, exitCode: 2 });
  });

  it("exits 2 and still reports every readable file as the one-file check does", () => {
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const byFile = new Map<string, Json>(run.json.files.map((f: Json) => [f.file, f]));
    expect(byFile.get(rel("bufdir-2024.xlsx"))).toMatchObject({ linesRead: 6, unit: "1000 kr", sheets: [{ sheet: "Tildeling", chartYear: 2024 }] });
    expect(byFile.get(rel("stor-2024.xlsx"))).toMatchObject({ linesRead: LARGE_LINES, unit: "1000 kr" });
    const imdi = byFile.get(rel("etater/imdi-2024.xlsx"))!;
    expect(imdi.diagnostics.filter((d: Json) => d.severity === "error").map((d: Json) => [d.cell, d.text])).toEqual([
      ["Tildeling!A4", "#REF!"],
      ["Tildeling!D5", "#N/A"],
    ]);
    expect(byFile.get(rel("gammel.xls"))?.error.code).toBe("XLSX-LEGACY-XLS");
    expect(byFile.get(rel("skadet.xlsx"))?.error.code).toBe("XLSX-CORRUPT");
    expect(byFile.get(rel("passord.xlsx"))?.error.code).toBe("XLSX-ENCRYPTED");
  });

  it("says where each budget year came from (the sheet's title) and which Gul bok was used", () => {
    const rows = new Map<string, Json>(run.json.summary.rows.map((r: Json) => [r.file, r]));
    expect(rows.get(rel("bufdir-2024.xlsx"))).toMatchObject({ budgetYear: 2024, yearSource: "title", chartYear: 2024 });
    expect(rows.get(rel("stor-2024.xlsx"))).toMatchObject({ budgetYear: 2024, yearSource: "title", linesRead: LARGE_LINES });
  });
});

describe("tildeling check FILES (terminal)", () => {
  it("prints the findings of the faulty file, the summary table and the totals, in Norwegian", () => {
    const r = runCli(["check", rel("etater/imdi-2024.xlsx"), rel("bufdir-2024.xlsx"), rel("skadet.xlsx"), "--year", "2024"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Tildeling!A4  Cellen inneholder Excel-feilen #REF!");
    expect(r.stdout).toMatch(/Fil\s+Ark\s+Linjer\s+Enhet\s+Budsjettår\s+Feil\s+Advarsler\s+Vurdering/);
    expect(r.stdout).toMatch(/imdi-2024\.xlsx\s+1\s+1\s+1 000 kr\s+2024 \(--year\)\s+2\s+0\s+må rettes/);
    expect(r.stdout).toMatch(/bufdir-2024\.xlsx\s+1\s+6\s+1 000 kr\s+2024 \(--year\)\s+0\s+0\s+klar/);
    expect(r.stdout).toMatch(/skadet\.xlsx(\s+–){6}\s+kunne ikke leses/);
    expect(r.stdout).toContain("3 filer: 1 klare, 1 må rettes, 1 kunne ikke leses. 2 feil, 0 advarsler.");
  });

  it("exits 1 when a file has errors and none is unreadable, 0 when all are clean", () => {
    expect(runCli(["check", rel("etater/imdi-2024.xlsx"), rel("bufdir-2024.xlsx"), "--lang", "en"])).toMatchObject({ code: 1 });
    const clean = runCli(["check", rel("etater/udir-2024.xlsx"), rel("bufdir-2024.xlsx"), "--lang", "en"]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("2 files: 2 ready, 0 must be fixed, 0 could not be read. 0 errors, 0 warnings.");
  });

  it("takes a quoted pattern and reads only what it matches", () => {
    const r = runCli(["check", join(round, "etater", "*.xlsx"), "--json"]);
    expect(JSON.parse(r.stdout).summary.rows.map((row: Json) => row.file)).toEqual([rel("etater/imdi-2024.xlsx"), rel("etater/udir-2024.xlsx")]);
  });

  it("reports a pattern that matches nothing as a row of its own, exit 2", () => {
    const r = runCli(["check", join(round, "*.ods"), rel("bufdir-2024.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: Json) => f.error?.code ?? f.linesRead)).toEqual([6, "CLI-NO-FILES-MATCH"]);
  });

  it("--jsonl: one report per line as each file finishes, then the summary", () => {
    const r = runCli(["check", rel("etater/imdi-2024.xlsx"), rel("bufdir-2024.xlsx"), rel("gammel.xls"), "--jsonl"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Json);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => l.file).sort()).toEqual([rel("bufdir-2024.xlsx"), rel("etater/imdi-2024.xlsx"), rel("gammel.xls")]);
    expect(lines[3].summary).toMatchObject({ files: 3, ready: 1, mustFix: 1, unreadable: 1, exitCode: 2 });
  });

  it("shows a progress line only when stderr is a terminal", () => {
    const piped = runCli(["check", rel("etater/udir-2024.xlsx"), rel("bufdir-2024.xlsx")]);
    expect(piped.stderr).toBe("");
    // util-linux `script` runs the command on a pseudo-terminal, as a user's shell would.
    const command = `${JSON.stringify(process.execPath)} bin/tildeling.js check ${JSON.stringify(rel("etater/udir-2024.xlsx"))} ${JSON.stringify(rel("bufdir-2024.xlsx"))}`;
    const tty = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", cwd: join(__dirname, "..", ".."), timeout: 110_000 });
    expect(tty.stdout).toContain("2 av 2 filer lest");
  });
});

describe("usage mistakes in a many-file run (exit 2, nothing written)", () => {
  it("refuses --report naming one of the files read, and leaves that file as it was", () => {
    const input = rel("etater/udir-2024.xlsx");
    const before = readFileSync(input);
    const r = runCli(["check", join(round, "etater"), "--report", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("det er en av filene som leses");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it.each([
    [["--jobs", "0"], "er ikke et antall jobber"],
    [["--json", "--jsonl"], "Velg enten --json"],
  ])("%j", (extra, message) => {
    const r = runCli(["check", join(round, "etater"), ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("--strict", () => {
  it("makes warnings count: exit 1 and 'må rettes' for a file whose only finding is a warning", () => {
    const warned = join(dirname(round), "advarsel.xlsx");
    const args = ["check", warned, rel("bufdir-2024.xlsx"), "--json"];
    const plain = runCli(args);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).summary.rows[0]).toMatchObject({ file: warned, warnings: 1, errors: 0, verdict: "ready" });
    const strict = runCli([...args, "--strict"]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).summary.rows[0]).toMatchObject({ file: warned, verdict: "must-fix" });
    // One file alone keeps its one-file report, and --strict its exit code.
    expect(runCli(["check", warned]).code).toBe(0);
    expect(runCli(["check", warned, "--strict"]).code).toBe(1);
  });
});

describe("a file with more findings than the terminal lists", () => {
  // 13 well-formed codes Gul bok 2024 does not have (warnings, rows 3-15) and 11 chapters past
  // 5999 (errors, rows 16-26). A run lists ten of each per file and counts the rest; the summary
  // row and --json have every one. Worked out by hand from the rows written.
  let many: string;
  beforeAll(async () => {
    many = join(dirname(round), "mange-funn-2024.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tildeling");
    ws.addRow(["Tildelingsbrev 2024 (i 1 000 kr)"]);
    ws.addRow(["Kap/post", "Tildeling"]);
    for (let post = 80; post <= 92; post++) ws.addRow([`351/${post}`, 100]);
    for (let chapter = 99_990; chapter <= 100_000; chapter++) ws.addRow([`${chapter}/01`, 100]);
    await wb.xlsx.writeFile(many);
  });

  it("lists the first ten errors and warnings of the file and counts the rest, on worker threads", () => {
    const r = runCli(["check", many, rel("bufdir-2024.xlsx"), "--jobs", "2"]);
    expect(r.code).toBe(1);
    const listed = (severity: string) => [...r.stdout.matchAll(new RegExp(`^  ${severity}\\s+(Tildeling!A\\d+)`, "gm"))].map((m) => m[1]);
    expect(listed("feil")).toEqual(["A16", "A17", "A18", "A19", "A20", "A21", "A22", "A23", "A24", "A25"].map((c) => `Tildeling!${c}`));
    expect(listed("advarsel")).toEqual(["A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12"].map((c) => `Tildeling!${c}`));
    expect(r.stdout).toContain("  … og 1 feil til (bruk --json for å se alle)");
    expect(r.stdout).toContain("  … og 3 advarsler til (bruk --json for å se alle)");
    expect(r.stdout).toMatch(/mange-funn-2024\.xlsx\s+1\s+13\s+1 000 kr\s+2024 \(arktittelen\)\s+11\s+13\s+må rettes/);
    expect(r.stdout).toContain("2 filer: 1 klare, 1 må rettes, 0 kunne ikke leses. 11 feil, 13 advarsler.");
  });

  it("--json has every finding of the file", () => {
    const r = runCli(["check", many, rel("bufdir-2024.xlsx"), "--jobs", "2", "--json"]);
    const file = (JSON.parse(r.stdout) as Json).files.find((f: Json) => f.file === many);
    const count = (severity: string) => file.diagnostics.filter((d: Json) => d.severity === severity).length;
    expect([count("error"), count("warning")]).toEqual([11, 13]);
  });
});
