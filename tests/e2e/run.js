#!/usr/bin/env node
// End-to-end runner for the built pane in headless Chromium (playwright-core, system browser).
// Every tests/e2e/*.e2e.js module exports named async test functions; each is one counted test
// and receives a kit: { baseUrl, dist, browser, openPane(opts), screenshot(page, name), assert, outputDir }.
//   node tests/e2e/run.js [--dist dist] [--report FILE] [filter]
const assert = require("node:assert/strict");
const { existsSync, mkdirSync, readdirSync, writeFileSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");
const { chromium } = require("playwright-core");
const { serveStatic } = require("./lib/static-server");
const { openPane } = require("./lib/pane");

const ROOT = resolve(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// The flags that make the system Chromium quiet and network-free on a CI box (TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// Bounds that hold on a loaded 2-core machine (CI shares its cores); a hung test still fails.
const TEST_TIMEOUT_MS = 120_000;

function parseArgs(argv) {
  const opts = { dist: join(ROOT, "dist"), report: null, filter: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") opts.dist = resolve(argv[++i]);
    else if (argv[i] === "--report") opts.report = resolve(argv[++i]);
    else opts.filter = argv[i];
  }
  return opts;
}

function collectTests(filter) {
  const tests = [];
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith(".e2e.js")).sort()) {
    const specs = require(join(__dirname, file));
    for (const [name, fn] of Object.entries(specs)) {
      if (typeof fn !== "function") continue;
      const full = `${file.replace(/\.e2e\.js$/, "")}: ${name}`;
      if (!filter || full.includes(filter)) tests.push({ name: full, fn });
    }
  }
  return tests;
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function report(file, passed, failed, results) {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ passed, failed, results }, null, 2));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const outputDir = join(ROOT, "test-output", "e2e");
  mkdirSync(outputDir, { recursive: true });
  const tests = collectTests(opts.filter);
  const results = [];

  const setupError = !existsSync(join(opts.dist, "taskpane.html"))
    ? `no built pane in ${opts.dist}: run npm run build first`
    : !existsSync(CHROMIUM)
      ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`
      : null;
  if (setupError || !tests.length) {
    const why = setupError || "no e2e tests found";
    console.log(`FAIL e2e setup: ${why}`);
    const failed = Math.max(tests.length, 1);
    console.log(`e2e: 0 passed, ${failed} failed`);
    report(opts.report, 0, failed, [{ name: "setup", error: why }]);
    process.exitCode = 1;
    return;
  }

  const server = await serveStatic(opts.dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const kit = {
    baseUrl: server.url,
    dist: opts.dist,
    browser,
    assert,
    outputDir,
    openPane: (paneOpts = {}) => openPane(browser, { baseUrl: server.url, ...paneOpts }),
    screenshot: async (page, name) => {
      const file = join(outputDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
  try {
    for (const test of tests) {
      const started = Date.now();
      try {
        await withTimeout(test.fn(kit), TEST_TIMEOUT_MS);
        results.push({ name: test.name, ok: true, ms: Date.now() - started });
        console.log(`ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (err) {
        results.push({ name: test.name, ok: false, ms: Date.now() - started, error: err.message });
        console.log(`FAIL ${test.name}\n       ${String(err.message).split("\n").join("\n       ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.length - failed;
  console.log(`e2e: ${passed} passed, ${failed} failed (screenshots in ${outputDir})`);
  report(opts.report, passed, failed, results);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exitCode = 2;
});
