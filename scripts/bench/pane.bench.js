#!/usr/bin/env node
// Task pane: how much JavaScript it downloads and how soon it can be used. Builds nothing: it
// measures what is in dist/ (run `npm run build` first).
//   - the entry scripts the page names (raw and gzip);
//   - the JavaScript Chromium actually fetched from navigation until the pane was interactive in
//     Excel (the seed workbook in the in-memory Excel stands in for office.js), raw and gzip;
//   - the time from navigation start until Kontroll's check button can be pressed (the pane is
//     loaded, has listed the workbook's sheets and chosen one), over several fresh page loads.
// Budgets from the issue: initial JS at most 300 KB gzip; interactive within 1.5 s.
//   node scripts/bench/pane.bench.js [--dist DIR] [--runs N]
const { existsSync, readFileSync, readdirSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { gzipSync } = require("node:zlib");

const ROOT = resolve(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const BUDGET_GZIP_KB = 300;
const BUDGET_INTERACTIVE_MS = 1500;

function args(argv) {
  const opts = { dist: join(ROOT, "dist"), runs: 7 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") opts.dist = resolve(argv[++i]);
    else if (argv[i] === "--runs") opts.runs = Number(argv[++i]);
  }
  return opts;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

function entryScripts(dist) {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:|^\/\//i.test(src));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function measureInChromium(dist, runs) {
  const { chromium } = require("playwright-core");
  const { serveStatic } = require(join(ROOT, "tests", "e2e", "lib", "static-server"));
  const { openWorkbookPane, interactiveMs } = require(join(ROOT, "tests", "e2e", "lib", "workbook-pane"));
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const times = [];
  let fetched = null;
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached, as on first opening the pane.
      const pane = await openWorkbookPane(browser, { baseUrl: server.url });
      const ms = await interactiveMs(pane.page);
      // Every script the page fetched from dist/ so far (office.js comes from elsewhere).
      const loaded = await pane.page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter((e) => e.name.startsWith(location.origin) && /\.js(\?|$)/.test(e.name))
          .map((e) => new URL(e.name).pathname.split("/").pop()),
      );
      times.push(ms);
      if (fetched === null) fetched = [...new Set(loaded)].filter((f) => existsSync(join(dist, f))).sort();
      if (pane.problems.length) console.log(`  page problems: ${pane.problems.join("; ")}`);
      await pane.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { times, fetched };
}

async function main() {
  const opts = args(process.argv.slice(2));
  if (!existsSync(join(opts.dist, "taskpane.html"))) {
    console.log(`pane: skipped, no built pane in ${opts.dist} (run npm run build)`);
    return;
  }
  const entry = entryScripts(opts.dist);
  const e = sizes(opts.dist, entry);
  console.log(`entry scripts (${entry.join(", ")}): ${kb(e.raw)} raw, ${kb(e.gzip)} gzip`);
  const allJs = readdirSync(opts.dist).filter((f) => f.endsWith(".js"));
  const all = sizes(opts.dist, allJs);
  console.log(`all JS in dist (${allJs.length} files, incl. lazy tabs and the three Gul bok charts): ${kb(all.raw)} raw, ${kb(all.gzip)} gzip`);

  if (!existsSync(CHROMIUM)) {
    console.log(`interactive time: skipped, no Chromium at ${CHROMIUM}`);
    return;
  }
  const { times, fetched } = await measureInChromium(opts.dist, opts.runs);
  const f = sizes(opts.dist, fetched);
  const okSize = f.gzip <= BUDGET_GZIP_KB * 1024;
  console.log(
    `JS fetched until interactive in Excel (${fetched.length} files): ${kb(f.raw)} raw, ${kb(f.gzip)} gzip ` +
      `(budget ${BUDGET_GZIP_KB} KB gzip: ${okSize ? "within" : "OVER"})`,
  );
  const med = median(times);
  console.log(
    `interactive (navigation start -> Kontroll's check button enabled), ${times.length} fresh loads: ` +
      `median ${med} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms ` +
      `(budget ${BUDGET_INTERACTIVE_MS} ms: ${med <= BUDGET_INTERACTIVE_MS ? "within" : "OVER"})`,
  );
  console.log(`peak RSS of this script: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exitCode = 1;
});
