// Kontroll against the workbook's own chart sheet ("Kontroller mot arbeidsbokens egen kontoplan")
// of a sheet too large for one request, through Microsoft's office.js request builder: the sheet
// is read in blocks and each block is checked as it arrives, as without an own chart. The other
// sheets' first rows (to find the chart sheet) come with the first block; a chart sheet longer
// than those first rows is read whole in one request of its own before the first block is checked.
import { createRealExcel } from "../../support/office-runtime";
import { SETTINGS as PANE_SETTINGS, actionsFor } from "./workbooks";

const SETTINGS = { ...PANE_SETTINGS, unit: "1000 kr" as const, chartYear: "workbook" as const };
const NOW = () => new Date("2026-11-23T12:00:00+01:00");

/**
 * "Kontoplan": a header and chapters 1000-1298, post 01, one row each (rows 2-300), then 1000/01
 * once more on row 301. `rows` cuts it shorter.
 */
function kontoplan(rows = 301): (string | number)[][] {
  const out: (string | number)[][] = [["Kap", "Post", "Kapittelnavn", "Postnavn"]];
  for (let k = 0; k < 299 && out.length < rows; k++) out.push([1000 + k, 1, `Kapittel ${1000 + k}`, "Driftsutgifter"]);
  if (out.length < rows) out.push([1000, 1, "Kapittel 1000", "Driftsutgifter (igjen)"]);
  return out;
}

/**
 * "Tildeling": a header and 60 000 lines (rows 2-60001). The codes are in the chart, 1298/01 only
 * on its row 300 (past the first rows the chart sheet is found by); every 15 000th line (rows 2,
 * 15002, 30002, 45002) has 1299/01, which the chart does not list.
 */
function workbook(chartRows?: number) {
  const real = createRealExcel();
  const codes = ["1000/01", "1150/01", "1298/01"];
  const rows: (string | number)[][] = [["Kap/post", "Betegnelse", "Tildeling"]];
  for (let i = 0; i < 60_000; i++) rows.push([i % 15_000 === 0 ? "1299/01" : codes[i % codes.length], `Linje ${i + 1}`, 1000 + (i % 997)]);
  real.state.type("Tildeling", rows);
  real.state.type("Kontoplan", kontoplan(chartRows));
  return real;
}

