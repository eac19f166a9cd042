#!/usr/bin/env node
// Excel on the web refuses a request or a response over 5 MB. This prints the real request and
// response bytes of the adapter's actions, as Microsoft's office.js request builder
// (node_modules/@microsoft/office-js, under jsdom) serialises them, answered by the in-memory
// workbook (tests/support/office-runtime):
//   - Kontroll of a 50 000-row Gul bok-like sheet;
//   - Skriv til arket beside a 50 000-line table;
//   - Marker i arket and Fjern markering of 5 000 cells (with notes), on one column and scattered.
//   node scripts/bench/requests.bench.js
require("./ts-require");
const { resolve } = require("node:path");

process.chdir(resolve(__dirname, "..", ".."));
const { createRealExcel } = require("../../tests/support/office-runtime/index.ts");
const { createExcelActions } = require("../../src/excel/actions.ts");
const { loadChart } = require("../../src/core/chart/load-chart.ts");
const { formatBudgetCode } = require("../../src/core/codes/budget-code.ts");

const LIMIT = 5 * 1024 * 1024;
const SETTINGS = { referenceDate: "2026-11-23", soonDays: 30, unit: "auto", chartYear: 2025 };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function actionsFor(real) {
  return createExcelActions(real.host, { loadChart: async (year) => loadChart(year) });
}

async function measure(label, real, action) {
  real.requests.length = 0;
  const started = process.hrtime.bigint();
  await action();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const out = real.requests.map((r) => r.requestBytes);
  const back = real.requests.map((r) => r.responseBytes);
  const worst = Math.max(...out, ...back);
  const refused = real.requests.filter((r) => r.error).map((r) => r.error);
  console.log(
    `${label.padEnd(44)} ${String(real.requests.length).padStart(3)} requests  out ${kb(out.reduce((a, b) => a + b, 0)).padStart(10)} (largest ${kb(Math.max(...out))})` +
      `  back ${kb(back.reduce((a, b) => a + b, 0)).padStart(10)}  ${worst < LIMIT ? "under 5 MB" : "OVER 5 MB"}${refused.length ? `  refused: ${refused.join(",")}` : ""}  ${ms.toFixed(0)} ms`,
  );
}

async function main() {
  const chart = loadChart(2025);
  const entries = chart.entries();

  const big = createRealExcel();
  const rows = [["Kap", "Post", "Tildeling"]];
  for (let i = 0; i < 50_000; i++) {
    const e = entries[i % entries.length];
    rows.push([e.code.chapter, e.code.post, 1000 + (i % 997)]);
  }
  big.state.type("Gul bok", rows);
  await measure("Kontroll, 50 000 rows", big, () => actionsFor(big).check({ sheet: "Gul bok" }, SETTINGS));

  const table = createRealExcel();
  const lines = [["(i 1 000 kr)"], ["Kap/post", "Tildeling"]];
  for (let i = 0; i < 50_000; i++) lines.push([formatBudgetCode({ chapter: 1 + Math.floor(i / 90), post: 1 + (i % 90) }), 1000 + i]);
  table.state.type("Tildeling", lines);
  const typed = { allocations: { sheet: "Tildeling" }, changes: { kind: "typed", rows: [{ code: "351/70", change: "1 000" }] } };
  await measure("Skriv til arket beside, 50 000 lines", table, () => actionsFor(table).writeChanges(typed, "beside", SETTINGS, "nb"));

  for (const [label, scattered] of [["one column", false], ["every other row", true]]) {
    const marks = createRealExcel();
    const bad = Array.from({ length: scattered ? 10_000 : 5000 }, (_, i) => [!scattered || i % 2 === 0 ? `${9000 + (i % 999)}/01` : "858/01", `Linje ${i + 1}`, 1000]);
    marks.state.type("Tildeling", [["Kap/post", "Betegnelse", "Tildeling"], ...bad]);
    const actions = actionsFor(marks);
    const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
    await measure(`Marker i arket, 5 000 cells, ${label}`, marks, () => actions.highlight(report.diagnostics, "nb"));
    await measure(`Fjern markering, 5 000 cells, ${label}`, marks, () => actions.clearHighlight());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
