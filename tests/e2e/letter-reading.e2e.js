// Les inn fra brev in the built pane (headless Chromium, 320 px, the in-memory seed workbook in
// place of Excel). A controller pastes the seed supplement's text, sees every item with the words
// it came from, leaves one assignment out and writes: the add-in's sheets hold exactly the seed's
// facts, next to the user's own sheets of the same names, which stay as typed. Letter files (Word,
// PDF, a scan) chosen with the file button are read in the browser: the same counts as the hand-made
// answers the command line's test uses, and a scan gets its message.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { seriousViolations } = require("./lib/axe");
const { assertFits } = require("./lib/fits");
const { openWorkbookPane, interactiveMs } = require("./lib/workbook-pane");
const { SEED_NOW } = require("./lib/pane");

const ROOT = join(__dirname, "..", "..");
const LETTERS = join(ROOT, "tests", "fixtures", "letters");
const SEED_TEXT = readFileSync(join(ROOT, "tests", "fixtures", "seed", "tillegg-bufdir-2024.txt"), "utf8");

function expectClean(assert, pane) {
  assert.deepEqual(pane.problems, [], "the page reported errors");
  assert.deepEqual(pane.external, [], "the page tried to reach the network");
}

async function openLetterTab(kit, opts = {}) {
  const pane = await openWorkbookPane(kit.browser, { baseUrl: kit.baseUrl, now: SEED_NOW, ...opts });
  await interactiveMs(pane.page);
  await pane.page.getByRole("tab", { name: "Fra brev" }).click();
  await pane.page.getByRole("tabpanel", { name: "Fra brev" }).waitFor();
  return pane;
}

/** The items shown, by kind: the checkbox's words and the quoted source under it. */
async function shownItems(page) {
  return page.getByTestId("letter-item").evaluateAll((els) =>
    els.map((el) => ({
      key: el.getAttribute("data-key"),
      label: el.querySelector("label")?.textContent,
      checked: el.querySelector("input[type=checkbox]")?.checked,
      source: el.querySelector("[data-testid=letter-source]")?.textContent,
    })),
  );
}

const count = (items, kind) => items.filter((i) => i.key.startsWith(kind)).length;

