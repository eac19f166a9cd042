// What the Word pane makes of a paste (prepareLetter), issue 13 item 5: the unit by evidence and a
// warning when guessed, unreadable rows listed and never read into a sentence, a table without
// rows refused, kap./post lines named from the Gul bok of the letter's year, and the sentences
// under the lines they are about. Today is fixed; expected texts are written out by hand.
import { loadChart } from "../../../src/core/chart/load-chart";
import { messageOf } from "../../../src/core/diagnostics";
import { letterCells } from "../../../src/core/letter/letter-table";
import { letterParagraphGroups } from "../../../src/core/letter/letter-paragraphs";
import { prepareLetter } from "../../../src/core/letter/prepare";

const NOW = new Date("2026-11-23T08:00:00Z");
const charts = { now: NOW, chart: (year: number) => loadChart(year) };
const SEED_ROWS = "Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n351/70\t57 625\t1 000\t58 625";
const TRANSFER_ROWS = "Kap/post\tEndring\tOverføring\n351/70\t1 000\t\n671/62\t-1 000\tT1\n858/01\t1 000\tT1";
const notes = (p: ReturnType<typeof prepareLetter>, lang: "nb" | "en" = "nb") => p.diagnostics.map((d) => [d.severity, messageOf(d, lang)]);

describe("the unit of pasted rows", () => {
  it("warns when nothing pasted names the unit, naming what it chose and where to choose another", () => {
    const p = prepareLetter("Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n855/01\t4 887 294 000\t1 000 000\t4 888 294 000", {
      unitOption: "Beløpene er i",
      now: NOW,
    });
    expect(p.table!.caption).toBe("Beløp i 1 000 kr");
    expect(notes(p)).toEqual([
      [
        "warning",
        "Det som ble limt inn, sier ikke hvilken enhet beløpene har (ingen «Beløp i 1 000 kr» eller «(i 1 000 kr)» over tabellen eller i en kolonneoverskrift). Tabellen er satt opp i 1\u202f000 kr. Er beløpene i kroner eller mill. kr, velg under «Beløpene er i».",
      ],
    ]);
  });

  it("takes the user's choice without a warning, and the sentence in kroner follows it", () => {
    const p = prepareLetter("Kap/post\tEndring\n855/01\t1 000 000", { unit: "kr", now: NOW });
    expect(p.table!.caption).toBe("Beløp i kroner");
    expect(p.diagnostics).toEqual([]);
    expect(p.sentences.map((s) => s.text)).toEqual(["Tildelingen på kap. 855, post 01 økes med 1 mill. kroner."]);
  });

  it("reads the unit from the amount column's header", () => {
    const p = prepareLetter("Kap/post\tEndring (kr)\n855/01\t500 000", { now: NOW });
    expect(p.table!.unit).toBe("kr");
    expect(p.diagnostics).toEqual([]);
  });

  it("refuses a paste that states two units with equal weight, and asks", () => {
    const p = prepareLetter("Kap/post\tEndring (kr)\tNy tildeling (1 000 kr)\n855/01\t500 000\t1 000", { now: NOW });
    expect(p.table).toBeNull();
    expect(p.diagnostics.map((d) => [d.severity, d.code])).toEqual([["error", "UNIT-EVIDENCE-CONFLICT"]]);
  });
});

describe("rows that cannot be read", () => {
  it("lists a row between sentences as a warning and never joins it to the sentences around it", () => {
    const p = prepareLetter(
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.\n351/70\tmye\nTildelingen på kap. 858, post 01 økes med 2 mill. kroner.",
      { now: NOW },
    );
    expect(letterCells(p.table!)).toEqual([
      ["Kap/post", "Endring"],
      ["351/70", "1\u202f000"],
      ["858/01", "2\u202f000"],
    ]);
    expect(notes(p).filter(([s]) => s !== "info")).toEqual([
      [
        "warning",
        "Raden «351/70 | mye» (linje 2) kunne ikke leses som en endring og er ikke tatt med. Kopier tabellen med overskriftsraden (Kap/post, Endring), eller skriv endringen som en setning.",
      ],
    ]);
  });

  it("does not read a row below a blank row into the text of the line above it", () => {
    const p = prepareLetter("(i 1 000 kr)\nKap/post\tEndring\n351/70\t1 000\n\nKap. 351 Likestilling\nPost 70 Tilskudd til likestilling\n671/62\tmye", { now: NOW });
    expect(p.table!.blocks[0].lines).toEqual(["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling"]);
    expect(p.diagnostics.map((d) => [d.severity, d.code, d.cell])).toEqual([["warning", "LTR-PASTE-ROW-AFTER", "Utklipp!A7"]]);
  });

  it("ends the table at a sentence under it instead of reading the sentence as a bad code", () => {
    const p = prepareLetter("(i 1 000 kr)\nKap/post\tEndring\n351/70\t1 000\nTildelingen på kap. 858, post 01 økes med 2 mill. kroner.", { now: NOW });
    expect(letterCells(p.table!).map((r) => r[0])).toEqual(["Kap/post", "351/70"]);
    expect(p.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "LTR-PASTE-TEXT-UNUSED"]]);
  });

  it("refuses a table with headers and no rows, saying there is nothing to insert", () => {
    const p = prepareLetter("Kap/post\tEndring\n", { now: NOW });
    expect(p.table).toBeNull();
    expect(notes(p)).toEqual([["error", "Tabellen som ble limt inn, har overskrifter, men ingen rader som kan leses. Det er ingen tabell å sette inn."]]);
  });

  it("refuses a table whose every row is unreadable, listing each row", () => {
    const p = prepareLetter("(i 1 000 kr)\nKap/post\tEndring\nfeil/kode\t5", { now: NOW });
    expect(p.table).toBeNull();
    expect(p.diagnostics.map((d) => d.code)).toEqual(["LTR-PASTE-ROW-CODE", "LTR-PASTE-NO-ROWS"]);
  });
});