describe("Kontroll of a 60 000-row sheet against the workbook's own chart sheet", () => {
  it("reads the sheet in two blocks and checks each as it arrives, against the chart sheet read whole", async () => {
    const real = workbook();
    const events: string[] = [];
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Tildeling" }, SETTINGS, {}, {
      // Each event with the number of requests Excel had answered by then.
      onProgress: (p) => {
        if (p.rowsChecked !== undefined) checked.push(p.rowsChecked);
        events.push(`${p.rowsChecked !== undefined ? `checked ${p.rowsChecked}` : `block ${p.rowsRead}`} after ${real.requests.length}`);
      },
    });

    // The shape (and the sheet list), the first 40 000 rows with the other sheets' first rows,
    // the chart sheet whole, then the last 20 001 rows.
    expect(real.requests).toHaveLength(4);
    expect(real.requests.every((r) => r.error === undefined)).toBe(true);
    expect(real.requests[1].responseBytes).toBeGreaterThan(1_000_000);
    expect(real.requests[2].responseBytes).toBeLessThan(100_000);
    // The rows were checked 5 000 at a time as they came: the first block's all before the last block was asked for.
    expect(checked).toEqual([...Array.from({ length: 8 }, (_, k) => 5_000 * (k + 1)), 45_000, 50_000, 55_000, 60_000, 60_001]);
    expect(events.slice(0, 10)).toEqual([...Array.from({ length: 8 }, (_, k) => `checked ${5_000 * (k + 1)} after 3`), "block 40000 after 3", "checked 45000 after 4"]);
    expect(events.at(-1)).toBe("block 60001 after 4");

    // Worked out by hand: 1299/01 on rows 2, 15002, 30002 and 45002; 1298/01 (the chart's row 300) is known;
    // the chart lists 1000/01 twice, on rows 2 and 301.
    const shown = report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`);
    expect(shown.filter((s) => !s.startsWith("info")).sort()).toEqual([
      "warning CHART-DUPLICATE Kontoplan!A301",
      "warning KP-NOT-IN-OWN-CHART Tildeling!A15002",
      "warning KP-NOT-IN-OWN-CHART Tildeling!A2",
      "warning KP-NOT-IN-OWN-CHART Tildeling!A30002",
      "warning KP-NOT-IN-OWN-CHART Tildeling!A45002",
    ]);
    expect(shown.some((s) => s.includes("CHART-USED") || s.includes("XL-NO-OWN-CHART"))).toBe(false);
    expect([report.lines, report.linesWithErrors, report.linesWithWarnings]).toEqual([60_000, 0, 4]);
    expect(report.facts).toMatchObject({ chartYear: null, sheets: ["Tildeling"], unit: "1000 kr", amountColumn: { header: "Tildeling", cell: "Tildeling!C1" } });
  }, 300_000);

  it("takes a chart sheet that fits its first rows from the first block's request: no request of its own", async () => {
    // The chart cut to rows 1-150: chapters 1000-1148 (so 1150/01 and 1298/01 are unknown too), no duplicate.
    const real = workbook(150);
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Tildeling" }, SETTINGS, {}, { onProgress: (p) => void (p.rowsChecked !== undefined && checked.push(p.rowsChecked)) });

    expect(real.requests).toHaveLength(3);
    expect(checked.at(-1)).toBe(60_001);
    // Lines i = 0..59 999 on row i + 2: i % 3 === 0 is 1000/01 (known) unless i % 15 000 === 0 (1299/01);
    // the other two in three (40 000 lines) are 1150/01 or 1298/01. 40 000 + 4 lines with a warning.
    expect([report.lines, report.linesWithErrors, report.linesWithWarnings]).toEqual([60_000, 0, 40_004]);
    const warned = report.diagnostics.filter((d) => d.severity === "warning");
    expect(warned).toHaveLength(40_004);
    expect(warned.every((d) => d.code.startsWith("KP-NOT-IN-OWN-CHART"))).toBe(true);
    expect(warned.filter((d) => d.cell === "Tildeling!A2" || d.cell === "Tildeling!A3" || d.cell === "Tildeling!A4").map((d) => d.cell)).toEqual(["Tildeling!A2", "Tildeling!A3", "Tildeling!A4"]);
  }, 300_000);

  it("sends no request for the chart sheet once Avbryt is pressed while the first block is on its way", async () => {
    const real = workbook();
    const avbryt = new AbortController();
    // Avbryt as Excel answers the second request (the first block, with the other sheets' first rows).
    const served = real.requests.push.bind(real.requests);
    real.requests.push = (...r) => {
      const n = served(...r);
      if (n === 2) avbryt.abort();
      return n;
    };
    const checked: number[] = [];
    const checking = actionsFor(real, NOW).check({ sheet: "Tildeling" }, SETTINGS, {}, { signal: avbryt.signal, onProgress: (p) => void (p.rowsChecked !== undefined && checked.push(p.rowsChecked)) });

    await expect(checking).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The shape and the first block: neither the chart sheet nor the second block was asked for, and no row was checked.
    expect(real.requests).toHaveLength(2);
    expect(checked).toEqual([]);
  }, 300_000);

  it("says so when no other sheet is a chart, and checks no code against Gul bok instead", async () => {
    const real = createRealExcel();
    const rows: (string | number)[][] = [["Kap/post", "Betegnelse", "Tildeling"]];
    for (let i = 0; i < 50_000; i++) rows.push(["858/99", `Linje ${i + 1}`, 1000]);
    real.state.type("Tildeling", rows);
    real.state.type("Notater", [["Ingen kontoplan her"]]);
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Tildeling" }, SETTINGS, {}, { onProgress: (p) => void (p.rowsChecked !== undefined && checked.push(p.rowsChecked)) });

    // The shape, then two blocks: the other sheet's first rows came with the first.
    expect(real.requests).toHaveLength(3);
    expect(checked.at(-1)).toBe(50_001);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning XL-NO-OWN-CHART"]);
    expect([report.lines, report.linesWithErrors, report.linesWithWarnings]).toEqual([50_000, 0, 0]);
  }, 300_000);
});
