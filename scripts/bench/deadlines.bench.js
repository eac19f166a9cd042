#!/usr/bin/env node
// Deadlines: how fast deadline cells are parsed, and how long reading and flagging a large
// assignment list takes (a sheet of 20 000 rows, deadlines in every supported form).
const { performance } = require("node:perf_hooks");
const { parseDeadline, readAssignments, flagAssignments } = require("../../lib/core/deadlines");
const { gridFromRows } = require("../../lib/core/grid");

const FORMS = [
  ["1. april 2025", null],
  ["31.5.2026", null],
  ["01.04.2025", null],
  ["1.4.25", null],
  ["2025-04-01", null],
  ["25. sep.", null],
  ["innen utgangen av mars 2026", null],
  ["ny frist settes til utgangen av 2025", null],
  ["i forbindelse med årsrapporten", null],
  [45748, "dd.mm.yyyy"],
];

function time(label, ops, fn) {
  global.gc?.();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  console.log(`${label}: ${ms.toFixed(1)} ms` + (ops ? ` (${Math.round((ops / ms) * 1000).toLocaleString("en-US")} ops/s)` : ""));
}

const N = 200_000;
time(`parseDeadline x ${N.toLocaleString("en-US")} (10 forms)`, N, () => {
  for (let i = 0; i < N; i++) {
    const [value, format] = FORMS[i % FORMS.length];
    parseDeadline(value, format, { defaultYear: 2025 });
  }
});

const ROWS = 20_000;
const rows = [["Tildelingsbrev 2025"], ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"]];
const formats = [[], []];
for (let i = 0; i < ROWS; i++) {
  const [value, format] = FORMS[i % FORMS.length];
  const part = i % 7 === 3;
  rows.push([part ? null : `2025:${i}`, part ? `Del ${i % 3 + 1}: delleveranse` : `Oppdrag nummer ${i}`, value, i % 11 === 0 ? "utgangen av 2026" : null, ["nytt", "pågår", "utført", "avsluttet", "venter"][i % 5]]);
  formats.push([null, null, format, null, null]);
}
const grid = gridFromRows("Oppdrag", rows, { formats });
let read;
time(`readAssignments, ${ROWS.toLocaleString("en-US")} rows`, 0, () => {
  read = readAssignments(grid);
});
let flagged;
time(`flagAssignments, ${read.assignments.length.toLocaleString("en-US")} assignments`, 0, () => {
  flagged = flagAssignments(read.assignments, "2026-11-23");
});
console.log(`  ${flagged.length.toLocaleString("en-US")} flagged rows, ${read.diagnostics.length.toLocaleString("en-US")} diagnostics`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
