// buildLetter: the letter a supplement prints, from the same change run as Endringer and `apply`.
import { gridFromRows } from "../../../src/core/grid";
import { buildLetter } from "../../../src/core/use-cases/build-letter";
import { loadChart } from "../../../src/core/chart/load-chart";

describe("buildLetter", () => {
  it("lists the changed line with before, change and after, and writes its sentence in Bokmål", async () => {
    const allocation = gridFromRows("Tildeling", [["Tildelingsbrev 2024"], ["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["351/70", 57625]]);
    const changes = gridFromRows("Endringer", [["Kap/post", "Endring"], ["351/70", 1000]]);
    const { run, letter } = await buildLetter({
      workbook: { sheets: [{ grid: allocation }, { grid: changes }] },
      options: {},
      charts: async (year) => loadChart(year),
      now: new Date("2026-11-23T08:00:00Z"),
      choice: { sentences: true },
    });
    expect(run.facts.budgetYear).toBe(2024);
    expect(letter?.table.rows.filter((r) => r.kind === "line").map((r) => [r.label, r.before?.toFixed(), r.change?.toFixed(), r.after?.toFixed()])).toEqual([["351/70", "57625", "1000", "58625"]]);
    expect(letter?.sentences).toHaveLength(1);
    expect(letter?.sentences[0].text).toMatch(/^Tildelingen på kap\. 351, post 70 økes med 1 mill\. kroner/);
  });
});
