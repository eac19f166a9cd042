// Every check and apply says what it used: the Gul bok year and where the year came from, the
// amount column and the unit, in --json as "facts" and in the text as one line.
import { SAMPLE, runCli, runJson } from "./run-cli";

const SAMPLE_FACTS = {
  budgetYear: 2024,
  yearSource: "title",
  chartYear: 2024,
  amountColumn: { header: "Tildeling", cell: "Tildeling!E4", source: "only-one", alternatives: [] },
  unit: "1000 kr",
  unitSource: "caption",
};

describe("the facts of a run", () => {
  it("check --json carries the facts: Gul bok 2024 from the sample's title, «Tildeling» in 1 000 kr", () => {
    const { code, json } = runJson(["check", SAMPLE]);
    expect(code).toBe(0);
    expect(json.facts).toEqual({ ...SAMPLE_FACTS, sheets: ["Tildeling"] });
  });

  it("apply --json carries the same facts, with the change sheet among the sheets read", () => {
    const { json } = runJson(["apply", SAMPLE]);
    expect(json.facts).toEqual({ ...SAMPLE_FACTS, sheets: ["Tildeling", "Endringer"] });
  });

  it("the text report says it in one line, and --year changes it", () => {
    expect(runCli(["check", SAMPLE]).stdout).toContain(
      "Kontrollert mot Gul bok 2024 (fra arktittelen). Beløp fra kolonnen «Tildeling» (Tildeling!E4), i 1\u00a0000 kr (fra teksten over tabellen).",
    );
    expect(runCli(["apply", SAMPLE, "--year", "2025"]).stdout).toContain("Kontrollert mot Gul bok 2025 (valgt).");
  });
});
