// The built pane in headless Chromium, 320 px wide, against the seed workbook in an in-memory
// Excel (served in place of office.js; see fixtures/workbook-host.ts). It goes through Kontroll,
// Endringer and Oppdrag as a controller would, reads the workbook back to see what the pane wrote,
// saves screenshots to test-output/e2e/, and runs axe-core on every tab.
const { seriousViolations } = require("./lib/axe");
const { openWorkbookPane, interactiveMs } = require("./lib/workbook-pane");
const { SEED_NOW } = require("./lib/pane");

function expectClean(assert, pane) {
  assert.deepEqual(pane.problems, [], "the page reported errors");
  assert.deepEqual(pane.external, [], "the page tried to reach the network");
}

const fake = (page, fn, arg) => page.evaluate(fn, arg);

async function openSeed(kit, opts = {}) {
  // The seed's deadlines are judged on the day its facts are stated for, whatever today is.
  const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, now: SEED_NOW, ...opts });
  const ms = await interactiveMs(pane.page);
  return { pane, page: pane.page, ms };
}

async function openTab(page, name) {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

module.exports = {
  "Kontroll: checks the seed allocation sheet, jumps to a cell, marks and unmarks exactly": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page, ms } = await openSeed(kit);
    try {
      console.log(`       pane interactive ${ms} ms after navigation (check button enabled)`);
      assert.equal(await page.getByRole("combobox", { name: "Ark eller tabell" }).inputValue(), "sheet:Tildeling");
      const before = await fake(page, () => JSON.stringify(window.__fakeExcel.snapshot()));

      await page.getByRole("button", { name: "Kontroller" }).click();
      const errors = page.getByTestId("findings");
      await errors.waitFor();
      assert.match(await errors.textContent(), /«855\/700»/);
      assert.match(await errors.textContent(), /«14 5OO»/);
      // Grouped by kind, errors first, each group with its count.
      const groups = await page.getByTestId("group-error").evaluateAll((els) => els.map((e) => e.querySelector("h2")?.textContent));
      assert.deepEqual(groups.sort(), ["Feil: beløp som ikke kan leses (1)", "Feil: kapittel eller post utenfor gyldig område (1)"]);
      // Every row of the table counts, the two that could not be read included.
      assert.match(await page.getByTestId("check-run-status").textContent(), /^3 linjer kontrollert, 2 med feil\. Kontrollert kl\. \d\d[:.]\d\d\.$/);
      await screenshot(page, "pane-kontroll-results");

      await errors.getByRole("button", { name: /Tildeling!C6/ }).click();
      await page.waitForFunction(() => window.__fakeExcel.state.selection?.rect.top === 6);
      const selection = await fake(page, () => {
        const s = window.__fakeExcel.state.selection;
        return { sheet: s.sheet.name, top: s.rect.top, left: s.rect.left };
      });
      assert.deepEqual(selection, { sheet: "Tildeling", top: 6, left: 3 });

      await page.getByRole("button", { name: "Marker i arket" }).click();
      await page.getByText(/^Markerte \d+ celle/).waitFor();
      const marked = await fake(page, () => ({
        fill: window.__fakeExcel.displayedFill("Tildeling!C6"),
        note: window.__fakeExcel.note("Tildeling!C6"),
        untouched: window.__fakeExcel.displayedFill("Tildeling!C4"),
      }));
      assert.ok(marked.fill, "the problem cell was not coloured");
      assert.match(marked.note ?? "", /14 5OO/);
      assert.equal(marked.untouched, null, "a cell without a problem was coloured");
      await screenshot(page, "pane-kontroll-marked");

      await page.getByRole("button", { name: "Fjern markeringen" }).click();
      await page.getByText(/^Fjernet markeringen fra \d+ celle/).waitFor();
      const after = await fake(page, () => JSON.stringify(window.__fakeExcel.snapshot()));
      assert.equal(after, before, "Fjern markering left the workbook different from before Marker i arket");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Endringer: previews the seed letter's change table and writes it beside the table with a formula": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await openTab(page, "Endringer");
      await page.getByRole("button", { name: "Forhåndsvis" }).click();
      const preview = page.getByTestId("change-preview");
      await preview.waitFor();
      const rows = await preview.locator("tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent)));
      assert.deepEqual(rows.slice(1), [
        ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
        ["Sum", "57\u202f625", "1\u202f000", "58\u202f625"],
      ]);
      // 671/62 and 858/01 have no allocation line: shown apart, not silently outside the Sum.
      const others = page.getByRole("region", { name: "Endringer uten tildelingslinje" });
      const otherRows = await others.locator("tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent)));
      assert.deepEqual(otherRows.slice(1), [
        ["671/62", "−1\u202f000", "Ikke tatt med"],
        ["858/01", "1\u202f000", "Blir ny linje"],
      ]);
      // Each change's message appears once, beside it; the allocation sheet's own findings are only counted here.
      const everything = await page.getByRole("tabpanel", { name: "Endringer" }).textContent();
      const findings = page.getByTestId("change-findings");
      const listed = (await findings.count()) > 0 ? await findings.textContent() : "";
      assert.doesNotMatch(listed, /671\/62|858\/01/, "a change's message is shown twice: beside it and in the list");
      assert.match(await others.textContent(), /671\/62 har ingen tildelingslinje/);
      assert.doesNotMatch(everything, /14 5OO/, "Kontroll's findings are repeated in Endringer");
      assert.match(await page.getByTestId("allocation-findings-note").textContent(), /^Tildelingsarket Tildeling har selv 2 feil\. Se Kontroll\.$/);
      await screenshot(page, "pane-endringer-preview");

      const typedBefore = await fake(page, () => JSON.stringify(window.__fakeExcel.typedCells()));
      await page.getByRole("button", { name: "Skriv til arket" }).click();
      // The preview has an error (671/62 has no allocation line): the pane asks first, and says how to undo.
      const confirm = page.getByRole("alertdialog");
      await confirm.waitFor();
      assert.match(await confirm.textContent(), /Forhåndsvisningen har \d+ feil\. Skrive likevel\?.*Du angrer ved å slette/);
      await screenshot(page, "pane-endringer-confirm");
      await confirm.getByRole("button", { name: "Skriv likevel" }).click();
      await page.getByText(/^Skrev \d+ rad(er)? i /).waitFor();
      const written = await fake(page, () => {
        const fx = window.__fakeExcel;
        const header = fx.values("Tildeling!A3:L3")[0];
        const col = (name) => header.indexOf(name);
        const letter = (i) => String.fromCharCode(65 + i);
        const after = col("Ny tildeling");
        return {
          header,
          before: col("Tildeling før") >= 0 ? fx.value(`Tildeling!${letter(col("Tildeling før"))}4`) : null,
          change: col("Endring") >= 0 ? fx.value(`Tildeling!${letter(col("Endring"))}4`) : null,
          after: after >= 0 ? fx.value(`Tildeling!${letter(after)}4`) : null,
          formula: after >= 0 ? fx.cell(`Tildeling!${letter(after)}4`)?.formula : null,
          format: after >= 0 ? fx.cell(`Tildeling!${letter(after)}4`)?.numberFormat : null,
        };
      });
      assert.deepEqual([written.before, written.change, written.after], [57625, 1000, 58625], `wrote ${JSON.stringify(written)}`);
      assert.match(written.formula ?? "", /^=/, "Ny tildeling is not a formula");
      assert.equal(written.format, "#,##0");
      assert.equal(await fake(page, () => JSON.stringify(window.__fakeExcel.typedCells())), typedBefore, "a typed cell was changed");
      await screenshot(page, "pane-endringer-written");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Endringer: rows typed in the pane give the same change table": async (kit) => {
    const { assert } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await openTab(page, "Endringer");
      await page.getByRole("radio", { name: "Jeg skriver dem inn her" }).check();
      await page.getByRole("textbox", { name: "Kap/post, rad 1" }).fill("kap. 351, post 70");
      await page.getByRole("textbox", { name: "Endring, rad 1" }).fill("1 000");
      await page.getByRole("button", { name: "Forhåndsvis" }).click();
      const preview = page.getByTestId("change-preview");
      await preview.waitFor();
      const rows = await preview.locator("tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent)));
      assert.deepEqual(rows.slice(1), [
        ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
        ["Sum", "57\u202f625", "1\u202f000", "58\u202f625"],
      ]);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Endringer: Lag brevtabell writes the letter table on the Brevtabell sheet, and a re-run replaces it": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await openTab(page, "Endringer");
      await page.getByRole("button", { name: "Forhåndsvis" }).click();
      const letter = page.getByRole("region", { name: "Til brevet" });
      await letter.waitFor();
      await letter.getByRole("checkbox", { name: "Kap./post-linjer under tabellen" }).check();
      await letter.getByRole("button", { name: "Lag brevtabell" }).click();
      await page.getByText(/^Skrev brevtabellen med 1 linje til Brevtabell!A2:D3\./).waitFor();
      const sheetOf = () =>
        fake(page, () => {
          const fx = window.__fakeExcel;
          return {
            sheets: fx.state.sheets.map((s) => s.name),
            table: fx.values("Brevtabell!A1:D3"),
            below: fx.values("Brevtabell!A4:A8").map((r) => r[0]),
            formats: [fx.cell("Brevtabell!B3")?.numberFormat, fx.cell("Brevtabell!A3")?.numberFormat],
            active: fx.state.activeSheet?.name,
          };
        });
      const first = await sheetOf();
      assert.deepEqual(first.table, [
        ["Beløp i 1 000 kr", "", "", ""],
        ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
        ["351/70", 57625, 1000, 58625],
      ]);
      assert.match(first.below.join("|"), /Kap\. 351 .*\|Post 70 /, "the kap./post block is missing");
      // Shown as the letter shows it whatever the reader's Excel locale: "57 625" with a no-break space.
      assert.match(first.formats[0] ?? "", /\u00a0/);
      assert.equal(first.formats[1], "@", "351/70 is not stored as text");
      assert.equal(first.active, "Brevtabell");
      await screenshot(page, "pane-endringer-brevtabell");

      await letter.getByRole("checkbox", { name: "Kap./post-linjer under tabellen" }).uncheck();
      // The column titles are folded away under "Tilpass".
      assert.equal(await letter.getByRole("textbox", { name: "Kolonnetittel: tildeling før" }).isVisible(), false);
      await letter.getByText("Tilpass kolonnetitlene").click();
      await letter.getByRole("textbox", { name: "Kolonnetittel: tildeling før" }).fill("Tildeling før tillegg nr. 4");
      await letter.getByRole("button", { name: "Lag brevtabell" }).click();
      await page.getByText(/^Skrev brevtabellen med 1 linje til /).waitFor();
      const second = await sheetOf();
      assert.deepEqual(second.sheets.filter((n) => n.startsWith("Brevtabell")), ["Brevtabell"], `stacked: ${second.sheets}`);
      assert.deepEqual(second.table[1], ["Kap/post", "Tildeling før tillegg nr. 4", "Endring", "Ny tildeling"]);
      assert.deepEqual(second.table[2], ["351/70", 57625, 1000, 58625]);
      assert.deepEqual(second.below, ["", "", "", "", ""], "the first run's blocks were left behind");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "in an English Excel the Brevtabell sheet is Norwegian, in Nynorsk when Settings says so": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page } = await openSeed(kit, { displayLanguage: "en-US" });
    try {
      await openTab(page, "Settings");
      await page.getByRole("combobox", { name: "Language of letters" }).selectOption("nn");
      await openTab(page, "Changes");
      await page.getByRole("button", { name: "Preview" }).click();
      const letter = page.getByRole("region", { name: "For the letter" });
      await letter.waitFor();
      await letter.getByRole("checkbox", { name: "Chapter/post lines below the table" }).check();
      await letter.getByRole("checkbox", { name: "Sentences below the table" }).check();
      await letter.getByRole("button", { name: "Make letter table" }).click();
      await page.getByText(/^Wrote the letter table with 1 line to Brevtabell!A2:D3\./).waitFor();
      const sheet = await fake(page, () => {
        const fx = window.__fakeExcel;
        return { table: fx.values("Brevtabell!A1:D3"), below: fx.values("Brevtabell!A4:A9").map((r) => r[0]) };
      });
      assert.deepEqual(sheet.table, [
        ["Beløp i 1 000 kr", "", "", ""],
        ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
        ["351/70", 57625, 1000, 58625],
      ]);
      assert.deepEqual(sheet.below, [
        "",
        "Kap. 351 Likestilling",
        "Post 70 Tilskudd til likestilling",
        "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.",
        "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.",
        "",
      ]);
      await screenshot(page, "pane-brevtabell-nynorsk-en");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Endringer: Kopier til brev puts the letter table on the clipboard as an HTML table and as tab-separated text": async (kit) => {
    const { assert } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: kit.baseUrl });
      await openTab(page, "Endringer");
      await page.getByRole("button", { name: "Forhåndsvis" }).click();
      const letter = page.getByRole("region", { name: "Til brevet" });
      await letter.getByRole("button", { name: "Kopier til brev" }).click();
      await page.getByText("Tabellen er kopiert. Lim den inn i Word eller Outlook.").waitFor();
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return { html: await (await item.getType("text/html")).text(), text: await (await item.getType("text/plain")).text() };
      });
      assert.equal(copied.text, "Beløp i 1 000 kr\nKap/post\tTildeling før tillegget\tEndring\tNy tildeling\n351/70\t57\u202f625\t1\u202f000\t58\u202f625");
      const cells = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        return [...doc.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent));
      }, copied.html);
      assert.deepEqual(cells, [
        ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
        ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
      ]);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Oppdrag: flags the seed assignments most urgent first and writes a status column that follows TODAY()": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await openTab(page, "Oppdrag");
      await page.getByRole("button", { name: "Finn frister" }).click();
      const list = page.getByTestId("assignment-list");
      await list.waitFor();
      const items = await list.locator("li").evaluateAll((lis) => lis.map((li) => ({ flag: li.dataset.flag, text: li.textContent })));
      assert.ok(items.length >= 4, `listed ${items.length}`);
      assert.ok(items.every((i) => i.flag === "overdue"));
      assert.match(items[0].text, /2024 t-4:2 Del 1/);
      assert.match(items[0].text, /784 dager/);
      await screenshot(page, "pane-oppdrag-flagged");

      await page.getByRole("button", { name: "Skriv statuskolonne" }).click();
      await page.getByText(/^Skrev status for \d+ oppdrag/).waitFor();
      // The colours come from formulas over TODAY(): move the fake's clock back to 15 March 2025
      // and 2024-t4:1 (row 2, due 1 April 2025) is due soon instead of overdue, without the add-in.
      const fills = await fake(page, () => {
        const fx = window.__fakeExcel;
        const sheet = fx.state.sheet("Oppdrag");
        const rowFills = () => [...Array(12).keys()].map((i) => fx.displayedFill(`Oppdrag!${String.fromCharCode(65 + i)}2`));
        const now = rowFills();
        fx.state.today = "2025-03-15";
        const earlier = rowFills();
        fx.state.today = "2026-11-23";
        const formulas = [...sheet.cells.values()].map((c) => c.formula).filter(Boolean);
        return { now, earlier, conditional: sheet.conditionalFormats.length, formulas };
      });
      assert.ok(fills.conditional > 0, "no conditional formatting was written");
      assert.ok(fills.formulas.some((f) => /TODAY\(\)/i.test(f)), `no formula uses TODAY(): ${fills.formulas.slice(0, 3)}`);
      assert.ok(fills.now.some(Boolean), "the overdue row is not coloured");
      assert.notDeepEqual(fills.now, fills.earlier, "the colours did not follow the date");
      await screenshot(page, "pane-oppdrag-status");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "while the user edits a cell it says so, and Prøv igjen works once they stop": async (kit) => {
    const { assert, screenshot } = kit;
    // An Excel without delayForCellEdit (ExcelApi 1.11): newer ones wait for the edit to end.
    const { pane, page } = await openSeed(kit, { excelApi: "1.10" });
    try {
      await fake(page, () => window.__fakeExcel.setCellEditMode(true));
      await page.getByRole("button", { name: "Kontroller" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /Du redigerer en celle/);
      await screenshot(page, "pane-cell-edit-mode");
      await fake(page, () => window.__fakeExcel.setCellEditMode(false));
      await alert.getByRole("button", { name: "Prøv igjen" }).click();
      await page.getByTestId("check-results").waitFor();
      assert.equal(await page.getByRole("alert").count(), 0);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "an Excel without the needed API gets a clear explanation": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, excelApi: "1.6" });
    try {
      const message = pane.page.getByTestId("too-old");
      await message.waitFor();
      assert.match(await message.textContent(), /Excel-versjonen er for gammel.*ExcelApi 1\.\d+/);
      assert.equal(await pane.page.getByRole("tab").count(), 0);
      await screenshot(pane.page, "pane-excel-too-old");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "in English Office the pane is in English": async (kit) => {
    const { assert, screenshot } = kit;
    const { pane, page } = await openSeed(kit, { displayLanguage: "en-US" });
    try {
      const tabs = await page.getByRole("tab").evaluateAll((els) => els.map((e) => e.querySelector(".fui-Tab__content:not([aria-hidden])")?.textContent));
      assert.deepEqual(tabs, ["Check", "Changes", "Assignments", "From letter", "Settings"]);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      await page.getByRole("button", { name: "Check", exact: true }).click();
      await page.getByTestId("check-results").waitFor();
      assert.match(await page.getByTestId("check-run-status").textContent(), /^3 lines checked, 2 with errors\./);
      await screenshot(page, "pane-check-english");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "every control is reachable by keyboard, and the tabs switch with the arrow keys": async (kit) => {
    const { assert } = kit;
    const { pane, page } = await openSeed(kit);
    try {
      await page.getByRole("tab", { name: "Kontroll" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("tabpanel", { name: "Endringer" }).waitFor();
      // At once, as a quick user would: the panel's code may still be loading.
      await page.keyboard.press("Tab");
      const focusedPanel = () => page.evaluate(() => document.activeElement?.closest("[role=tabpanel]")?.id ?? null);
      assert.equal(await focusedPanel(), "panel-changes", "Tab from the tab list did not enter the panel");
      // Once the panel has its controls, the next Tab reaches the first of them.
      await page.getByRole("tabpanel", { name: "Endringer" }).getByRole("combobox").first().waitFor();
      if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "tabpanel")) await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName.toLowerCase()), "select", "Tab from the panel did not reach its first control");
      assert.equal(await focusedPanel(), "panel-changes");

      await page.getByRole("tab", { name: "Kontroll" }).click();
      await page.evaluate(() => document.activeElement?.blur());
      const reached = new Set();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        reached.add(
          await page.evaluate(() => {
            const el = document.activeElement;
            return el ? `${el.getAttribute("role") || el.tagName.toLowerCase()}:${el.getAttribute("aria-label") || el.textContent?.trim() || ""}` : "";
          }),
        );
      }
      for (const want of ["tab:Kontroll", "select:", "button:Oppdater listen", "button:Kontroller", "button:Fjern markeringen"]) {
        assert.ok([...reached].some((r) => r.startsWith(want)), `${want} was never focused; reached ${[...reached].join(" | ")}`);
      }
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "axe-core finds no violations of any impact on any tab, results shown": async (kit) => {
    const { assert } = kit;
    // axe is injected as a script, which the pane's CSP rightly forbids; this context bypasses CSP.
    const { pane, page } = await openSeed(kit, { bypassCSP: true });
    try {
      await page.getByRole("button", { name: "Kontroller" }).click();
      await page.getByTestId("check-results").waitFor();
      await openTab(page, "Endringer");
      await page.getByRole("button", { name: "Forhåndsvis" }).click();
      await page.getByTestId("change-preview").waitFor();
      await openTab(page, "Oppdrag");
      await page.getByRole("button", { name: "Finn frister" }).click();
      await page.getByTestId("assignment-list").waitFor();
      await openTab(page, "Innstillinger");
      const found = {};
      for (const tab of ["Kontroll", "Endringer", "Oppdrag", "Innstillinger"]) {
        await openTab(page, tab);
        const v = await seriousViolations(page);
        if (v.length) found[tab] = v;
      }
      assert.deepEqual(found, {});
    } finally {
      await pane.close();
    }
  },
};
