#!/usr/bin/env node
// Read 50 000 allocation lines and 100 000 change entries from in-memory Grids and apply them.
// Target (issue 4): under 1 s in all, peak memory under 500 MB. Needs `npm run build:lib`.
const { readAllocations } = require("../../lib/core/allocations/read-allocations");
const { readChanges } = require("../../lib/core/changes/read-changes");
const { applyChanges } = require("../../lib/core/changes/apply");

const ALLOCATION_ROWS = 50_000;
const CHANGE_ROWS = 100_000;

// The work is synchronous, so heap use is sampled between the steps; peak RSS is the kernel's own.
let peakHeap = 0;
function sample() {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

/** Distinct kap/post codes in budget order: 5 000 chapters x 10 posts. */
function codeOf(i) {
  const chapter = 1 + Math.floor(i / 10);
  const post = [1, 21, 45, 50, 60, 70, 71, 72, 73, 90][i % 10];
  return { chapter, post };
}

function allocationGrid() {
  // As a sheet looks: a title, a unit caption, a header, and mixed layouts of a code column,
  // a name and an amount (numbers mostly; every tenth typed as text).
  const rows = [["Tildeling 2025"], ["(i 1 000 kr)"], ["Kap/post", "Betegnelse", "Tildeling"]];
  for (let i = 0; i < ALLOCATION_ROWS; i++) {
    const { chapter, post } = codeOf(i);
    const amount = 1000 + ((i * 7919) % 900_000);
    rows.push([`${chapter}/${post < 10 ? "0" + post : post}`, "Driftsutgifter", i % 10 === 0 ? amount.toLocaleString("nb-NO") : amount]);
  }
  return { sheet: "Tildeling", top: 1, left: 1, values: rows };
}

function changeGrid() {
  // Separate kap and post columns, signed amounts, a text on some rows, transfers in pairs.
  const rows = [["Endringer (i 1 000 kr)"], ["Kap", "Post", "Endring", "Tekst", "Overføring"]];
  for (let i = 0; i < CHANGE_ROWS; i++) {
    const { chapter, post } = codeOf((i * 31) % ALLOCATION_ROWS);
    const amount = i % 2 === 0 ? 250 + (i % 1000) : -(250 + ((i - 1) % 1000));
    const transfer = `T${Math.floor(i / 2)}`;
    rows.push([chapter, post, amount, i % 20 === 0 ? "Tildelingen økes" : null, transfer]);
  }
  return { sheet: "Endringer", top: 1, left: 1, values: rows };
}

const aGrid = allocationGrid();
const cGrid = changeGrid();
sample();
if (global.gc) global.gc();
const baseRss = process.memoryUsage().rss;

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const allocations = readAllocations(aGrid, { kind: "allocation" });
const t1 = process.hrtime.bigint();
sample();
const changes = readChanges(cGrid);
const t2 = process.hrtime.bigint();
sample();
const table = applyChanges(allocations, changes, { allLines: false });
const t3 = process.hrtime.bigint();
const cpu = process.cpuUsage(cpu0);
sample();
const peakRss = process.resourceUsage().maxRSS * 1024;

const ms = (a, b) => Number(b - a) / 1e6;
const errors = table.diagnostics.filter((d) => d.severity === "error").length;
console.log(`allocation lines read: ${allocations.lines.length} in ${ms(t0, t1).toFixed(0)} ms`);
console.log(`change entries read:   ${changes.entries.length} in ${ms(t1, t2).toFixed(0)} ms`);
console.log(`applied:               ${table.rows.length} rows in ${ms(t2, t3).toFixed(0)} ms (${errors} errors)`);
console.log(`read + apply:          ${ms(t0, t3).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (target < 1000 ms)`);
console.log(`peak RSS:              ${(peakRss / 1048576).toFixed(0)} MB (grids built: ${(baseRss / 1048576).toFixed(0)} MB; target < 500 MB)`);
console.log(`peak heap used:        ${(peakHeap / 1048576).toFixed(0)} MB`);
if (allocations.lines.length !== ALLOCATION_ROWS || changes.entries.length !== CHANGE_ROWS) {
  console.error("not every row was read");
  process.exit(1);
}
