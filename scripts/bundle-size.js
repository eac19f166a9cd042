#!/usr/bin/env node
// Reports the built pane's JavaScript size and fails when the initial download (the scripts each
// page loads before anything is shown) exceeds the budget. Lazily loaded chunks (the React app,
// reference data) are reported but not budgeted: they load only when needed.
//   node scripts/bundle-size.js [--dist dist] [--budget-kb 300] [--report FILE]
const { readdirSync, readFileSync, writeFileSync, mkdirSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");
const { gzipSync } = require("node:zlib");

function args(argv) {
  const opts = { dist: resolve("dist"), budgetKb: 300, report: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") opts.dist = resolve(argv[++i]);
    else if (argv[i] === "--budget-kb") opts.budgetKb = Number(argv[++i]);
    else if (argv[i] === "--report") opts.report = resolve(argv[++i]);
  }
  return opts;
}

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const opts = args(process.argv.slice(2));
  const pages = readdirSync(opts.dist).filter((f) => f.endsWith(".html"));
  const results = [];
  for (const page of pages) {
    const html = readFileSync(join(opts.dist, page), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:|^\/\//i.test(src));
    const total = { raw: 0, gzip: 0 };
    for (const src of scripts) {
      const s = sizeOf(join(opts.dist, src));
      total.raw += s.raw;
      total.gzip += s.gzip;
    }
    const ok = total.gzip <= opts.budgetKb * 1024;
    results.push({ page, scripts, ...total, ok });
    console.log(`${ok ? "ok  " : "FAIL"} ${page}: initial JS ${kb(total.raw)} raw, ${kb(total.gzip)} gzip (budget ${opts.budgetKb} KB gzip)`);
  }
  const all = readdirSync(opts.dist).filter((f) => f.endsWith(".js"));
  const everything = all.map((f) => sizeOf(join(opts.dist, f))).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`     all JS incl. lazy chunks (${all.length} files): ${kb(everything.raw)} raw, ${kb(everything.gzip)} gzip`);
  const failed = results.filter((r) => !r.ok).length + (pages.length ? 0 : 1);
  if (!pages.length) console.log(`FAIL no pages in ${opts.dist}`);
  if (opts.report) {
    mkdirSync(dirname(opts.report), { recursive: true });
    writeFileSync(opts.report, JSON.stringify({ passed: results.length - results.filter((r) => !r.ok).length, failed, pages: results, all: everything }, null, 2));
  }
  process.exitCode = failed ? 1 : 0;
}

main();
