// Kontroll of a 200 000-row sheet through Microsoft's office.js request builder, as Excel on the
// web would receive it: the rows come in blocks of 40 000, one request each, every request and
// response under the 5 MB limit; the pane is told after each block how far the read has come,
// the page gets a turn between blocks, and Avbryt stops the read before its next request. Each
// block's rows go into the check as they arrive, 5 000 rows at a time with a turn for the page
// between, so the pane answers clicks during the check too, and Avbryt stops it there as well.
import { FIVE_MB } from "../../support/fake-excel";
import { createRealExcel } from "../../support/office-runtime";
import type { RunProgress } from "../../../src/app/pane-actions";
import { SETTINGS as PANE_SETTINGS, actionsFor } from "./workbooks";

// The sheet states no unit: chosen as in Innstillinger, so the only findings are the bad codes.
const SETTINGS = { ...PANE_SETTINGS, unit: "1000 kr" as const };
/** A header row and 199 999 budget lines. */
const NOW = () => new Date("2026-11-23T12:00:00+01:00");
const ROWS = 200_000;
// 2025 Gul bok lines in turn; every 10 000th line (rows 2, 10 002, ..., 190 002) has post 700,
// which cannot exist: 20 findings, each naming its cell in column A.
const CODES = ["351/70", "855/01", "858/01", "671/62", "855/21", "858/21"];

function hugeSheet() {
  const real = createRealExcel();
  const rows: (string | number)[][] = [["Kap/post", "Betegnelse", "Tildeling"]];
  for (let i = 0; i < ROWS - 1; i++) rows.push([i % 10_000 === 0 ? "855/700" : CODES[i % CODES.length], `Linje ${i + 1}`, 1000 + (i % 997)]);
  real.state.type("Stor", rows);
  return real;
}

