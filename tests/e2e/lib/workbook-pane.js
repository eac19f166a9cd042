// Opens the built pane as Excel would show it, 320 px wide, with office.js replaced by the
// in-memory seed workbook (fixtures/workbook-host.ts). The network stays sealed: anything that
// leaves 127.0.0.1 is refused and reported. Page errors, console errors and CSP violations are
// collected as problems, as in lib/pane.js.
const { openFakeHostPane } = require("./fake-host-pane");

/**
 * @param browser a playwright Browser
 * @param opts { baseUrl, displayLanguage = "nb-NO", excelApi = "1.18", width = 320, bypassCSP = false, officeTheme, bigSheet, latencyMs, hugeSheet, chartSheet, syncLatencyMs }
 */
function openWorkbookPane(browser, opts) {
  const { baseUrl, displayLanguage = "nb-NO", excelApi = "1.18", width = 320, bypassCSP = false, officeTheme, bigSheet = false, latencyMs = 0, hugeSheet = false, chartSheet = false, syncLatencyMs = 0, now } = opts;
  const init = { displayLanguage, excelApi, officeTheme, bigSheet, latencyMs, hugeSheet, chartSheet, syncLatencyMs };
  return openFakeHostPane(browser, { baseUrl, fixture: "workbook-host", init, locale: displayLanguage, width, bypassCSP, now });
}

/**
 * Milliseconds from navigation start until the Kontroll tab's check button can be pressed
 * (the pane is loaded, has listed the workbook's sheets and picked one).
 */
async function interactiveMs(page, timeout = 45_000) {
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
