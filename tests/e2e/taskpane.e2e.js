// The built task pane, opened as a browser would open it: outside Excel it must say clearly that
// it runs in Excel, in the reader's language, without errors and without network calls.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");

const { violations } = require("./lib/axe");
// What Excel may download before the pane is usable (ARCHITECTURE: keep the first load small).
const STARTUP_JS_BUDGET_KB = 300;

/** Gzip size of every script of ours the page has loaded so far. */
async function loadedScriptsKb(page, baseUrl, dist) {
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  const ours = urls.filter((u) => u.startsWith(baseUrl) && new URL(u).pathname.endsWith(".js"));
  const bytes = ours.map((u) => gzipSync(readFileSync(join(dist, new URL(u).pathname)), { level: 9 }).length);
  return { files: ours.length, kb: bytes.reduce((a, b) => a + b, 0) / 1024 };
}

function expectClean(assert, pane, allowed = []) {
  const problems = pane.problems.filter((p) => !allowed.some((re) => re.test(p)));
  assert.deepEqual(problems, [], "the page reported errors");
  assert.deepEqual(pane.external, [], "the page tried to reach the network");
}

async function headingText(page) {
  await page.waitForSelector("[data-testid=outside-excel] h1", { timeout: 10_000 });
  return page.textContent("[data-testid=outside-excel] h1");
}

module.exports = {
  "in a Norwegian browser it says, in Bokmål, that it runs in Excel": async ({ openPane, screenshot, assert }) => {
    const pane = await openPane({ locale: "nb-NO" });
    try {
      assert.equal(await headingText(pane.page), "Tildeling kjører i Excel");
      const steps = await pane.page.$$eval("[data-testid=outside-excel] li", (li) => li.map((x) => x.textContent));
      assert.equal(steps.length, 2);
      assert.match(steps[1], /Åpne Tildeling/);
      assert.equal(await pane.page.getAttribute("html", "lang"), "nb");
      // office.js loaded and answered "no host": no note about a missing script or a timeout.
      assert.equal(await pane.page.$("[data-testid=outside-excel] .note"), null);
      await screenshot(pane.page, "taskpane-outside-excel-nb");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "in an English browser it says so in English": async ({ openPane, screenshot, assert }) => {
    const pane = await openPane({ locale: "en-GB" });
    try {
      assert.equal(await headingText(pane.page), "Tildeling runs in Excel");
      assert.equal(await pane.page.getAttribute("html", "lang"), "en");
      await screenshot(pane.page, "taskpane-outside-excel-en");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "when office.js cannot load it still explains itself and does not crash": async ({ openPane, assert }) => {
    const pane = await openPane({ locale: "nb-NO", officeJs: "blocked" });
    try {
      assert.equal(await headingText(pane.page), "Tildeling kjører i Excel");
      assert.match(await pane.page.textContent("[data-testid=outside-excel] .note"), /office\.js/);
      // The blocked script itself is logged by Chromium; nothing else may go wrong.
      expectClean(assert, pane, [/Failed to load resource/]);
    } finally {
      await pane.close();
    }
  },

  "when Office reports Excel the React app renders its header": async ({ openPane, screenshot, assert, baseUrl, dist }) => {
    const pane = await openPane({ locale: "nb-NO", officeJs: "fake-excel" });
    try {
      await pane.page.waitForSelector("[data-testid=app-header] h1", { timeout: 10_000 });
      assert.equal(await pane.page.textContent("[data-testid=app-header] h1"), "Tildeling");
      // Fluent UI's styles are injected at runtime; the CSP must let them apply.
      const padding = await pane.page.$eval("[data-testid=app-header]", (el) => getComputedStyle(el).paddingTop);
      assert.notEqual(padding, "0px", "Fluent UI styles did not apply");
      await screenshot(pane.page, "taskpane-in-excel");
      const startup = await loadedScriptsKb(pane.page, baseUrl, dist);
      console.log(`       scripts loaded in Excel before the app showed: ${startup.files} files, ${startup.kb.toFixed(1)} KB gzip`);
      assert.ok(startup.kb <= STARTUP_JS_BUDGET_KB, `${startup.kb.toFixed(1)} KB gzip of JS at startup exceeds ${STARTUP_JS_BUDGET_KB} KB`);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "the page outside Excel has no accessibility violations of any impact (axe-core)": async ({ browser, baseUrl, assert }) => {
    // axe is injected as a script, which the pane's CSP rightly forbids; this context bypasses CSP.
    const context = await browser.newContext({ locale: "nb-NO", bypassCSP: true });
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/taskpane.html`);
      await page.waitForSelector("[data-testid=outside-excel] h1", { timeout: 10_000 });
      assert.deepEqual(await violations(page), []);
    } finally {
      await context.close();
    }
  },
};
