// Opens the built pane as Excel would show it, 320 px wide, with office.js replaced by the
// in-memory seed workbook (fixtures/workbook-host.ts). The network stays sealed: anything that
// leaves 127.0.0.1 is refused and reported. Page errors, console errors and CSP violations are
// collected as problems, as in lib/pane.js.
const { OFFICE_CDN } = require("./pane");
const { workbookHostScript } = require("./build-workbook-host");

/**
 * @param browser a playwright Browser
 * @param opts { baseUrl, displayLanguage = "nb-NO", excelApi = "1.18", width = 320, bypassCSP = false }
 */
async function openWorkbookPane(browser, opts) {
  const { baseUrl, displayLanguage = "nb-NO", excelApi = "1.18", width = 320, bypassCSP = false } = opts;
  const script = await workbookHostScript();
  const context = await browser.newContext({ locale: displayLanguage, viewport: { width, height: 720 }, bypassCSP });
  const problems = [];
  const external = [];
  await context.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ contentType: "text/javascript", body: script }));
  await context.route(
    (url) => url.origin !== new URL(baseUrl).origin && !url.href.startsWith(OFFICE_CDN),
    (route) => {
      external.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  // Fail a missing element within the runner's 30 s per test, with Playwright's own message.
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  await page.addInitScript((options) => {
    window.__TILDELING_E2E__ = options;
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  }, { displayLanguage, excelApi });
  await page.goto(`${baseUrl}/taskpane.html`, { waitUntil: "load" });
  return { page, problems, external, close: () => context.close() };
}

/**
 * Milliseconds from navigation start until the Kontroll tab's check button can be pressed
 * (the pane is loaded, has listed the workbook's sheets and picked one).
 */
async function interactiveMs(page, timeout = 15_000) {
  const handle = await page.waitForFunction(
    () => {
      const button = document.querySelector("[data-testid=check-run]");
      return button && !button.disabled ? performance.now() : false;
    },
    null,
    { timeout, polling: "raf" },
  );
  return Math.round(await handle.jsonValue());
}

module.exports = { openWorkbookPane, interactiveMs };
