// The built pane opened in Word (office.js replaced by fixtures/word-host.ts: Office reports
// Word, Word.run works on an in-memory document). A user pastes the seed letter's rows copied
// from Excel, sees the table as the letter will show it, and inserts it at the cursor in one
// round trip. Pasted markup must stay text; axe-core finds nothing serious.
const { seriousViolations } = require("./lib/axe");
const { openFakeHostPane } = require("./lib/fake-host-pane");

// As copied from the Brevtabell sheet: the unit caption above the table.
const SEED_ROWS = "Beløp i 1 000 kr\nKap/post\tTildeling før tillegget\tEndring\tNy tildeling\n351/70\t57 625\t1 000\t58 625";
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
        ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
      ]);
      assert.ok(await page.getByText("Beløp i 1 000 kr", { exact: true }).isVisible(), "the unit caption is not shown");
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
        ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
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

  "in an English Word the letter is Norwegian: Nynorsk when chosen (and remembered), named from Gul bok, each sentence under its line": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWord(kit, { init: { displayLanguage: "en-US" } });
    const { page } = pane;
    try {
      const box = page.getByRole("textbox", { name: /Rows from Excel or changes/ });
      await box.waitFor();
      await box.fill("Tildelingsbrev 2024\nBeløp i 1 000 kr\nKap/post\tEndring\tOverføring\n351/70\t1 000\t\n671/62\t-1 000\tT1\n858/01\t1 000\tT1");
      await page.getByRole("combobox", { name: "Language of letters" }).selectOption("nn");
      await page.getByRole("checkbox", { name: "Insert sentences" }).check();
      await page.getByRole("checkbox", { name: "Insert chapter/post lines below the table" }).check();
      // The names come from Gul bok 2024, fetched when first needed.
      await page.getByText("Kap. 351 Likestilling", { exact: true }).waitFor();
      await screenshot(page, "word-pane-nynorsk");
      await page.getByRole("button", { name: "Insert change table" }).click();
      await page.getByText("The table was inserted at the cursor.").waitFor();
      const { synced, syncs } = await word(page);
      assert.equal(syncs, 1, "the insert took more than one round trip");
      assert.deepEqual(synced.texts, [
        "Finansiering",
        "Beløp i 1 000 kr",
        "[table 4x2]",
        "Kap. 351 Likestilling",
        "Post 70 Tilskudd til likestilling",
        "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.",
        "Kap. 671 Bosetting av flyktninger og tiltak for innvandrere",
        "Post 62 Kommunale integreringstiltak",
        "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.",
        "Kap. 858 Barne-, ungdoms- og familiedirektoratet og fellesfunksjoner i Barne-, ungdoms- og familieetaten",
        "Post 01 Driftsutgifter",
        "Med hilsen",
      ]);
      assert.deepEqual(synced.tables[0].values[0], ["Kap/post", "Endring"]);
      // The choice is remembered for the next time the pane opens.
      await page.reload({ waitUntil: "load" });
      await page.getByRole("textbox", { name: /Rows from Excel or changes/ }).waitFor();
      assert.equal(await page.getByRole("combobox", { name: "Language of letters" }).inputValue(), "nn");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "rows in kroner without a caption are warned about before inserting; a table with no rows is refused": async (kit) => {
    const { assert } = kit;
    const pane = await openWord(kit);
    const { page } = pane;
    try {
      await paste(page, "Kap/post\tEndring\n855/01\t1 000 000");
      const notes = page.getByRole("list", { name: "Merknader til det som ble limt inn" });
      assert.match(await notes.textContent(), /sier ikke hvilken enhet beløpene har.*satt opp i 1\u202f000 kr.*velg under «Beløpene er i»/);
      await page.getByRole("combobox", { name: "Beløpene er i" }).selectOption("kr");
      await page.getByText("Beløp i kroner", { exact: true }).waitFor();
      assert.equal(await page.getByText(/sier ikke hvilken enhet/).count(), 0);

      await paste(page, "Kap/post\tEndring\n");
      await page.getByText("Tabellen som ble limt inn, har overskrifter, men ingen rader som kan leses. Det er ingen tabell å sette inn.").waitFor();
      assert.equal(await page.getByRole("button", { name: "Sett inn endringstabell" }).isDisabled(), true);
      assert.deepEqual(await word(page), { runs: 0, syncs: 0, synced: null }, "Word was called");
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
      assert.match(await page.getByTestId("word-too-old").textContent(), /^Denne Word-versjonen er for gammelDen kan ikke sette inn tabeller fra tillegg\. Oppdater Word/);
      assert.equal(await page.getByRole("button", { name: "Sett inn endringstabell" }).isDisabled(), true);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "axe-core finds no violations of any impact in the Word pane, preview shown": async (kit) => {
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

// The Word pane at 320 and 450 px, in Bokmål, English and Office's dark theme: empty, with the
// seed rows previewed and inserted, and in an old Word. Each state fits the pane, passes axe-core
// with no violation of any impact, and is saved as word-screens-<config>-<width>-<state>.png.
const { violations } = require("./lib/axe");
const { assertFits } = require("./lib/fits");

const WORD_CONFIGS = [
  { name: "nb", displayLanguage: "nb-NO", paste: /Rader fra Excel eller endringer/, insert: "Sett inn endringstabell", inserted: "Tabellen er satt inn ved markøren.", old: /Denne Word-versjonen er for gammel.*Oppdater Word/ },
  { name: "en", displayLanguage: "en-US", paste: /Rows from Excel or changes/, insert: "Insert change table", inserted: "The table was inserted at the cursor.", old: /This version of Word is too old.*Update Word/ },
  { name: "dark", displayLanguage: "nb-NO", officeTheme: { bodyBackgroundColor: "#1f1f1f" }, paste: /Rader fra Excel eller endringer/, insert: "Sett inn endringstabell", inserted: "Tabellen er satt inn ved markøren.", old: /Denne Word-versjonen er for gammel.*Oppdater Word/ },
];

// A wide table: eleven-digit kroner amounts must scroll inside the preview, not widen the pane.
const WIDE_ROWS = "Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n855/01\t4 887 294 000\t1 000 000\t4 888 294 000\n351/70\t57 625 000\t1 000 000\t58 625 000";

for (const config of WORD_CONFIGS) {
  for (const width of [320, 450]) {
    module.exports[`the Word pane fits and passes axe: ${config.name} at ${width} px`] = async (kit) => {
      const { assert, screenshot } = kit;
      const found = {};
      const state = async (page, name) => {
        await assertFits(assert, page, `word ${config.name} ${width} ${name}`);
        await screenshot(page, `word-screens-${config.name}-${width}-${name}`);
        const v = await violations(page);
        if (v.length) found[name] = v;
      };
      const init = { displayLanguage: config.displayLanguage, officeTheme: config.officeTheme };
      const pane = await openWord(kit, { init, width, bypassCSP: true, locale: config.displayLanguage });
      try {
        const box = pane.page.getByRole("textbox", { name: config.paste });
        await box.waitFor();
        await state(pane.page, "empty");
        await box.fill(WIDE_ROWS);
        await pane.page.locator("main table").waitFor();
        await state(pane.page, "preview");
        await pane.page.getByRole("button", { name: config.insert }).click();
        await pane.page.getByText(config.inserted).waitFor();
        await state(pane.page, "inserted");
        assert.deepEqual(pane.problems, []);
      } finally {
        await pane.close();
      }
      const old = await openWord(kit, { init: { ...init, wordApi: "1.1" }, width, bypassCSP: true, locale: config.displayLanguage });
      try {
        const message = old.page.getByTestId("word-too-old");
        await message.waitFor();
        assert.match(await message.textContent(), config.old);
        await state(old.page, "old-word");
      } finally {
        await old.close();
      }
      assert.deepEqual(found, {}, "axe-core found violations");
    };
  }
}
