// Opens the built pane in a fresh browser context with the network sealed off: office.js is
// answered from node_modules (or replaced, or blocked, as the test asks) and any other request
// that leaves 127.0.0.1 is refused and reported, since the pane must make no network calls of
// its own. Page errors, console errors and CSP violations are collected as problems.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
// A test whose page shows days overdue or "today" runs it on a fixed clock, so it shows the same on
// any day the tests run: noon in Oslo on the day the seed letter's facts are stated for. Only those
// tests: a frozen clock also freezes elapsed time (Fluent's transitions, "Avbryt after a second").
const SEED_NOW = "2026-11-23T12:00:00+01:00";
const OFFICE_TELEMETRY = /https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com/;
const OFFICE_DIST = join(__dirname, "..", "..", "..", "node_modules", "@microsoft", "office-js", "dist");

function officeJsRoute(mode, fixtures) {
  return async (route) => {
    const url = route.request().url();
    if (mode === "blocked") return route.abort("internetdisconnected");
    if (mode === "fake-excel" && url === `${OFFICE_CDN}office.js`) {
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(join(fixtures, "fake-office-excel.js")) });
    }
    const rel = url.slice(OFFICE_CDN.length).split(/[?#]/)[0];
    try {
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(join(OFFICE_DIST, rel)) });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  };
}

/**
 * A page in a fresh browser context with the network sealed: office.js is answered by
 * `officeJsRoute`, anything else that leaves baseUrl's origin is refused and listed in `external`,
 * and page errors, console errors and CSP violations are listed in `problems`.
 * @param opts { baseUrl, locale, viewport, bypassCSP = false, officeJsRoute, now }
 */
async function openSealedPage(browser, opts) {
  const { baseUrl, locale, viewport, bypassCSP = false, officeJsRoute: answerOfficeJs, now } = opts;
  const context = await browser.newContext({ locale, viewport, bypassCSP });
  const problems = [];
  const external = [];
  await context.route(`${OFFICE_CDN}**`, answerOfficeJs);
  await context.route(
    (url) => url.origin !== new URL(baseUrl).origin && !url.href.startsWith(OFFICE_CDN),
    (route) => {
      external.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    // office.js, outside Office, tries to frame Microsoft's telemetry page some seconds after it
    // loads; the pane's Content-Security-Policy refuses it on purpose (no network calls but
    // office.js itself). That refusal is the policy working, not a fault of the page.
    if (OFFICE_TELEMETRY.test(msg.text())) return;
    problems.push(`console error: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return { context, page, problems, external };
}

/**
 * @param browser a playwright Browser
 * @param opts { baseUrl, path = "/taskpane.html", locale = "nb-NO", officeJs = "local" | "fake-excel" | "blocked" }
 */
async function openPane(browser, opts) {
  const { baseUrl, path = "/taskpane.html", locale = "nb-NO", officeJs = "local" } = opts;
  const { context, page, problems, external } = await openSealedPage(browser, {
    baseUrl,
    locale,
    viewport: { width: 360, height: 640 },
    officeJsRoute: officeJsRoute(officeJs, join(__dirname, "..", "fixtures")),
  });
  await page.goto(baseUrl + path, { waitUntil: "load" });
  return {
    page,
    problems,
    external,
    close: () => context.close(),
  };
}

module.exports = { openPane, openSealedPage, OFFICE_CDN, SEED_NOW };