describe("Kontroll of a 200 000-row sheet", () => {
  it("reads five blocks of 40 000 rows, one request each under 5 MB, and tells the pane after each", async () => {
    const real = hugeSheet();
    const events: string[] = [];
    const progress: RunProgress[] = [];
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Stor" }, SETTINGS, {}, {
      onProgress: (p) => {
        if (p.rowsChecked !== undefined) {
          checked.push(p.rowsChecked);
          events.push(`checked ${p.rowsChecked}`);
          setTimeout(() => events.push(`turn ${p.rowsChecked}`), 0);
          return;
        }
        progress.push(p);
        events.push(`block ${p.rowsRead}`);
        // A timer set now fires only when the page gets a turn: before the next block if the read yields.
        setTimeout(() => events.push(`page ${p.rowsRead}`), 0);
      },
    });

    // One request for the shape (the used range, a 200-row sample, the add-in's own ranges), then five blocks.
    expect(real.requests).toHaveLength(6);
    expect(real.requests.every((r) => r.error === undefined)).toBe(true);
    const largest = Math.max(...real.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
    expect(largest).toBeLessThan(FIVE_MB);
    // A block of 40 000 rows of three short cells and their formats is well over 1 MB: the rows are really in it.
    expect(real.requests.slice(1).every((r) => r.responseBytes > 1_000_000)).toBe(true);
    expect(progress).toEqual([
      { rowsRead: 40_000, rows: 200_000 },
      { rowsRead: 80_000, rows: 200_000 },
      { rowsRead: 120_000, rows: 200_000 },
      { rowsRead: 160_000, rows: 200_000 },
      { rowsRead: 200_000, rows: 200_000 },
    ]);
    const reads = events.filter((e) => e.startsWith("block ") || e.startsWith("page "));
    expect(reads.slice(0, 8)).toEqual(["block 40000", "page 40000", "block 80000", "page 80000", "block 120000", "page 120000", "block 160000", "page 160000"]);

    // The check went through the rows as they came, 5 000 at a time (the header row included) ...
    expect(checked).toEqual(Array.from({ length: 40 }, (_, k) => 5_000 * (k + 1)));
    // ... and the page had a turn after every 5 000 rows: no stretch of the check held it longer.
    const checkEvents = events.filter((e) => e.startsWith("checked ") || e.startsWith("turn "));
    expect(checkEvents).toEqual(checked.flatMap((n) => [`checked ${n}`, `turn ${n}`]));
    // Read at 40 000 rows a block and checked at once: each block's check came before the next block arrived.
    expect(events.indexOf("checked 40000")).toBeLessThan(events.indexOf("block 40000"));
    expect(events.indexOf("block 40000")).toBeLessThan(events.indexOf("checked 45000"));

    expect([report.lines, report.linesWithErrors]).toEqual([199_999, 20]);
    const cells = report.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell);
    expect(cells).toEqual(Array.from({ length: 20 }, (_, k) => `Stor!A${2 + 10_000 * k}`));
    // The same findings as when the whole grid was checked at the end: the 20 bad posts, and which Gul bok was used.
    expect(report.diagnostics.map((d) => [d.severity, d.code])).toEqual([...Array.from({ length: 20 }, () => ["error", "KP-POST-RANGE"]), ["info", "CLI-CHART-USED"]]);
    expect(report.linesWithWarnings).toBe(0);
    expect(report.facts).toMatchObject({ budgetYear: 2025, chartYear: 2025, sheets: ["Stor"], unit: "1000 kr", amountColumn: { header: "Tildeling", cell: "Stor!C1" } });
    console.log(`200 000 rows: ${real.requests.length} requests, largest ${largest} bytes`);
  }, 300_000);

  it("sends no further read once Avbryt is pressed after the second block, and rejects as cancelled", async () => {
    const real = hugeSheet();
    const avbryt = new AbortController();
    const seen: number[] = [];
    const checking = actionsFor(real, NOW).check({ sheet: "Stor" }, SETTINGS, {}, {
      signal: avbryt.signal,
      onProgress: (p) => {
        if (p.rowsChecked !== undefined) return;
        seen.push(p.rowsRead);
        if (p.rowsRead === 80_000) avbryt.abort();
      },
    });

    await expect(checking).rejects.toMatchObject({ name: "AbortError" });
    // The shape request and two blocks; nothing after Avbryt, even given time.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(real.requests).toHaveLength(3);
    expect(seen).toEqual([40_000, 80_000]);
  }, 300_000);

  it("stops the check itself when Avbryt is pressed while the second block is being checked", async () => {
    const real = hugeSheet();
    const avbryt = new AbortController();
    const checked: number[] = [];
    const checking = actionsFor(real, NOW).check({ sheet: "Stor" }, SETTINGS, {}, {
      signal: avbryt.signal,
      onProgress: (p) => {
        if (p.rowsChecked === undefined) return;
        checked.push(p.rowsChecked);
        if (p.rowsChecked === 45_000) avbryt.abort();
      },
    });

    await expect(checking).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The shape request and two blocks; the check of the second stopped after its first 5 000 rows.
    expect(real.requests).toHaveLength(3);
    expect(checked.at(-1)).toBe(45_000);
  }, 300_000);

  it("sends nothing at all when Avbryt came before Excel started the run", async () => {
    const real = hugeSheet();
    const avbryt = new AbortController();
    avbryt.abort();
    await expect(actionsFor(real, NOW).check({ sheet: "Stor" }, SETTINGS, {}, { signal: avbryt.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(real.requests).toHaveLength(0);
  }, 300_000);
});

describe("Kontroll of a sheet read in blocks, with a hidden column", () => {
  it("passes over the hidden amount column as the one-request read does", async () => {
    const real = createRealExcel();
    // 50 000 rows: more than one request holds. Column B ("Tildeling", hidden) and column C ("Tildeling", visible).
    const rows: (string | number)[][] = [["Tildelingsbrev 2025 (i 1 000 kr)"], ["Kap/post", "Tildeling", "Tildeling", "Betegnelse"]];
    for (let i = 0; i < 49_998; i++) rows.push([CODES[i % CODES.length], 111, 300_000, `Linje ${i + 1}`]);
    real.state.type("Tildeling", rows);
    real.state.requireSheet("Tildeling").hiddenColumns = new Set([2]);
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Tildeling" }, SETTINGS, {}, { onProgress: (p) => void (p.rowsChecked !== undefined && checked.push(p.rowsChecked)) });

    expect(checked.at(-1)).toBe(50_000);
    expect(report.facts.amountColumn?.cell).toBe("Tildeling!C2");
    expect([report.lines, report.linesWithErrors]).toEqual([49_998, 0]);
    expect(report.diagnostics.map((d) => d.code)).toContain("ALLOC-AMOUNT-COLUMN");
  }, 300_000);
});

describe("Kontroll of a named table too large for one request", () => {
  it("streams the table from its own first row: the title above it and the notes beside it are not read", async () => {
    const real = createRealExcel();
    // A title and a stray number above the table, a note to its left: none of it is the table's.
    // The table "Tildelinger" is C4:E60003 (a header and 60 000 lines); every 15 000th line has post 700.
    real.state.type("Ark", [["Tildelingsbrev 2025 (i 1 000 kr)"], [null, "Sum i fjor", 123_456]], { at: "C1" });
    real.state.type("Ark", [["Notat: se vedlegg"]], { at: "A5" });
    const rows: (string | number)[][] = [["Kap/post", "Betegnelse", "Tildeling"]];
    for (let i = 0; i < 60_000; i++) rows.push([i % 15_000 === 0 ? "855/700" : CODES[i % CODES.length], `Linje ${i + 1}`, 1000 + (i % 997)]);
    real.state.type("Ark", rows, { at: "C4" });
    real.state.addTable("Tildelinger", "Ark", "C4:E60004");
    const progress: number[] = [];
    const checked: number[] = [];
    const report = await actionsFor(real, NOW).check({ sheet: "Ark", table: "Tildelinger" }, SETTINGS, {}, {
      onProgress: (p) => void (p.rowsChecked !== undefined ? checked.push(p.rowsChecked) : progress.push(p.rowsRead)),
    });

    // Two blocks (40 000 rows, then 20 001), each checked 5 000 rows at a time as it came.
    expect(progress).toEqual([40_000, 60_001]);
    expect(checked).toEqual([...Array.from({ length: 8 }, (_, k) => 5_000 * (k + 1)), 45_000, 50_000, 55_000, 60_000, 60_001]);
    // Worked out by hand: lines on rows 5-60004, the bad posts on rows 5, 15005, 30005 and 45005, in column C.
    expect([report.lines, report.linesWithErrors, report.linesWithWarnings]).toEqual([60_000, 4, 0]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual(["Ark!C5", "Ark!C15005", "Ark!C30005", "Ark!C45005"]);
    // The amount column is the table's third (E); the title above the table gives no unit or year to it.
    expect(report.facts.amountColumn?.cell).toBe("Ark!E4");
    expect(report.diagnostics.map((d) => d.code)).not.toContain("ALLOC-ROW-ABOVE-TABLE");
  }, 300_000);
});
