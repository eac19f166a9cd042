// The four commands over the sample workbook (assets/samples, built from the seed letter by
// scripts/make-sample.js) and over a workbook LibreOffice made, run as a user runs them.
import { readFileSync } from "node:fs";
import { FIXTURES, SAMPLE, SEED, STACK_TRACE, fixture, runCli, runJson } from "./run-cli";

interface Seed {
  expectedChangeTable: { code: string; before: string; change: string; after: string }[];
  changes: { code: string; change: string; transfer?: string }[];
  expectedLetterTableText: string;
  expectedFlags: Record<string, Record<string, string>>;
}
const seed = JSON.parse(readFileSync(SEED, "utf8")) as Seed;

type Json = Record<string, any>;

describe("tildeling check", () => {
  it("reads the sample's allocation sheet: every line, the unit, no errors, exit 0", () => {
    const { code, json } = runJson(["check", SAMPLE]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ linesRead: 6, unit: "1000 kr" });
    expect((json.diagnostics as Json[]).filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reports Excel errors with their cells and exits 1 (LibreOffice workbook with #REF! and #N/A)", () => {
    const { code, json } = runJson(["check", fixture("feil-lo.xlsx")]);
    expect(code).toBe(1);
    const errors = (json.diagnostics as Json[]).filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.cell, d.text])).toEqual([
      ["Tildeling!A4", "#REF!"],
      ["Tildeling!D5", "#N/A"],
    ]);
  });

  it("prints a Norwegian report by default and an English one with --lang en", () => {
    const nb = runCli(["check", fixture("feil-lo.xlsx")]);
    expect(nb.stdout).toContain("Cellen inneholder Excel-feilen #REF!");
    expect(nb.stdout).toContain("Tildeling!A4");
    const en = runCli(["check", fixture("feil-lo.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("The cell holds the Excel error #REF!");
    expect(en.code).toBe(1);
  });

  it("checks only the sheet named with --sheet, and says which sheets exist when the name is wrong", () => {
    const ok = runJson(["check", fixture("tillegg-lo.xlsx"), "--sheet", "tildeling"]);
    expect(ok.json).toMatchObject({ linesRead: 4, sheets: [{ sheet: "Tildeling" }] });
    const wrong = runCli(["check", fixture("tillegg-lo.xlsx"), "--sheet", "Budsjett"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("«Tildeling», «Endringer», «Oppdrag»");
  });
});

describe("tildeling apply", () => {
  it("gives the seed letter's change table for 351/70 and applies the transfer 671/62 -> 858/01", () => {
    const { code, json } = runJson(["apply", SAMPLE]);
    expect(code).toBe(0);
    expect(json.unit).toBe("1000 kr");
    const lines = json.lines as Json[];
    for (const expected of seed.expectedChangeTable) {
      expect(lines.find((l) => l.code === expected.code)).toMatchObject(expected);
    }
    // The transfer's two lines: each changed by the seed's amount, and they cancel out.
    const transfer = seed.changes.filter((c) => c.transfer === "T1");
    for (const c of transfer) expect(lines.find((l) => l.code === c.code)?.change).toBe(c.change);
    for (const l of lines) expect(Number(l.before) + Number(l.change)).toBe(Number(l.after));
    expect(json.totals).toMatchObject({ change: "1000" });
  });

  it("reads the change entries from another workbook with --changes", () => {
    const { code, json } = runJson(["apply", SAMPLE, "--sheet", "Tildeling", "--changes", fixture("tillegg-lo.xlsx"), "--changes-sheet", "Endringer"]);
    expect(code).toBe(0);
    expect(json.changeSheets).toEqual(["Endringer"]);
    expect((json.lines as Json[]).map((l) => l.code)).toEqual(["351/70", "671/62", "858/01"]);
  });

  it("prints the change table aligned, with the minus sign", () => {
    const r = runCli(["apply", fixture("tillegg-lo.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/351\/70\s+57 625\s+1 000\s+58 625/);
    expect(r.stdout).toMatch(/671\/62\s+12 500\s+−1 000\s+11 500/);
  });
});

describe("tildeling deadlines", () => {
  const flagOf = (json: Json, label: string) => {
    const [id, ...part] = label.split(" Del ");
    return (json.assignments as Json[]).find((a) => a.id === id && (part.length === 0 ? a.part === null : a.part === `Del ${part[0]}`))?.flag;
  };

  it("flags the seed's assignments as of 2026-11-23 and exits 1 because some are overdue", () => {
    const { code, json } = runJson(["deadlines", SAMPLE, "--date", "2026-11-23"]);
    expect(code).toBe(1);
    expect(json.referenceDate).toBe("2026-11-23");
    const expected = seed.expectedFlags["2026-11-23"];
    expect(flagOf(json, "2024-t4:1")).toBe("overdue");
    expect(flagOf(json, "2024 t-4:2")).toBe("overdue");
    expect(flagOf(json, "2024 t-4:2 Del 1")).toBe("overdue");
    expect(flagOf(json, "2023:61")).toBe("overdue");
    expect(expected["2023:30"]).toBe("closed");
    expect(flagOf(json, "2023:30")).toBe("done");
    expect((json.assignments as Json[]).find((a) => a.id === "2023:30")?.status).toBe("closed");
    expect(flagOf(json, "2022:55")).toBe("no-deadline");
    // Del 1's deadline is an Excel date cell: shown as the sheet shows it, typed text as typed.
    const part1 = (json.assignments as Json[]).find((a) => a.id === "2024 t-4:2" && a.part === "Del 1");
    expect(part1).toMatchObject({ deadline: "2024-09-30", deadlineText: "30.09.2024" });
    expect((json.assignments as Json[]).find((a) => a.id === "2024-t4:1")?.deadlineText).toBe("1. april 2025");
  });

  it("says due-soon and due-today on the seed's other days, with --soon deciding what is soon", () => {
    const march = runJson(["deadlines", SAMPLE, "--date", "2025-03-15"]).json;
    expect(flagOf(march, "2024-t4:1")).toBe("due-soon");
    expect(flagOf(march, "2024 t-4:2")).toBe("on-track");
    expect(flagOf(march, "2023:61")).toBe("on-track");
    expect(runJson(["deadlines", SAMPLE, "--date", "2025-03-15", "--soon", "10"]).json).toMatchObject({ soonDays: 10 });
    expect(flagOf(runJson(["deadlines", SAMPLE, "--date", "2025-03-15", "--soon", "10"]).json, "2024-t4:1")).toBe("on-track");
    expect(flagOf(runJson(["deadlines", SAMPLE, "--date", "2025-04-01"]).json, "2024-t4:1")).toBe("due-today");
  });

  it("reads the deadlines of a LibreOffice workbook (a date cell and dates in words)", () => {
    const { json } = runJson(["deadlines", fixture("tillegg-lo.xlsx"), "--date", "2025-03-15"]);
    const first = (json.assignments as Json[]).find((a) => a.id === "2024-t4:1");
    expect(first).toMatchObject({ deadline: "2025-04-01", flag: "due-soon", days: 17, cell: "Oppdrag!A2" });
  });
});

describe("tildeling letter-table", () => {
  it("prints the letter's table as tab-separated text: the seed's header and line", () => {
    const r = runCli(["letter-table", SAMPLE, "--format", "tsv"]);
    expect(r.code).toBe(0);
    const [header, line351] = seed.expectedLetterTableText.split("\n");
    const printed = r.stdout.trimEnd().split("\n");
    expect(printed[0]).toBe(header);
    // Amounts keep their groups together with a narrow no-break space (U+202F), wherever they go.
    expect(printed).toContain(line351.replace(/ (?=\d{3}(?!\d))/g, "\u202f"));
  });

  it("prints HTML with the caption and the kap./post blocks", () => {
    const r = runCli(["letter-table", SAMPLE, "--format", "html"]);
    expect(r.stdout).toContain("<table");
    expect(r.stdout).toContain("Beløp i 1 000 kr");
    expect(r.stdout).toContain("Kap. 351 Likestilling");
  });
});

describe("help and usage", () => {
  it.each(["check", "apply", "deadlines", "letter-table"])("%s --help prints its usage and exits 0", (command) => {
    const r = runCli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tildeling ${command} FIL.xlsx`);
  });

  it.each([
    [["frister", SAMPLE], "Ukjent kommando «frister»"],
    [["check", SAMPLE, "--date", "2025-01-01"], "Ukjent valg «--date»"],
    [["deadlines", SAMPLE, "--date", "1. april 2025"], "ÅÅÅÅ-MM-DD"],
    [["deadlines", SAMPLE, "--soon", "snart"], "antall dager"],
    [["check", SAMPLE, "--year", "24"], "budsjettår"],
    [["letter-table", SAMPLE, "--format", "pdf"], "text, html, tsv"],
    [["check", SAMPLE, "--lang", "se"], "nb, en"],
    [["apply"], "Mangler filnavn"],
    [["deadlines", SAMPLE, "--sheet", "Frister"], "Fant ikke arket «Frister»"],
  ])("%j exits 2 with a message and no stack trace", (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("gives a JSON error object on stdout for a file that cannot be read, with --json", () => {
    const r = runCli(["check", `${FIXTURES}/passordbeskyttet-lo.xlsx`, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "XLSX-ENCRYPTED", severity: "error" });
  });
});
