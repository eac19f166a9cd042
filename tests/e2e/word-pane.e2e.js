// The built pane opened in Word (office.js replaced by fixtures/word-host.ts: Office reports
// Word, Word.run works on an in-memory document). A user pastes the seed letter's rows copied
// from Excel, sees the table as the letter will show it, and inserts it at the cursor in one
// round trip. Pasted markup must stay text; axe-core finds nothing serious.
const { seriousViolations } = require("./lib/axe");
const { openFakeHostPane } = require("./lib/fake-host-pane");

const SEED_ROWS = "Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n351/70\t57 625\t1 000\t58 625";
const SCRIPT = "<script>window.__pwned = 1</script>";
const IMG = '"><img src=x onerror=alert(1)>';

function openWord(kit, opts = {}) {
  const { init = {}, ...rest } = opts;
  return openFakeHostPane(kit.browser, { baseUrl: kit.baseUrl, fixture: "word-host", init: { displayLanguage: "nb-NO", ...init }, ...rest });
}

function expectClean(assert, pane) {
  assert.deepEqual(pane.problems, [], "the page reported errors");
  assert.deepEqual(pane.external, [], "the page tried to reach the network");
}

async function paste(page, text) {
  const box = page.getByRole("textbox", { name: /Rader fra Excel eller endringer/ });
  await box.waitFor();
  await box.fill(text);
}

async function previewCells(page) {
  return page.locator("main table tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent)));
}

const word = (page) => page.evaluate(() => window.__fakeWord);

module.exports = {
  "in Word it shows Sett inn endringstabell, previews the pasted rows and inserts them in one sync": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWord(kit);
    const { page } = pane;
    try {
      await page.getByRole("heading", { name: "Sett inn endringstabell", level: 1 }).waitFor();
      assert.equal(await page.getAttribute("html", "lang"), "nb");
      await paste(page, SEED_ROWS);
      assert.deepEqual(await previewCells(page), [
        ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
        ["351/70", "57 625", "1 000", "58 625"],
      ]);
      assert.ok(await page.getByText("Beløp i 1 000 kr").isVisible(), "the unit caption is not shown");
      assert.deepEqual(await word(page), { runs: 0, syncs: 0, synced: null }, "Word was called before the user inserted");
      await screenshot(page, "word-pane-preview");

      await page.getByRole("button", { name: "Sett inn endringstabell" }).click();
      await page.getByText("Tabellen er satt inn ved markøren.").waitFor();
      const after = await word(page);
      assert.equal(after.runs, 1);
      assert.equal(after.syncs, 1, "the insert took more than one round trip");
      assert.deepEqual(after.synced.texts, ["Finansiering", "Beløp i 1 000 kr", "[table 2x4]", "Med hilsen"]);
      const [table] = after.synced.tables;
      assert.deepEqual(table.values, [
        ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
        ["351/70", "57 625", "1 000", "58 625"],
      ]);
      assert.deepEqual(table.bold[0], [true, true, true, true], "the header row is not bold");
      assert.deepEqual(table.alignment[1], ["Left", "Right", "Right", "Right"], "amounts are not right-aligned");
      assert.equal(table.headerRowCount, 1);
      await screenshot(page, "word-pane-inserted");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "pasted markup shows as text: no script or img element is created, nothing runs": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWord(kit);
    const { page } = pane;
    try {
      const rows = [
        "Kap/post\tEndring\tTekst",
        `351/70\t1 000\t${SCRIPT} ${IMG}`,
        `${SCRIPT}\t5`,
      ].join("\n");
      await paste(page, rows);
      await page.getByRole("checkbox", { name: "Sett inn kap./post-linjer under tabellen" }).check();
      // The text column reaches the preview through the kap./post block, the bad code through its message.
      await page.getByText(`${SCRIPT} ${IMG}`, { exact: true }).waitFor();
      assert.match(await page.getByRole("list", { name: "Merknader til det som ble limt inn" }).textContent(), /<script>window\.__pwned = 1<\/script>/);
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll("#root script").length,
        images: document.querySelectorAll("img").length,
        pwned: window.__pwned ?? null,
      }));
      assert.deepEqual(dom, { scripts: 0, images: 0, pwned: null });
      await page.getByRole("button", { name: "Sett inn endringstabell" }).click();
      await page.getByText("Tabellen er satt inn ved markøren.").waitFor();
      const { synced } = await word(page);
      assert.ok(synced.texts.includes(`${SCRIPT} ${IMG}`), `the text went in changed: ${JSON.stringify(synced.texts)}`);
      assert.deepEqual(await page.evaluate(() => ({ images: document.querySelectorAll("img").length, pwned: window.__pwned ?? null })), { images: 0, pwned: null });
      await screenshot(page, "word-pane-markup-as-text");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "a Word without WordApi 1.3 explains instead of failing on click": async (kit) => {
    const { assert } = kit;
    const pane = await openWord(kit, { init: { wordApi: "1.2" } });
    const { page } = pane;
    try {
      await paste(page, SEED_ROWS);
      assert.match(await page.getByText(/krever WordApi 1\.3/).textContent(), /kan ikke sette inn tabeller/);
      assert.equal(await page.getByRole("button", { name: "Sett inn endringstabell" }).isDisabled(), true);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "axe-core finds no serious or critical violations in the Word pane, preview shown": async (kit) => {
    const { assert } = kit;
    // axe is injected as a script, which the pane's CSP rightly forbids; this context bypasses CSP.
    const pane = await openWord(kit, { bypassCSP: true });
    const { page } = pane;
    try {
      await paste(page, `${SEED_ROWS}\nfeil/kode\t5`);
      await page.getByRole("checkbox", { name: "Sett inn setninger" }).check();
      await page.locator("main table").waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await pane.close();
    }
  },
};
