// Opens the built pane as an Office host would show it, with office.js replaced by a fake host
// built from tests/e2e/fixtures/ (the in-memory Excel or Word). The network stays sealed and
// problems are collected as in lib/pane.js (openSealedPage); an opened dialog is a problem too.
// `init` is handed to the fixture as window.__TILDELING_E2E__ before any script runs.
const { openSealedPage } = require("./pane");
const { hostScript } = require("./build-workbook-host");

/**
 * @param browser a playwright Browser
 * @param opts { baseUrl, fixture: "workbook-host" | "word-host", init = {}, locale = "nb-NO", width = 320, bypassCSP = false }
 */
async function openFakeHostPane(browser, opts) {
  const { baseUrl, fixture, init = {}, locale = "nb-NO", width = 320, bypassCSP = false } = opts;
  const script = await hostScript(fixture);
  const { context, page, problems, external } = await openSealedPage(browser, {
    now: opts.now,
    baseUrl,
    locale,
    viewport: { width, height: 720 },
    bypassCSP,
    officeJsRoute: (route) => route.fulfill({ contentType: "text/javascript", body: script }),
  });
  // Fail a missing element well within the runner's 120 s per test, with Playwright's own message,
  // and with room for a loaded 2-core machine.
  page.setDefaultTimeout(30_000);
  page.on("dialog", (dialog) => {
    problems.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript((options) => {
    window.__TILDELING_E2E__ = options;
  }, init);
  await page.goto(`${baseUrl}/taskpane.html`, { waitUntil: "load" });
  return { page, problems, external, close: () => context.close() };
}

module.exports = { openFakeHostPane };
