// Every screen of the Excel pane at 320 and 450 px, in Bokmål, in English and in Office's dark
// theme: Kontroll with its findings, out of date after an edit, at work with Avbryt, and
// cancelled; Endringer's three steps (the confirmation before writing
// with errors included), Oppdrag and Innstillinger. At each state: a screenshot in
// test-output/e2e/ (screens-<config>-<width>-<state>.png), no element wider than the pane, and
// axe-core with no violation of any impact.
const { violations } = require("./lib/axe");
const { assertFits } = require("./lib/fits");
const { openWorkbookPane, interactiveMs } = require("./lib/workbook-pane");

const DARK = { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#2b2b2b", controlForegroundColor: "#ffffff" };

const WORDS = {
  nb: {
    check: "Kontroll",
    checkRun: "Kontroller",
    cancel: "Avbryt",
    cancelled: "Avbrutt. Ingenting er endret i arket.",
    changes: "Endringer",
    preview: "Forhåndsvis",
    write: "Skriv til arket",
    confirm: "Skriv likevel",
    written: /^Skrev \d+ rad/,
    make: "Lag brevtabell",
    made: /^Skrev brevtabellen/,
    customise: "Tilpass kolonnetitlene",
    assignments: "Oppdrag",
    flag: "Finn frister",
    settings: "Innstillinger",
  },
  en: {
    check: "Check",
    checkRun: "Check",
    cancel: "Cancel",
    cancelled: "Cancelled. Nothing was changed in the sheet.",
    changes: "Changes",
    preview: "Preview",
    write: "Write to the sheet",
    confirm: "Write anyway",
    written: /^Wrote \d+ row/,
    make: "Make letter table",
    made: /^Wrote the letter table/,
    customise: "Customise the column titles",
    assignments: "Assignments",
    flag: "Find deadlines",
    settings: "Settings",
  },
};

const CONFIGS = [
  { name: "nb", displayLanguage: "nb-NO", words: WORDS.nb },
  { name: "en", displayLanguage: "en-US", words: WORDS.en },
  { name: "dark", displayLanguage: "nb-NO", words: WORDS.nb, officeTheme: DARK },
];

async function openTab(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("tabpanel", { name, exact: true }).waitFor();
}

function screens(config, width) {
  return async (kit) => {
    const { assert, screenshot } = kit;
    const w = config.words;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, displayLanguage: config.displayLanguage, width, bypassCSP: true, officeTheme: config.officeTheme });
    const { page } = pane;
    const found = {};
    const state = async (name) => {
      // A dialog that has just closed hands the page back to screen readers after its exit
      // transition; judge the screen once it has (a page left hidden still fails, after 15 s).
      await page.waitForFunction(() => !document.querySelector("#root[aria-hidden=true]"), null, { timeout: 15_000 }).catch(() => undefined);
      await assertFits(assert, page, `${config.name} ${width} ${name}`);
      await screenshot(page, `screens-${config.name}-${width}-${name}`);
      const v = await violations(page);
      if (v.length) found[name] = v;
    };
    try {
      await interactiveMs(page);
      await state("kontroll-start");
      await page.getByRole("button", { name: w.checkRun, exact: true }).click();
      await page.getByTestId("check-results").waitFor();
      await state("kontroll-results");
      // The user fixes a checked cell: the findings say they are out of date.
      await page.evaluate(() => window.__fakeExcel.userEdit("Tildeling!C6", 14500));
      await page.getByTestId("check-stale").waitFor();
      await state("kontroll-stale");

      await openTab(page, w.changes);
      await page.getByRole("button", { name: w.preview, exact: true }).click();
      await page.getByTestId("change-preview").waitFor();
      await state("endringer-1-preview");
      await page.getByRole("button", { name: w.write, exact: true }).click();
      await page.getByTestId("confirm-write").waitFor();
      await state("endringer-2-confirm");
      await page.getByRole("button", { name: w.confirm }).click();
      await page.getByTestId("confirm-write").waitFor({ state: "detached" });
      await page.getByTestId("write-changes-status").getByText(w.written).waitFor();
      await state("endringer-2-written");
      await page.getByText(w.customise).click();
      await page.getByRole("button", { name: w.make }).click();
      await page.getByTestId("letter-status").getByText(w.made).waitFor();
      await state("endringer-3-letter");

      await openTab(page, w.assignments);
      await page.getByRole("button", { name: w.flag }).click();
      await page.getByTestId("assignment-list").waitFor();
      await state("oppdrag");

      await openTab(page, w.settings);
      await state("innstillinger");

      // Work that takes a while (each request to Excel 6 s here): the work in words and Avbryt, then cancelled.
      await openTab(page, w.check);
      await page.evaluate(() => (window.__fakeLatency.syncMs = 6000));
      await page.getByRole("button", { name: w.checkRun, exact: true }).click();
      await page.getByRole("button", { name: w.cancel, exact: true }).waitFor();
      await state("kontroll-working");
      await page.getByRole("button", { name: w.cancel, exact: true }).click();
      await page.getByTestId("check-run-status").getByText(w.cancelled).waitFor();
      await page.evaluate(() => (window.__fakeLatency.syncMs = 0));
      await state("kontroll-cancelled");
      if (config.officeTheme) {
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.notEqual(background, "rgb(255, 255, 255)", "the dark theme left the page white");
      }
      assert.deepEqual(found, {}, "axe-core found violations");
      assert.deepEqual(pane.problems, [], "the page reported errors");
      assert.deepEqual(pane.external, [], "the page tried to reach the network");
    } finally {
      await pane.close();
    }
  };
}

for (const config of CONFIGS) {
  for (const width of [320, 450]) {
    module.exports[`every screen fits and passes axe: ${config.name} at ${width} px`] = screens(config, width);
  }
}
