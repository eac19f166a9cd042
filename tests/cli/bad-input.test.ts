// Every bad input ends with a clear message and an exit code, never a stack trace. The files are
// real: made by LibreOffice, or LibreOffice's file encrypted the way Excel encrypts (see
// tests/fixtures/libreoffice/make-fixtures.sh).
import { STACK_TRACE, fixture, runCli } from "./run-cli";

describe.each(["check", "apply", "deadlines", "letter-table"])("tildeling %s on bad input", (command) => {
  it.each([
    ["passordbeskyttet-lo.xlsx", 2, "passordbeskyttet"],
    ["skadet-lo.xlsx", 2, "er skadet"],
    ["ikke-xlsx.xlsx", 2, "ikke en Excel-arbeidsbok"],
    ["gammel-lo.xls", 2, "gamle .xls-formatet"],
    ["finnes-ikke.xlsx", 2, "Fant ikke filen"],
    ["tom-lo.xlsx", 1, "har ingen celler med innhold"],
  ])("%s: exit %i, «%s»", (name, exit, message) => {
    const r = runCli([command, fixture(name)]);
    expect(r.code).toBe(exit);
    expect(r.stdout + r.stderr).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("sheets the commands cannot use", () => {
  it("check: a sheet with no recognisable header is an error (exit 1) that says what header was looked for", () => {
    const r = runCli(["check", fixture("uten-overskrift-lo.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Fant ingen tildelingstabell");
    expect(r.stdout).toContain("«Notater»");
  });

  it("apply: a workbook without change entries says so (exit 1)", () => {
    const r = runCli(["apply", fixture("feil-lo.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Fant ingen endringer");
  });

  it("deadlines: a workbook without an assignment list says so (exit 1)", () => {
    const r = runCli(["deadlines", fixture("feil-lo.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Fant ingen oppdragsliste");
  });

  it("a folder in place of a file is exit 2", () => {
    const r = runCli(["apply", __dirname]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("er en mappe");
  });

  it("check: a folder with no workbooks in it is exit 2, and says so", () => {
    const r = runCli(["check", __dirname]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Fant ingen arbeidsbøker (.xlsx) i mappen");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
