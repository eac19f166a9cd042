// The reading choices on the command line: --strict fails a run on warnings, --changes-unit and
// --amount-column choose, and --json carries the facts (unit, its source, the amount column).
import { join } from "node:path";
import { ROOT, runCli, runJson } from "./run-cli";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus");
// An allocation in kroner with a change list that names no unit (taken from the allocation, with a warning).
const NO_UNIT = join(CORPUS, "a02-endringer-uten-enhet.xlsx");

describe("reading choices on the command line", () => {
  test("a warning alone exits 0; with --strict it exits 1", () => {
    expect(runCli(["apply", NO_UNIT]).code).toBe(0);
    expect(runCli(["apply", NO_UNIT, "--strict"]).code).toBe(1);
  });

  test("--json names the unit, where it came from, and the change list's borrowed unit in a warning", () => {
    const { code, json } = runJson(["apply", NO_UNIT, "--json"]);
    expect(code).toBe(0);
    const facts = json.facts as Record<string, unknown>;
    expect([facts.unit, facts.unitSource]).toEqual(["kr", "caption"]);
    const warnings = (json.diagnostics as { severity: string; code: string }[]).filter((d) => d.severity === "warning").map((d) => d.code);
    expect(warnings).toContain("CHG-UNIT-FROM-ALLOCATION");
    const lines = (json.lines as { code: string; change: string }[]).map((l) => [l.code, l.change]);
    expect(lines).toEqual([
      ["900/01", "2500000"],
      ["900/21", "-500000"],
    ]);
  });

  test("--changes-unit 1000 reads the same list as thousands", () => {
    const { json } = runJson(["apply", NO_UNIT, "--changes-unit", "1000", "--json"]);
    expect((json.lines as { code: string; change: string }[]).map((l) => [l.code, l.change])).toEqual([
      ["900/01", "2500000000"],
      ["900/21", "-500000000"],
    ]);
  });

  test("--amount-column naming no column is an error, and --unit must be a unit", () => {
    expect(runCli(["check", NO_UNIT, "--amount-column", "Revidert budsjett"]).code).toBe(1);
    expect(runCli(["check", NO_UNIT, "--unit", "euro"]).code).toBe(2);
  });
});
