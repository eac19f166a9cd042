// Hundreds of findings, slow work and a sheet that changes under a result, in the built pane
// against the in-memory workbook (fixtures/workbook-host.ts).
const { openWorkbookPane, interactiveMs } = require("./lib/workbook-pane");

const fake = (page, fn, arg) => page.evaluate(fn, arg);
const selectedRow = (page) => fake(page, () => window.__fakeExcel.state.selection && { sheet: window.__fakeExcel.state.selection.sheet.name, row: window.__fakeExcel.state.selection.rect.top, col: window.__fakeExcel.state.selection.rect.left });
// What the user sees (the viewport): a full-page picture of 200 findings is large and slow to take.
const shot = (kit, page, name) => page.screenshot({ path: require("node:path").join(kit.outputDir, `${name}.png`) });
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);

module.exports = {
  "a 3 000-row sheet with 200 findings is stepped through by keyboard with Neste and Forrige, each selecting its cell": async (kit) => {
    const { assert } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, bigSheet: true });
    const { page } = pane;
    try {
      await interactiveMs(page);
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Stor");
      await page.getByRole("button", { name: "Kontroller" }).click();
      await page.getByTestId("check-results").waitFor({ timeout: 30_000 });
      // Title, unit caption and header take rows 1-3; line i (0-based) is on row i + 4, and every 15th has post 700.
      assert.match(await page.getByTestId("check-run-status").textContent(), /^3\u202f000 linjer kontrollert, 200 med feil\./);
      const groups = await page.locator("[data-kind] h2").allTextContents();
      assert.equal(await page.getByTestId("findings-position").textContent(), "200 funn med celle. Neste velger den første.", groups.join(" | "));
      assert.match(await page.getByTestId("group-error").first().getByRole("heading").textContent(), /^Feil: kapittel eller post utenfor gyldig område \(200\)$/);
      await shot(kit, page, "scale-kontroll-200-findings");

      // Every cell Excel is asked to select, in order (the fake's selection, recorded as it is set).
      await fake(page, () => {
        const state = window.__fakeExcel.state;
        let current = state.selection;
        window.__selected = [];
        Object.defineProperty(state, "selection", {
          get: () => current,
          set: (s) => {
            current = s;
            window.__selected.push(`${s.sheet.name}!${s.rect.top},${s.rect.left},${s.rect.rows}`);
          },
        });
      });
      await page.getByTestId("findings-next").focus();
      for (let k = 0; k < 200; k++) await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__selected.length >= 200, null, { timeout: 60_000 });
      const expected = Array.from({ length: 200 }, (_, k) => `Stor!${4 + 15 * k},1,1`);
      assert.deepEqual(await fake(page, () => window.__selected), expected, "Neste did not select each finding's cell in turn");
      assert.deepEqual(await selectedRow(page), { sheet: "Stor", row: 2989, col: 1 });
      assert.equal(await page.getByTestId("findings-position").textContent(), "200 av 200: Stor!A2989");
      assert.equal(await focused(page), "findings-next", "focus left the Neste button");
      await shot(kit, page, "scale-kontroll-last-finding");

      await page.keyboard.press("Shift+Tab");
      assert.equal(await focused(page), "findings-previous");
      for (const row of [2974, 2959]) {
        await page.keyboard.press("Enter");
        await page.waitForFunction((r) => window.__fakeExcel.state.selection?.rect.top === r, row);
      }
      assert.equal(await page.getByTestId("findings-position").textContent(), "198 av 200: Stor!A2959");
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },

  "the filter narrows the findings, and Neste steps through what is shown": async (kit) => {
    const { assert } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, bigSheet: true });
    const { page } = pane;
    try {
      await interactiveMs(page);
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Stor");
      await page.getByRole("button", { name: "Kontroller" }).click();
      await page.getByTestId("check-results").waitFor({ timeout: 30_000 });
      await page.getByRole("searchbox", { name: "Filtrer funnene" }).fill("A2989");
      await page.getByText(/^Viser 1 av 20\d\.$/).waitFor();
      assert.equal(await page.getByTestId("findings-next").count(), 0, "one result needs no Neste");
      await page.getByRole("button", { name: /Stor!A2989/ }).click();
      await page.waitForFunction(() => window.__fakeExcel.state.selection?.rect.top === 2989);
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },

  "slow work says what it does in words, offers Avbryt after a second, and keeps focus on its button": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, bigSheet: true, latencyMs: 8000 });
    const { page } = pane;
    try {
      // The pane is up before Excel has answered (each Excel.run here waits 8 s), and says what it waits for.
      await page.getByText("Ser etter ark og tabeller i arbeidsboken …").waitFor();
      await page.getByRole("tab", { name: "Kontroll" }).waitFor();
      await interactiveMs(page, 60_000);
      await page.getByRole("combobox", { name: "Ark eller tabell" }).selectOption("sheet:Stor");
      await page.getByRole("button", { name: "Kontroller" }).focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("check-run-status").getByText("Leser 3\u202f003 rader fra Stor …").waitFor();
      assert.equal(await focused(page), "check-run", "focus left the button while it works");
      const cancel = page.getByRole("button", { name: "Avbryt" });
      await cancel.waitFor();
      await screenshot(page, "scale-kontroll-working");
      await cancel.click();
      await page.getByTestId("check-run-status").getByText("Avbrutt. Ingenting er endret i arket.").waitFor();
      assert.equal(await page.getByTestId("check-results").count(), 0);
      // The answer that arrives afterwards (each Excel request here takes 8 s) is not shown.
      await page.waitForTimeout(9000);
      assert.equal(await page.getByTestId("check-results").count(), 0, "a cancelled check showed its results");
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },

  "when the user fixes a checked cell, Kontroll says its findings are out of date, and a new check clears it": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl });
    const { page } = pane;
    try {
      await interactiveMs(page);
      await page.getByRole("button", { name: "Kontroller" }).click();
      await page.getByTestId("check-results").waitFor();
      assert.match(await page.getByTestId("check-run-status").textContent(), /Kontrollert kl\. \d\d[:.]\d\d\./);
      // An edit elsewhere (the Endringer sheet) is not the checked range.
      await fake(page, () => window.__fakeExcel.userEdit("Endringer!C3", "ny tekst"));
      await page.waitForTimeout(300);
      assert.equal(await page.getByTestId("check-stale").count(), 0, "an edit on another sheet made the check stale");
      await fake(page, () => window.__fakeExcel.userEdit("Tildeling!C6", 14500));
      const stale = page.getByTestId("check-stale");
      await stale.waitFor();
      assert.match(await stale.textContent(), /Arket er endret etter kontrollen kl\. \d\d[:.]\d\d/);
      await screenshot(page, "scale-kontroll-out-of-date");
      await stale.getByRole("button", { name: "Kontroller på nytt" }).click();
      await page.getByTestId("check-stale").waitFor({ state: "detached" });
      assert.doesNotMatch(await page.getByTestId("check-results").textContent(), /14 5OO/);
      assert.deepEqual(pane.problems, []);
    } finally {
      await pane.close();
    }
  },
};
