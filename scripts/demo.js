#!/usr/bin/env node
// `npm run demo`: the command line over the sample workbook, the way a controller would run it.
// Prints the check report, the change table, the deadline flags (against today in Oslo) and the
// letter table, and writes the output workbook to test-output/demo/. The sample is only read:
// its bytes are compared before and after to prove it.
const { createHash } = require("node:crypto");
const { readFileSync, mkdirSync } = require("node:fs");
const { join, relative } = require("node:path");
const { spawnSync } = require("node:child_process");

const root = join(__dirname, "..");
const bin = join(root, "bin", "tildeling.js");
const sample = relative(process.cwd(), join(root, "assets", "samples", "tillegg-bufdir.xlsx"));
const outDir = join(root, "test-output", "demo");
const out = relative(process.cwd(), join(outDir, "tillegg-bufdir-resultat.xlsx"));
mkdirSync(outDir, { recursive: true });

const hash = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const before = hash(sample);

// Exit codes a step may end with: deadlines says 1 when something is overdue, as it is in the sample.
const steps = [
  { args: ["check", sample], ok: [0] },
  { args: ["apply", sample, "--out", out], ok: [0] },
  { args: ["deadlines", sample], ok: [0, 1] },
  { args: ["letter-table", sample], ok: [0] },
];

let failed = 0;
for (const step of steps) {
  console.log(`\n$ tildeling ${step.args.join(" ")}`);
  const r = spawnSync(process.execPath, [bin, ...step.args], { stdio: "inherit" });
  console.log(`(avslutningskode ${r.status})`);
  if (!step.ok.includes(r.status)) failed++;
}

const unchanged = hash(sample) === before;
console.log(`\n${sample} er ${unchanged ? "uendret" : "ENDRET"} (SHA-256 ${before.slice(0, 16)}…).`);
console.log(`Resultatarbeidsboken: ${out}`);
process.exit(failed === 0 && unchanged ? 0 : 1);
