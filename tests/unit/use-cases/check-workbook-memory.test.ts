// checkWorkbook on a large workbook: the report keeps each line and finding with its cell, but no
// sheet's grid, and a caller that hands its sheets over gets them let go one by one, so a
// workbook of many large sheets is never held whole until the check ends.
import { loadChart } from "../../../src/core/chart/load-chart";
import { type Grid, gridFromRows } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/use-cases/check-workbook";
import type { SheetInput } from "../../../src/core/use-cases/workbook";

/** Every object reachable from `root`, private fields and class instances included. */
function reachable(root: unknown): Set<unknown> {
  const seen = new Set<unknown>();
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else for (const x of Object.values(v as object)) stack.push(x);
  }
  return seen;
}

describe("checkWorkbook lets the grids go", () => {
  it("keeps lines and findings with their cells, and no grid, when the sheets are handed over", async () => {
    const first: Grid = gridFromRows("Tildeling", [["Tildelingsbrev 2024"], ["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["351/70", 57625], ["9999/01", 5]]);
    const second: Grid = gridFromRows("Tillegg", [["Tildelingsbrev 2024"], ["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["858/01", 300000]]);
    const sheets: SheetInput[] = [{ grid: first }, { grid: second }];
    const report = await checkWorkbook({ workbook: { sheets }, options: {}, charts: async (year) => loadChart(year), now: new Date("2026-11-23T08:00:00Z"), handOver: true });

    expect(report.sheets.map((s) => s.sheet)).toEqual(["Tildeling", "Tillegg"]);
    expect(report.sheets.flatMap((s) => s.read.lines.map((l) => l.codeCell.address))).toEqual(["Tildeling!A4", "Tillegg!A4"]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.cell}`)).toEqual(["KP-CHAPTER-RANGE Tildeling!A5"]);
    expect(sheets).toEqual([]);
    const kept = reachable(report);
    expect([first, first.values, second, second.values].filter((g) => kept.has(g))).toEqual([]);
  });

  it("leaves the caller's sheets alone unless they are handed over", async () => {
    const grid = gridFromRows("Tildeling", [["Kap/post", "Tildeling (kr)"], ["351/70", 57625]]);
    const sheets: SheetInput[] = [{ grid }];
    await checkWorkbook({ workbook: { sheets }, options: { year: 2024 }, charts: async (year) => loadChart(year), now: new Date("2026-11-23T08:00:00Z") });
    expect(sheets).toEqual([{ grid }]);
  });
});
