// Kontroll of a 200 000-row sheet in the built pane against the in-memory workbook
// (fixtures/workbook-host.ts, sheet "Enorm": 200 000 rows, of which 199 997 budget lines under a
// title, a unit caption and a header; every 10 000th line has post 700). The rows arrive in blocks of 40 000, the pane says how far it has come, answers the
// user between blocks and during the check, and Avbryt stops the read before its next request.
const { join } = require("node:path");
const { openWorkbookPane, interactiveMs } = require("./lib/workbook-pane");

/** Every text the Kontroller button's status slot shows from now on, in order. */
const recordStatus = (page) =>
  page.evaluate(() => {
    const slot = document.querySelector("[data-testid=check-run-status]");
    window.__statusTexts = [];
    const note = () => {
      const text = slot.textContent;
      if (text && text !== window.__statusTexts.at(-1)) window.__statusTexts.push(text);
    };
    new MutationObserver(note).observe(slot, { childList: true, subtree: true, characterData: true });
  });
/** The longest task (ms) the page runs from now on, as Chromium's Long Tasks API sees it (tasks over 50 ms). */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
  });
const longestTask = (page) => page.evaluate(() => Math.round(window.__longest));
const statusTexts = (page) => page.evaluate(() => window.__statusTexts);
const syncs = (page) => page.evaluate(() => window.__fakeExcel.state.syncs.length);
/** The status texts of a 200 000-row check before its result: each block read, then the check itself. */
const READ_STEPS = [
  "Leser 200\u202f000 rader fra Enorm …",
  "Leser 40\u202f000 av 200\u202f000 rader fra Enorm …",
  "Leser 80\u202f000 av 200\u202f000 rader fra Enorm …",
  "Leser 120\u202f000 av 200\u202f000 rader fra Enorm …",
  "Leser 160\u202f000 av 200\u202f000 rader fra Enorm …",
  "Kontrollerer 200\u202f000 rader fra Enorm …",
];
// What the user sees (the viewport), as in pane-scale.e2e.js.
const shot = (kit, page, name) => page.screenshot({ path: join(kit.outputDir, `${name}.png`) });

module.exports = {
  "a 200 000-row sheet is read in five blocks with the count in words, then checked": async (kit) => {
    const { assert } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, hugeSheet: true });
    const { page } = pane;
    try {
      await interactiveMs(page);
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Enorm");
      await recordStatus(page);
      await watchLongTasks(page);
      await page.getByRole("button", { name: "Kontroller" }).click();
      // That the pane gives the page a turn every 5 000 rows while it checks is proved by the contract
      // test (tests/contract/excel/pane-scale.test.ts), counted in rows: a click timed here would
      // race the check's last step, whose length depends on the machine.
      await page.getByTestId("check-results").waitFor({ timeout: 90_000 });
      console.log(`  longest task during the read and check of 200 000 rows: ${await longestTask(page)} ms`);
      const texts = await statusTexts(page);
      const summary = texts.at(-1);
      assert.match(summary, /^199\u202f997 linjer kontrollert, 20 med feil\. Kontrollert kl\. \d\d[:.]\d\d\.$/);
      // Each step the user can read; the last block's count gives way to the check itself.
      assert.deepEqual(texts.slice(0, -1), READ_STEPS);
      await shot(kit, page, "scale-kontroll-200000-rows");
      const groups = await page.locator("[data-kind] h2").allTextContents();
      assert.equal(await page.getByTestId("findings-position").textContent(), "20 funn med celle. Neste velger den første.", groups.join(" | "));
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },

  "a 200 000-row sheet is checked against the workbook's own chart sheet in the same blocks, with the same steps": async (kit) => {
    const { assert } = kit;
    // "Kontoplan" lists the six codes of "Enorm" (858/21 on its row 251, past the rows the pane samples).
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, hugeSheet: true, chartSheet: true });
    const { page } = pane;
    try {
      await interactiveMs(page);
      await page.getByRole("tab", { name: "Innstillinger" }).click();
      await page.getByRole("combobox", { name: "Budsjettår (Gul bok)" }).selectOption("workbook");
      await page.getByRole("tab", { name: "Kontroll" }).click();
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Enorm");
      await recordStatus(page);
      await watchLongTasks(page);
      const before = await syncs(page);
      await page.getByRole("button", { name: "Kontroller" }).click();
      await page.getByTestId("check-results").waitFor({ timeout: 90_000 });
      console.log(`  longest task during the read and check of 200 000 rows against the own chart: ${await longestTask(page)} ms`);
      // The shape, five blocks (the other sheets' first rows with the first), the chart sheet whole,
      // and the watch on the sheet the pane sets once the result is shown (use-watch-source.ts).
      assert.equal((await syncs(page)) - before, 8);
      const texts = await statusTexts(page);
      // Only the post 700 lines: every other code is in Kontoplan, 858/21 too.
      assert.match(texts.at(-1), /^199\u202f997 linjer kontrollert, 20 med feil\. Kontrollert kl\. \d\d[:.]\d\d\.$/);
      assert.deepEqual(texts.slice(0, -1), READ_STEPS);
      // The facts name the sheet the codes were checked against.
      await page.getByText("Kontrollert mot arbeidsbokens egen liste over kap/post i arket «Kontoplan»").waitFor();
      await shot(kit, page, "scale-kontroll-200000-rows-own-chart");
      assert.equal(await page.getByTestId("findings-position").textContent(), "20 funn med celle. Neste velger den første.");
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },

  "during a 200 000-row read the pane answers clicks, and Avbryt stops it before the next block": async (kit) => {
    const { assert } = kit;
    // Each request to Excel takes 1.5 s here, as a round trip to Excel on the web may.
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, hugeSheet: true, syncLatencyMs: 1500 });
    const { page } = pane;
    try {
      await interactiveMs(page, 60_000);
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Enorm");
      const before = await syncs(page);
      await page.getByRole("button", { name: "Kontroller" }).click();
      const status = page.getByTestId("check-run-status");
      await status.getByText("Leser 40\u202f000 av 200\u202f000 rader fra Enorm …").waitFor({ timeout: 60_000 });
      // The pane answers while the rows arrive: another tab opens, and Kontroll comes back still reading.
      await page.getByRole("tab", { name: "Innstillinger" }).click();
      await page.getByRole("tab", { name: "Innstillinger", selected: true }).waitFor();
      await page.getByRole("tab", { name: "Kontroll" }).click();
      assert.match(await status.textContent(), /^Leser \d+\u202f000 av 200\u202f000 rader fra Enorm …$/, "the read ended before the pane answered");
      await status.getByText("Leser 80\u202f000 av 200\u202f000 rader fra Enorm …").waitFor({ timeout: 60_000 });
      await shot(kit, page, "scale-kontroll-200000-rows-reading");
      await page.getByRole("button", { name: "Avbryt" }).click();
      await status.getByText("Avbrutt. Ingenting er endret i arket.").waitFor();
      // The block already with Excel may still be answered (Office cannot recall a request); no
      // further one is sent: the shape request, the two blocks shown, at most the third in flight.
      await page.waitForTimeout(5000);
      const afterCancel = await syncs(page);
      assert.ok(afterCancel - before <= 4, `${afterCancel - before} requests for a read stopped after two blocks`);
      await page.waitForTimeout(3000);
      assert.equal(await syncs(page), afterCancel, "the read went on after Avbryt");
      assert.equal(await page.getByTestId("check-results").count(), 0, "a cancelled check showed its results");
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },
};
