import { chooseAllocationSheet } from "../../../src/core/readers/sheet-choice";

const pick = (names: string[], year: number | null, source: "option" | "file-name" | "today" = "option", titleYears: (number | null)[] = []) => {
  const d = chooseAllocationSheet(
    names.map((name, i) => ({ name, titleYear: titleYears[i] ?? null })),
    { year, source },
  );
  return [names[d.index], d.diagnostics.map((x) => [x.severity, x.code])];
};

describe("the allocation sheet by the budget year in force", () => {
  test("--year 2026 picks «Tildeling 2026», with a note", () => {
    expect(pick(["Tildeling 2025", "Tildeling 2026"], 2026)).toEqual(["Tildeling 2026", [["info", "SHEET-CHOSEN-BY-YEAR"]]]);
  });
  test("the year a sheet's title names counts as its year", () => {
    expect(pick(["Ark1", "Ark2"], 2025, "file-name", [2024, 2025])).toEqual(["Ark2", [["info", "SHEET-CHOSEN-BY-YEAR"]]]);
  });
  test("no year: the first, with a warning naming the others", () => {
    expect(pick(["Tildeling 2025", "Tildeling 2026"], null)).toEqual(["Tildeling 2025", [["warning", "SHEET-CHOSEN"]]]);
  });
  test("a year that is only today's is a guess: a warning", () => {
    expect(pick(["Tildeling 2025", "Tildeling 2026"], 2026, "today")).toEqual(["Tildeling 2026", [["warning", "SHEET-CHOSEN"]]]);
  });
  test("one sheet: nothing to say", () => {
    expect(pick(["Tildeling"], 2026)).toEqual(["Tildeling", []]);
  });
});
