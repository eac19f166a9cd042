// Opens the built pane as an Office host would show it, with office.js replaced by a fake host
// built from tests/e2e/fixtures/ (the in-memory Excel or Word). The network stays sealed: anything
// that leaves 127.0.0.1 is refused and reported. Page errors, console errors and CSP violations
// are collected as problems, as in lib/pane.js. `init` is handed to the fixture as
// window.__TILDELING_E2E__ before any script runs.
const { OFFICE_CDN } = require("./pane");
const { hostScript } = require("./build-workbook-host");

/**
 * @param browser a playwright Browser
 * @param opts { baseUrl, fixture: "workbook-host" | "word-host", init = {}, locale = "nb-NO", width = 320, bypassCSP = false }
 */
async function openFakeHostPane(browser, opts) {
  const { baseUrl, fixture, init = {}, locale = "nb-NO", width = 320, bypassCSP = false } = opts;
  const script = await hostScript(fixture);
  const context = await browser.newContext({ locale, viewport: { width, height: 720 }, bypassCSP });
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
  page.on("dialog", (dialog) => {
    problems.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript((options) => {
    window.__TILDELING_E2E__ = options;
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  }, init);
  await page.goto(`${baseUrl}/taskpane.html`, { waitUntil: "load" });
  return { page, problems, external, close: () => context.close() };
}

module.exports = { openFakeHostPane };
