// Argument parsing: every mistake is a catalog diagnostic (exit code 2 at the command line), never Node's own error text.
import { parseArgs } from "../../src/cli/args";
import { messageOf } from "../../src/core/diagnostics";

describe("parseArgs", () => {
  it("reads a command, its file and options in any order, with --opt value and --opt=value", () => {
    expect(parseArgs(["apply", "--sheet", "Tildeling", "bok.xlsx", "--out=ut.xlsx", "--json"])).toEqual({
      ok: true,
      args: { command: "apply", file: "bok.xlsx", files: ["bok.xlsx"], options: { sheet: "Tildeling", out: "ut.xlsx", json: true } },
    });
  });

  it("takes a file name that starts with a dash after --", () => {
    const r = parseArgs(["check", "--", "-rar.xlsx"]);
    expect(r.ok && r.args.file).toBe("-rar.xlsx");
  });

  it.each([
    [["sjekk", "a.xlsx"], "CLI-UNKNOWN-COMMAND"],
    [[], "CLI-NO-COMMAND"],
    [["check"], "CLI-MISSING-FILE"],
    [["apply", "a.xlsx", "b.xlsx"], "CLI-EXTRA-ARGUMENT"],
    [["check", "a.xlsx", "--out", "b.xlsx"], "CLI-UNKNOWN-OPTION"],
    [["check", "a.xlsx", "--sheet"], "CLI-MISSING-VALUE"],
    [["check", "a.xlsx", "--sheet", "--json"], "CLI-MISSING-VALUE"],
    [["check", "a.xlsx", "--json=yes"], "CLI-UNKNOWN-OPTION"],
  ])("%j -> %s", (argv, code) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.code).toBe(code);
  });

  it("takes many files, folders and patterns for check and deadlines", () => {
    const r = parseArgs(["check", "a.xlsx", "innsendt/", "runde-2/*.xlsx", "--jobs", "2", "--strict"]);
    expect(r).toEqual({
      ok: true,
      args: { command: "check", file: "a.xlsx", files: ["a.xlsx", "innsendt/", "runde-2/*.xlsx"], options: { jobs: "2", strict: true } },
    });
  });

  it.each([
    [["check", "a.xlsx", "--sheets", "Tildeling"], "Ukjent valg «--sheets» for «check»."],
    [["apply", "a.xlsx", "-ho"], "Ukjent valg «-ho» for «apply»."],
    [["--sheet", "Tildeling", "check", "a.xlsx"], "Ukjent valg «--sheet» for «tildeling»."],
  ])("refuses the unknown option %j by the name it was typed with", (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok ? null : messageOf(r.diagnostic, "nb")).toBe(message);
  });

  it("accepts --help without a file", () => {
    expect(parseArgs(["deadlines", "-h"])).toMatchObject({ ok: true, args: { command: "deadlines", options: { help: true } } });
  });
});