module.exports = {
  "Fra brev: the pasted seed letter, one assignment unticked, is written to the add-in's Tildeling, Endringer and Oppdrag": async (kit) => {
    const { assert, screenshot } = kit;
    // axe-core is injected as a script: the page's CSP is bypassed for this test only.
    const pane = await openLetterTab(kit, { bypassCSP: true });
    const { page } = pane;
    try {
      const typedBefore = await page.evaluate(() => JSON.stringify(window.__fakeExcel.typedCells()));
      await page.getByRole("textbox", { name: "Eller lim inn brevets tekst" }).fill(SEED_TEXT);
      await page.getByRole("button", { name: "Les teksten" }).click();
      await page.getByTestId("letter-items").waitFor();
      assert.match(await page.getByTestId("letter-read-status").textContent(), /^Lest fra innlimt tekst: 1 tildeling, 3 endringer, 5 oppdrag\. Beløp i 1 000 kr/);
      const items = await shownItems(page);
      assert.deepEqual(
        items.map((i) => i.label),
        [
          "351/70: 57\u202f625",
          "351/70 +1\u202f000",
          "671/62 −1\u202f000 → 858/01 +1\u202f000",
          "2024-t4:1 Poststruktur og postbruk",
          "2024 t-4:2 Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd",
          "2022:55 Tilleggsbevilgning til prosjekt om rekruttering av gutter til helse- og omsorgssektoren",
          "2023:61 Videreutvikling av TryggEst",
          "2023:30",
        ],
      );
      assert.ok(items.every((i) => i.checked), "not every item starts ticked");
      // Each item quotes the words it came from.
      const transfer = items.find((i) => i.key.startsWith("transfer"));
      assert.match(transfer.source, /^avsnitt \d+: «Tildelingen på kap\. 671, post 62 reduseres med 1 mill\. kroner mot en tilsvarende økning på kap\. 858, post 01/);
      assert.match(items[0].source, /^avsnitt \d+: «351\/70 57 625 +1 000 +58 625»$/);
      assert.match(items.find((i) => i.label.startsWith("2023:30")).source, /anser\s+oppdraget som avsluttet/);
      const panel = await page.getByRole("tabpanel", { name: "Fra brev" }).textContent();
      assert.match(panel, /Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget – Frist 30\. september 2024/);
      assert.match(panel, /Ny frist 31\. desember 2025/);
      assert.match(panel, /kap\. 226, post 21/, "the sentence that was not read as a change is not shown as a note");
      await assertFits(assert, page, "Fra brev with the seed letter's items at 320 px");
      await screenshot(page, "letter-reading-items");

      await page.getByRole("checkbox", { name: /^2022:55 / }).uncheck();
      await page.getByRole("button", { name: "Skriv til arket" }).click();
      await page.getByText(/^Skrev 11 rader til Tildeling 2, Endringer 2 og Oppdrag 2\./).waitFor();
      const sheets = await page.evaluate(() => {
        const fx = window.__fakeExcel;
        return {
          names: fx.state.sheets.map((s) => s.name),
          tildeling: fx.values("'Tildeling 2'!A1:C5"),
          endringer: fx.values("'Endringer 2'!A1:D7").map((r) => [r[0], r[1], r[3]]),
          endringerText: fx.value("'Endringer 2'!C5"),
          oppdrag: fx.values("'Oppdrag 2'!A1:E12"),
          dateFormat: fx.cell("'Oppdrag 2'!C3")?.numberFormat,
          codeFormat: fx.cell("'Endringer 2'!A6")?.numberFormat,
        };
      });
      assert.deepEqual(sheets.names.slice(-3), ["Tildeling 2", "Endringer 2", "Oppdrag 2"]);
      assert.deepEqual(sheets.tildeling, [
        ["Tildelingsbrev 2024: tildeling, lest fra innlimt tekst", "", ""],
        ["(i 1 000 kr)", "", ""],
        ["Kap/post", "Betegnelse", "Tildeling"],
        ["351/70", "", 57625],
        ["", "", ""],
      ]);
      assert.deepEqual(sheets.endringer, [
        ["Tildelingsbrev 2024: endringer, lest fra innlimt tekst", "", ""],
        ["(i 1 000 kr)", "", ""],
        ["Kap/post", "Endring", "Omdisponering"],
        ["351/70", 1000, ""],
        ["671/62", -1000, "T1"],
        ["858/01", 1000, "T1"],
        ["", "", ""],
      ]);
      assert.match(sheets.endringerText, /^Tildelingen på kap\. 671, post 62 reduseres med 1 mill\. kroner/);
      // Deadlines are real dates (Excel serials, 1900 system): 45748 is 1 April 2025.
      assert.deepEqual(sheets.oppdrag, [
        ["Tildelingsbrev 2024: oppdrag, lest fra innlimt tekst", "", "", "", ""],
        ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"],
        ["2024-t4:1", "Poststruktur og postbruk", 45748, "", "Åpen"],
        ["2024 t-4:2", "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd", 46173, "", "Åpen"],
        ["", "Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget", 45565, "", ""],
        ["", "Del 2: Identifisere tiltak for å sikre raskere og bedre hjelp i fraværssaker", "", "", ""],
        ["", "Del 3: Utvikle nasjonale faglige råd for forebygging og oppfølging av bekymringsfullt skolefravær", "", "", ""],
        ["2023:61", "Videreutvikling av TryggEst", "", 46022, "Åpen"],
        ["2023:30", "", "", "", "Avsluttet"],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
      ]);
      assert.equal(sheets.dateFormat, "dd.mm.yyyy");
      assert.equal(sheets.codeFormat, "@", "a kap/post was written where Excel may read it as a date");
      assert.equal(await page.evaluate(() => JSON.stringify(window.__fakeExcel.typedCells())), typedBefore, "a typed cell was changed");
      await screenshot(page, "letter-reading-written");

      // A second run replaces the add-in's sheets instead of adding more.
      await page.getByRole("checkbox", { name: /^2022:55 / }).check();
      await page.getByRole("button", { name: "Skriv til arket" }).click();
      await page.getByText(/^Skrev 12 rader til Tildeling 2, Endringer 2 og Oppdrag 2\./).waitFor();
      const again = await page.evaluate(() => ({ names: window.__fakeExcel.state.sheets.map((s) => s.name), row: window.__fakeExcel.values("'Oppdrag 2'!A8:E8")[0] }));
      assert.deepEqual(again.names.filter((n) => /^(Tildeling|Endringer|Oppdrag)/.test(n)), ["Tildeling", "Endringer", "Oppdrag", "Tildeling 2", "Endringer 2", "Oppdrag 2"]);
      assert.deepEqual(again.row, ["2022:55", "Tilleggsbevilgning til prosjekt om rekruttering av gutter til helse- og omsorgssektoren", "", "", "Åpen"]);
      assert.deepEqual(await seriousViolations(page), []);
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },

  "Fra brev: a Word letter and a PDF chosen with the file button give the answers' counts; a scan gets its message": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openLetterTab(kit);
    const { page } = pane;
    try {
      for (const answerFile of ["nb-tildelingsbrev-2011.answer.json", "kdu-tildelingsbrev-2014.answer.json"]) {
        const answer = JSON.parse(readFileSync(join(LETTERS, answerFile), "utf8"));
        await page.getByLabel("Velg brevet (.docx, .pdf, .txt)").setInputFiles(join(LETTERS, answer.file));
        await page.getByTestId("letter-read-status").getByText(new RegExp(`^Lest fra ${answer.file.replace(/\./g, "\\.")}:`)).waitFor();
        const items = await shownItems(page);
        const shown = { allocations: count(items, "allocation"), changes: count(items, "change") + count(items, "transfer"), assignments: count(items, "assignment") };
        assert.deepEqual(shown, { allocations: answer.allocations.length, changes: answer.changes.length, assignments: answer.assignments.length }, answer.file);
        assert.deepEqual(
          items.filter((i) => i.key.startsWith("assignment")).map((i) => i.label.split(" ")[0]),
          answer.assignments.map((a) => a.id),
          answer.file,
        );
        assert.ok(items.every((i) => /«.+»/.test(i.source)), `an item of ${answer.file} has no quoted source`);
        if (answer.file.endsWith(".pdf")) assert.ok(items.every((i) => /^side \d+, linje \d+: /.test(i.source)), "a PDF item does not name its page");
        await screenshot(page, `letter-reading-${answer.file.replace(/\W+/g, "-")}`);
      }
      await page.getByLabel("Velg brevet (.docx, .pdf, .txt)").setInputFiles(join(LETTERS, "scan-uten-tekst.pdf"));
      await page.getByTestId("letter-read-status").getByText(/^Brevet scan-uten-tekst\.pdf kunne ikke leses: .*skannet/).waitFor();
      assert.equal(await page.getByTestId("letter-items").count(), 0, "a scan showed an item list");
      expectClean(assert, pane);
    } finally {
      await pane.close();
    }
  },
};
