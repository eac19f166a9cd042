// Kontroll of a long sheet with no header row through office.js's request builder: the engine
// infers its columns from the first 2 000 rows and checks the rest as the blocks come, as it does
// a sheet with a header. When a header row turns up below those rows, the whole-sheet reading
// (which takes everything above the header for its titles) cannot be had from rows already let
// go: the pane reads the sheet again, holding it this time, and reports the table under the
// header as the whole-sheet reader reads it (worked out by hand below).
import { createRealExcel } from "../../support/office-runtime";
import { SETTINGS as PANE_SETTINGS, actionsFor } from "./workbooks";

const SETTINGS = { ...PANE_SETTINGS, unit: "1000 kr" as const };
const NOW = () => new Date("2026-11-23T12:00:00+01:00");
// 2025 Gul bok lines in turn; every 10 000th line from the sixth (rows 6, 10 006, ..., 40 006) has post 700.
const CODES = ["351/70", "855/01", "858/01", "671/62", "855/21", "858/21"];

function lines(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) rows.push([i % 10_000 === 5 ? "855/700" : CODES[i % CODES.length], `Linje ${i + 1}`, 1000 + (i % 997)]);
  return rows;
}

describe("Kontroll of a long sheet with no header row", () => {
  it("checks 45 000 lines in two blocks, reading the columns from the values, with the five bad posts at their cells", async () => {
    const real = createRealExcel();
    real.state.type("Uten", lines(45_000));
    const report = await actionsFor(real, NOW).check({ sheet: "Uten" }, SETTINGS, {}, {});

    // The shape, then two blocks (40 000 and 5 000 rows): read once.
    expect(real.requests).toHaveLength(3);
    expect([report.lines, report.linesWithErrors]).toEqual([45_000, 5]);
    const shown = report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`);
    // Errors first, as the pane lists them.
    expect(shown).toEqual([
      ...[6, 10_006, 20_006, 30_006, 40_006].map((row) => `error KP-POST-RANGE Uten!A${row}`),
      "warning HEADER-INFERRED Uten!C1",
      "info CLI-CHART-USED ",
    ]);
  }, 120_000);

  it("reads the sheet again when a header row comes below 40 000 rows read without one, and reports the table under it", async () => {
    const real = createRealExcel();
    real.state.type("Sen", [...lines(42_000), ["Kap/post", "Betegnelse", "Tildeling"], ["351/70", "Tilskudd", 57625], ["858/01", "Drift", 300]]);
    const report = await actionsFor(real, NOW).check({ sheet: "Sen" }, SETTINGS, {}, {});

    // The shape and two blocks; the header is in the second, so both blocks are read once more.
    expect(real.requests).toHaveLength(5);
    // The table under the header (row 42 001) has two lines; the 42 000 rows above it are its titles.
    expect(report.lines).toBe(2);
    expect(report.linesWithErrors).toBe(0);
    const above = report.diagnostics.filter((d) => d.code === "ALLOC-ROW-ABOVE-TABLE");
    expect([above.length, above[0].cell, above[above.length - 1].cell]).toEqual([42_000, "Sen!A1", "Sen!A42000"]);
    expect(report.facts).toMatchObject({ amountColumn: { header: "Tildeling", cell: "Sen!C42001" } });
  }, 120_000);
});
