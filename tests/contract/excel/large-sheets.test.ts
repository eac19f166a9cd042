// Excel on the web refuses a request or response over 5 MB. A 50 000-row sheet that fits is
// checked in at most 3 round trips; one that does not is read in row blocks, each under the limit,
// and nothing of it is lost.
import { loadChart } from "../../../src/core/chart/load-chart";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { FIVE_MB, type FakeExcel, createFakeExcel } from "../../support/fake-excel";
import { SETTINGS, actionsFor } from "./workbooks";

const ROWS = 50_000;
const chart = loadChart(2025);
if (!chart) throw new Error("the 2025 chart is built in");
const entries = chart.entries();

/** Gul bok-like lines: every code from the 2025 chart, over and over; one bad amount near the end. */
function bigSheet(fake: FakeExcel, wide: (i: number) => (string | number)[] = () => []): { badRow: number } {
  const rows: (string | number)[][] = [["Kap", "Post", "Tildeling", ...wide(-1)]];
  for (let i = 0; i < ROWS; i++) {
    const e = entries[i % entries.length];
    rows.push([e.code.chapter, e.code.post, 1000 + (i % 997), ...wide(i)]);
  }
  const badRow = ROWS - 10;
  rows[badRow - 1][2] = "12 5OO";
  fake.state.type("Gul bok", rows);
  return { badRow };
}

function expectEveryRequestUnderTheLimit(fake: FakeExcel): void {
  for (const s of fake.state.syncs) {
    expect(s.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    expect(s.responseBytes).toBeLessThanOrEqual(FIVE_MB);
  }
}

describe("checking a 50 000-row sheet", () => {
  it("takes at most 3 syncs when it fits in one request", async () => {
    const fake = createFakeExcel();
    const { badRow } = bigSheet(fake);
    const report = await actionsFor(fake).check({ sheet: "Gul bok" }, SETTINGS);

    expect(fake.state.syncCount).toBeLessThanOrEqual(3);
    expectEveryRequestUnderTheLimit(fake);
    expect([report.lines, report.linesWithErrors]).toEqual([ROWS, 1]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual([`'Gul bok'!C${badRow}`]);
  }, 300_000);

  it("reads in row blocks, each under 5 MB, when the sheet is larger than one request may be", async () => {
    const fake = createFakeExcel();
    const names = (i: number) => (i < 0 ? ["Kapittelnavn", "Postnavn", "Stikkord"] : [entries[i % entries.length].chapterName, entries[i % entries.length].postName, "kan overføres, kan nyttes under post 21"]);
    const { badRow } = bigSheet(fake, names);
    const report = await actionsFor(fake).check({ sheet: "Gul bok" }, SETTINGS);

    expect(fake.state.syncCount).toBeGreaterThan(3);
    expectEveryRequestUnderTheLimit(fake);
    expect(fake.state.syncs.reduce((sum, s) => sum + s.responseBytes, 0)).toBeGreaterThan(FIVE_MB);
    expect([report.lines, report.linesWithErrors]).toEqual([ROWS, 1]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual([`'Gul bok'!C${badRow}`]);
  }, 300_000);

  it("splits a block again when the rows below the sample are longer than it suggested", async () => {
    const fake = createFakeExcel();
    // Short rows first (the sample), then rows with a long comment: the plan underestimates.
    const { badRow } = bigSheet(fake, (i) => (i < 0 ? ["Merknad"] : i < 1000 ? [""] : ["x".repeat(120)]));
    const report = await actionsFor(fake).check({ sheet: "Gul bok" }, SETTINGS);

    expect(fake.state.syncs.some((s) => s.responseBytes > FIVE_MB)).toBe(true);
    expect([report.lines, report.linesWithErrors]).toEqual([ROWS, 1]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual([`'Gul bok'!C${badRow}`]);
  }, 300_000);
});

describe("writing beside a very large sheet", () => {
  it("writes in blocks under the request limit, and the last row still gets its formula", async () => {
    const fake = createFakeExcel();
    const rows: (string | number)[][] = [["(i 1 000 kr)"], ["Kap/post", "Tildeling"]];
    // 100 000 distinct codes (most not in any Gul bok, which does not matter for writing).
    for (let i = 0; i < 100_000; i++) rows.push([formatBudgetCode({ chapter: 1 + Math.floor(i / 90), post: 1 + (i % 90) }), 1000 + i]);
    fake.state.type("Tildeling", rows);
    const lastRow = rows.length;
    const report = await actionsFor(fake).writeChanges(
      { allocations: { sheet: "Tildeling" }, changes: { kind: "typed", rows: [{ code: "351/70", change: "1 000" }] } },
      "beside",
      { ...SETTINGS, chartYear: 2025 },
      "nb",
    );
    expect(report.rows).toBeGreaterThan(0);
    expectEveryRequestUnderTheLimit(fake);
    const writes = fake.state.syncs.filter((s) => s.requestBytes > 100_000);
    expect(writes.length).toBeGreaterThan(1);
    expect(fake.cell(`Tildeling!E${lastRow}`)?.formula).toBe(`=C${lastRow}+D${lastRow}`);
    expect(fake.value(`Tildeling!E${lastRow}`)).toBe(1000 + 100_000 - 1);
  }, 300_000);
});
