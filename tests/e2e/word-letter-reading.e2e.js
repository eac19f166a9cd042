// Les dette brevet in the built Word pane (office.js replaced by fixtures/word-host.ts, the
// document holding the seed supplement as Word holds it: whole paragraphs, headings, list items
// and the Finansiering table). One Word round trip reads the body; the pane shows the same items as
// the Excel pane's Fra brev, and copies a sheet for Excel as an HTML table with its text twin.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { openFakeHostPane } = require("./lib/fake-host-pane");

const SEED_WORD = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "seed", "tillegg-bufdir-2024.word.json"), "utf8"));

module.exports = {
  "in Word, Les dette brevet reads the open seed letter in one sync, shows its items and copies Oppdrag for Excel": async (kit) => {
    const { assert, screenshot } = kit;
    const pane = await openFakeHostPane(kit.browser, { baseUrl: kit.baseUrl, fixture: "word-host", init: { displayLanguage: "nb-NO", letter: SEED_WORD.blocks } });
    const { page } = pane;
    try {
      await page.getByRole("heading", { name: "Les dette brevet", level: 2 }).waitFor();
      // The clipboard as the test sees it: what the pane hands navigator.clipboard.write.
      await page.evaluate(() => {
        window.__copied = [];
        navigator.clipboard.write = async (items) => {
          for (const item of items) window.__copied.push({ html: await (await item.getType("text/html")).text(), text: await (await item.getType("text/plain")).text() });
        };
      });
      await page.getByRole("button", { name: "Les dette brevet" }).click();
      await page.getByTestId("letter-items").waitFor();
      assert.match(await page.getByTestId("word-letter-status").textContent(), /^Lest fra det åpne dokumentet: 1 tildeling, 3 endringer, 5 oppdrag\. Beløp i 1 000 kr/);
      const word = await page.evaluate(() => ({ runs: window.__fakeWord.runs, syncs: window.__fakeWord.syncs }));
      assert.deepEqual(word, { runs: 1, syncs: 1 }, "reading the letter took more than one round trip");
      const items = await page.getByTestId("letter-item").evaluateAll((els) =>
        els.map((el) => ({ label: el.querySelector("label")?.textContent, source: el.querySelector("[data-testid=letter-source]")?.textContent })),
      );
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
      // Word paragraphs are whole: the transfer quotes its whole sentence, which the text wrapped over three lines.
      assert.match(items[2].source, /^avsnitt \d+: «Tildelingen på kap\. 671, post 62 reduseres med 1 mill\. kroner .* negativ sosial kontroll og æresrelatert vold\.»$/);
      assert.match(items[0].source, /^avsnitt \d+: «351\/70/);
      await screenshot(page, "word-letter-reading");

      await page.getByRole("checkbox", { name: /^2023:30/ }).uncheck();
      await page.getByRole("button", { name: "Kopier Oppdrag for Excel" }).click();
      await page.getByText("Oppdrag er kopiert. Lim inn i celle A1 på et tomt ark i Excel.").waitFor();
      const [copied] = await page.evaluate(() => window.__copied);
      const lines = copied.text.split("\n").map((l) => l.split("\t"));
      assert.deepEqual(lines, [
        ["Tildelingsbrev 2024: oppdrag, lest fra det åpne dokumentet"],
        ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"],
        ["2024-t4:1", "Poststruktur og postbruk", "2025-04-01", "", "Åpen"],
        ["2024 t-4:2", "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd", "2026-05-31", "", "Åpen"],
        ["", "Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget", "2024-09-30", "", ""],
        ["", "Del 2: Identifisere tiltak for å sikre raskere og bedre hjelp i fraværssaker", "", "", ""],
        ["", "Del 3: Utvikle nasjonale faglige råd for forebygging og oppfølging av bekymringsfullt skolefravær", "", "", ""],
        ["2022:55", "Tilleggsbevilgning til prosjekt om rekruttering av gutter til helse- og omsorgssektoren", "", "", "Åpen"],
        ["2023:61", "Videreutvikling av TryggEst", "", "2025-12-31", "Åpen"],
      ]);
      // The HTML flavour: one row per line, deadlines as dates and codes as text for Excel.
      assert.equal((copied.html.match(/<tr>/g) ?? []).length, 9);
      assert.match(copied.html, /<td style="mso-number-format:'dd\\\.mm\\\.yyyy'">2025-04-01<\/td>/);
      assert.match(copied.html, /<td style="mso-number-format:'\\@'">2024 t-4:2<\/td>/);
      assert.deepEqual(pane.problems, [], "the page reported errors");
      assert.deepEqual(pane.external, [], "the page tried to reach the network");
    } finally {
      await pane.close();
    }
  },
};