describe("kap./post lines named from Gul bok", () => {
  it("takes the names from the Gul bok of the year the pasted title names", () => {
    const p = prepareLetter(`Tillegg nr. 4 til tildelingsbrev 2024\nBeløp i 1 000 kr\n${SEED_ROWS}`, charts);
    expect(p.budgetYear).toEqual({ year: 2024, source: "title" });
    expect(p.chartYear).toBe(2024);
    expect(p.table!.blocks.map((b) => b.lines)).toEqual([["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling"]]);
    expect(notes(p)).toEqual([["info", "Navnene på kap./post-linjene er fra Gul bok 2024."]]);
  });

  it("takes this year's Gul bok when nothing names the year, and says so as a warning with the way to choose", () => {
    const p = prepareLetter(`Beløp i 1 000 kr\n${SEED_ROWS}`, charts);
    expect(p.budgetYear).toEqual({ year: 2026, source: "today" });
    expect(notes(p)).toEqual([
      ["warning", "Det som ble limt inn, nevner ikke budsjettåret; navnene på kap./post-linjene er fra Gul bok 2026 (inneværende år er 2026). Velg et annet år under «Budsjettår»."],
    ]);
  });

  it("takes the year the user chose over the title's", () => {
    const p = prepareLetter(`Tildelingsbrev 2026\nBeløp i 1 000 kr\n${SEED_ROWS}`, { ...charts, year: 2024 });
    expect(p.budgetYear).toEqual({ year: 2024, source: "option" });
    expect(p.chartYear).toBe(2024);
  });

  it("asks for the chart it needs and leaves the lines unnamed until it is loaded", () => {
    const p = prepareLetter(`Tildelingsbrev 2025\nBeløp i 1 000 kr\n${SEED_ROWS}`, { now: NOW, chart: () => undefined });
    expect(p.chartYear).toBe(2025);
    expect(p.table!.blocks[0].lines).toEqual(["Kap. 351", "Post 70"]);
  });

  it("keeps names pasted with the rows, and warns about a kap/post Gul bok does not have", () => {
    const p = prepareLetter(`Tildelingsbrev 2024\nBeløp i 1 000 kr\nKap/post\tEndring\n351/70\t1 000\n351/99\t5\n\nKap. 351 Vår egen tittel\nPost 70 Eget navn`, charts);
    expect(p.table!.blocks.map((b) => b.lines.slice(0, 2))).toEqual([
      ["Kap. 351 Vår egen tittel", "Post 70 Eget navn"],
      ["Kap. 351 Likestilling", "Post 99"],
    ]);
    expect(p.diagnostics.filter((d) => d.severity === "warning").map((d) => messageOf(d))).toEqual(["Fant ikke 351/99 i Gul bok 2024; kap./post-linjen står uten navn."]);
  });
});

describe("the letter's language in the Word pane", () => {
  it("writes the seed's table and sentences in Nynorsk, named from Gul bok 2024", () => {
    const p = prepareLetter(`Tildelingsbrev 2024\nBeløp i 1 000 kr\n${TRANSFER_ROWS}`, { ...charts, language: "nn" });
    expect(p.table!.caption).toBe("Beløp i 1 000 kr");
    expect(p.table!.header).toEqual(["Kap/post", "Endring"]);
    expect(letterParagraphGroups(p.table!, { blocks: true, sentences: p.sentences })).toEqual([
      ["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner."],
      [
        "Kap. 671 Bosetting av flyktninger og tiltak for innvandrere",
        "Post 62 Kommunale integreringstiltak",
        "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.",
      ],
      ["Kap. 858 Barne-, ungdoms- og familiedirektoratet og fellesfunksjoner i Barne-, ungdoms- og familieetaten", "Post 01 Driftsutgifter"],
    ]);
  });

  it("writes Bokmål by default whatever the pane's language; only the notes follow the pane", () => {
    const p = prepareLetter(`Tildelingsbrev 2024\nBeløp i 1 000 kr\n${TRANSFER_ROWS}`, charts);
    expect(p.sentences.map((s) => s.text)).toEqual([
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.",
      "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01.",
    ]);
    expect(notes(p, "en")).toEqual([["info", "The names on the chapter/post lines are from Gul bok 2024."]]);
  });
});
