#!/usr/bin/env node
// Runs every benchmark module in this folder (*.bench.js) in its own process, so one's heap
// does not skew another's peak-memory figure. Each module prints what it measured.
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const only = process.argv[2];
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.bench\.js$/, "")}`);
  const r = spawnSync(process.execPath, ["--expose-gc", join(__dirname, file)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
