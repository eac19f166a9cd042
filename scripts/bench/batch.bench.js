#!/usr/bin/env node
// A submission round in one run: 200 workbooks of 1 000 lines and 20 of 50 000 lines, checked by
// `tildeling check FOLDER` (worker threads, default --jobs = the number of cores; the terminal
// report, and again with --json), beside
//   - `tildeling check FILE` once per file in a shell loop (goal: the one run at least 5 x faster
//     for the 200 small files on 2 cores), and
//   - LibreOffice converting the same files to CSV in one `soffice --convert-to csv` call.
// Wall time, CPU time (user + system, every thread) and peak RSS come from /usr/bin/time.
// The workbooks are generated in a temporary folder. BENCH_SMALL / BENCH_LARGE change the counts.
// Needs `npm run build:lib` (npm run bench does it).
const { execFileSync, spawnSync } = require("node:child_process");
const { copyFileSync, mkdirSync, mkdtempSync, rmSync } = require("node:fs");
const { cpus, tmpdir } = require("node:os");
const { join } = require("node:path");
const { writeAllocationWorkbook } = require("./make-workbooks");

const SMALL = Number(process.env.BENCH_SMALL || 200);
const LARGE = Number(process.env.BENCH_LARGE || 20);
const bin = join(__dirname, "..", "..", "bin", "tildeling.js");
const dir = mkdtempSync(join(tmpdir(), "tildeling-batch-bench-"));
const smallDir = join(dir, "sma");
const largeDir = join(dir, "store");

/** A whole process under /usr/bin/time: wall ms, CPU ms (user + sys) and peak RSS in MB. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %U %S %M", command, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const line = (r.stderr.match(/TIME .*/g) ?? ["TIME 0 0 0"]).pop().split(" ");
  return { ms, cpuMs: (Number(line[1]) + Number(line[2])) * 1000, rssMb: Number(line[3]) / 1024, status: r.status, stdout: r.stdout };
}

function soffice() {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const fmt = (r) => `${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${r.rssMb.toFixed(0)} MB`;

/**
 * The round in one run, twice: with --json (every finding written; its summary gives the counts)
 * and with the terminal report, the same output as the shell loop's. The comparisons take the
 * terminal run, so both sides print the same.
 */
function oneRun(label, folders, files) {
  const json = timed(process.execPath, [bin, "check", ...folders, "--json"]);
  const summary = JSON.parse(json.stdout).summary;
  const text = timed(process.execPath, [bin, "check", ...folders]);
  console.log(
    `${label}: ${files} files, one run: ${fmt(text)} with the terminal report (exit ${text.status}); ${fmt(json)} with --json ` +
      `(exit ${json.status}; ${summary.linesRead} lines read, ${summary.errors} errors, ${summary.warnings} warnings; ${summary.ready} ready, ${summary.mustFix} must be fixed, ${summary.unreadable} unreadable)`,
  );
  return text;
}

function shellLoop(label, folder) {
  // What a controller does today: one process per file.
  const r = timed("bash", ["-c", `for f in "$1"/*.xlsx; do "$2" "$3" check "$f" > /dev/null; done`, "loop", folder, process.execPath, bin]);
  console.log(`  ${label}, tildeling check once per file in a shell loop: ${fmt(r)}`);
  return r;
}

function libreOffice(label, folder) {
  const profile = `file://${join(dir, "lo-profile")}`;
  const out = join(dir, "csv");
  const args = [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv", "--outdir", out];
  const glob = spawnSync("bash", ["-c", 'printf "%s\\n" "$1"/*.xlsx', "g", folder], { encoding: "utf8" }).stdout.trim().split("\n");
  const r = timed("soffice", [...args, ...glob]);
  console.log(`  ${label}, LibreOffice --convert-to csv of the same files in one call: ${fmt(r)}`);
  return r;
}

async function main() {
  mkdirSync(smallDir);
  mkdirSync(largeDir);
  const t0 = Date.now();
  for (let i = 0; i < SMALL; i++) await writeAllocationWorkbook(join(smallDir, `etat-${String(i + 1).padStart(3, "0")}.xlsx`), 1000, { offset: i * 1000 });
  // The large files are copies of one: writing 50 000 rows with exceljs takes seconds each.
  const largeSource = join(dir, "stor.xlsx");
  await writeAllocationWorkbook(largeSource, 50_000);
  for (let i = 0; i < LARGE; i++) copyFileSync(largeSource, join(largeDir, `stor-${String(i + 1).padStart(2, "0")}.xlsx`));
  console.log(`generated ${SMALL} workbooks of 1 000 lines and ${LARGE} of 50 000 lines in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${cpus().length} cores`);

  oneRun(`all ${SMALL + LARGE}`, [smallDir, largeDir], SMALL + LARGE);
  const small = oneRun(`small`, [smallDir], SMALL);
  const loop = shellLoop("small", smallDir);
  console.log(`  one run is ${(loop.ms / small.ms).toFixed(1)} x faster than the shell loop (goal: at least 5 x), ${(loop.cpuMs / small.cpuMs).toFixed(1)} x less CPU`);
  const large = oneRun(`large`, [largeDir], LARGE);
  const largeLoop = shellLoop("large", largeDir);
  console.log(`  one run is ${(largeLoop.ms / large.ms).toFixed(1)} x faster than the shell loop`);
  if (soffice()) {
    spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--version"], { stdio: "ignore" });
    const loSmall = libreOffice("small", smallDir);
    console.log(`  tildeling's one run is ${(loSmall.ms / small.ms).toFixed(1)} x faster than LibreOffice's`);
    const loLarge = libreOffice("large", largeDir);
    console.log(`  tildeling's one run is ${(loLarge.ms / large.ms).toFixed(1)} x faster than LibreOffice's`);
  } else {
    console.log("  (LibreOffice not installed: soffice comparison skipped)");
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
