// The letter's lines as paragraphs: PDF text with an empty line after every line, headings and bullets.
import { documentFromText } from "../../../src/core/letter-reading/document";
import { letterFlow, paragraphsOf } from "../../../src/core/letter-reading/flow";

const texts = (text: string) => paragraphsOf(letterFlow(documentFromText(text)).lines, () => null).map((p) => p.text);

test("double-spaced text: empty lines are line ends, a line of spaces ends a paragraph", () => {
  const text = ["Jf. tidligere dialog. Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en", "", "tilsvarende økning på kap. 858, post 01.", "", " ", "", "Pågående oppdrag", "", "Oppdrag 2023:61 om TryggEst.", ""].join("\n");
  expect(texts(text)).toEqual([
    "Jf. tidligere dialog. Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01.",
    "Pågående oppdrag",
    "Oppdrag 2023:61 om TryggEst.",
  ]);
});

test("ordinary text: blank lines end paragraphs; bullets start one; a dash before a small letter goes on the line", () => {
  const text = "Tilleggsbevilgning til prosjekt om rekruttering\n– til oppdrag 2022:55\n\n• Del 1: Plan. Frist 30. september 2024\n• Del 2: Tiltak";
  expect(texts(text)).toEqual(["Tilleggsbevilgning til prosjekt om rekruttering – til oppdrag 2022:55", "• Del 1: Plan. Frist 30. september 2024", "• Del 2: Tiltak"]);
});

test("markdown tables stay tables", () => {
  const flow = letterFlow(documentFromText("Endringer\n| Kap/post | Endring |\n|---|---|\n| 351/70 | 1 000 |\nSlutt"));
  expect(flow.tables.map((t) => t.rows)).toEqual([[["Kap/post", "Endring"], ["351/70", "1 000"]]]);
  expect(flow.lines.map((l) => l.text)).toEqual(["Endringer", "Slutt"]);
});
