#!/usr/bin/env node
// Builds the exceljs half of the acceptance corpus of issue 12 (tests/fixtures/corpus/*.xlsx): one
// workbook per layout seen in real public documents (allocation letters and their supplements,
// Prop. 1 S tables, Stortinget's decisions, agencies' reporting sheets). Each workbook is typed the
// way a controller would type it; README.md beside the files names the document each is modelled
// on, and NAME.answer.json holds its answer, worked out by hand. The LibreOffice half is built by
// tests/fixtures/corpus/make-lo.sh from hand-written flat ODS files.
// Amounts are Gul bok figures (data/statsbudsjett/) unless the README says otherwise.
// Run: node scripts/make-corpus.js
const { join } = require("node:path");
const ExcelJS = require("exceljs");

const DIR = join(__dirname, "..", "tests", "fixtures", "corpus");
const AMOUNT = "#,##0";
const bold = { bold: true };

/**
 * A cell in a row: a plain value, or { v, fmt } for a number with a number format, or
 * { date: "YYYY-MM-DD", fmt } for a date cell.
 */
function setCell(cell, value) {
  if (value === null || value === undefined) return;
  if (typeof value === "object" && value.date) {
    const [y, m, d] = value.date.split("-").map(Number);
    cell.value = new Date(Date.UTC(y, m - 1, d));
    cell.numFmt = value.fmt ?? "dd.mm.yyyy";
    return;
  }
  if (typeof value === "object" && "v" in value) {
    cell.value = value.v;
    if (value.fmt) cell.numFmt = value.fmt;
    return;
  }
  cell.value = value;
  if (typeof value === "number" && Math.abs(value) >= 1000) cell.numFmt = AMOUNT;
}

/**
 * A sheet: { name, rows, header (1-based row made bold), hidden, hiddenColumns (1-based),
 * merges ("A3:B3"), widths }.
 */
function addSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => setCell(ws.getCell(r + 1, c + 1), value));
  });
  for (const h of [].concat(spec.header ?? [])) ws.getRow(h).font = bold;
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  (spec.widths ?? [14, 10, 40, 16, 16, 16]).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

async function write(name, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tildeling (scripts/make-corpus.js)";
  // A fixed date keeps the files the same from run to run.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 15));
  for (const s of sheets) addSheet(wb, s);
  await wb.xlsx.writeFile(join(DIR, `${name}.xlsx`));
  console.log(`wrote ${name}.xlsx`);
}

const changes = (rows, title = "Endringer (i 1 000 kr)") => ({ name: "Endringer", rows: [[title], [], ["Kap/post", "Endring", "Tekst"], ...rows], header: 3 });
const sentences = (texts, title = "Endringer") => ({ name: "Endringer", rows: [[title], [], ["Kap/post", "Tekst"], ...texts.map((t) => [null, t])], header: 3 });

const BOOKS = {
  // The seed letter's supplement: caption "(i 1 000 kr)", kap and post in two columns, a sum row.
  "a01-seed-tillegg": [
    {
      name: "Tildeling",
      rows: [
        ["Tillegg nr. 3 til tildelingsbrev 2024 – Barne-, ungdoms- og familiedirektoratet (Bufdir)"],
        ["(i 1 000 kr)"],
        [],
        ["Kap", "Post", "Kapittelnavn", "Postnavn", "Tildeling"],
        [351, "70", "Likestilling", "Tilskudd til likestilling", "57 625"],
        [671, "62", "Bosetting av flyktninger og tiltak for innvandrere", "Kommunale integreringstiltak", 18236],
        [858, "01", "Barne-, ungdoms- og familiedirektoratet", "Driftsutgifter", 402310],
        ["Sum", null, null, null, "478 171"],
      ],
      header: 4,
    },
    {
      name: "Endringer",
      rows: [
        ["Endringer i tillegg nr. 3 (i 1 000 kr)"],
        [],
        ["Kap/post", "Endring", "Overføring", "Tekst"],
        ["351/70", "1 000", null, "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr."],
        ["kap. 671, post 62", "-1 000", "T1", "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01"],
        ["858/01", "1 000", "T1", "Økt behov knyttet til utvidelsen av det nasjonale bo- og støttetilbudet."],
      ],
      header: 3,
    },
  ],

  // Allocation in kroner; the change list says no unit at all.
  "a02-endringer-uten-enhet": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Nærings- og fiskeridepartementet"], ["Beløp i kroner"], ["Kap/post", "Postnavn", "Tildeling"], ["900/01", "Driftsutgifter", 546479000], ["900/21", "Spesielle driftsutgifter", 75551000]],
      header: 3,
    },
    { name: "Endringer", rows: [["Kap/post", "Endring", "Tekst"], ["900/01", 2500000, "Økt ramme til forvaltning av klagesaker"], ["900/21", -500000, "Redusert behov"]], header: 1 },
  ],

  // A summary sentence with an amount above the caption "(i 1 000 kr)".
  "a03-sammendrag-over-caption": [
    {
      name: "Tildeling",
      rows: [
        ["Tildelingsbrev 2026 – Samferdselsdepartementet"],
        ["Samlet reduksjon: 0,4 mill. kroner sammenlignet med saldert budsjett 2025."],
        ["(i 1 000 kr)"],
        ["Kap", "Post", "Navn", "Sum"],
        [1300, "01", "Driftsutgifter", 203300],
        [1300, "21", "Spesielle driftsutgifter", 12800],
        [1300, "70", "Tilskudd til internasjonale organisasjoner", 43000],
      ],
      header: 4,
    },
    changes([["1300/01", -400, "Samlet reduksjon: 0,4 mill. kroner"]]),
  ],

  // The caption "(i 1 000 kr)", then a sentence with an amount, then the header.
  "a04-sammendrag-under-caption": [
    {
      name: "Tildeling",
      rows: [
        ["Tildelingsbrev 2026 – Fiskeridirektoratet"],
        ["Tabell 1. Midler stilt til disposisjon (i 1 000 kr)"],
        ["Rammen er redusert med 3,8 millioner kroner i forhold til saldert budsjett."],
        ["Kap/post", "Navn", "Tildeling"],
        ["917/01", "Driftsutgifter", 535200],
        ["917/22", "Fiskeriforskning og -overvåking", 145700],
      ],
      header: 4,
    },
    sentences(["Tildelingen på kap. 917, post 22 økes med 2,5 mill. kroner."]),
  ],

  // Amounts in MNOK with one decimal.
  "a05-mnok": [
    {
      name: "Tildeling",
      rows: [["Tildeling 2026 – Helsedirektoratet"], [], ["Kap/post", "Betegnelse", "Tildeling MNOK"], ["740/01", "Driftsutgifter", { v: 1556.8, fmt: "#,##0.0" }], ["740/21", "Spesielle driftsutgifter", { v: 115.3, fmt: "#,##0.0" }]],
      header: 3,
    },
    { name: "Endringer", rows: [["Kap/post", "Endring MNOK", "Tekst"], ["740/21", { v: -2.5, fmt: "#,##0.0" }, "Omdisponert til fellestjenester"]], header: 1 },
  ],

  // A caption in mrd. kr; the change is written in mill. kroner.
  "a06-mrd-kr": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – universiteter og høyskoler"], ["(mrd. kr)"], ["Kap/post", "Betegnelse", "Bevilgning"], ["260/50", "Statlige universiteter og høyskoler", { v: 45.873, fmt: "0.000" }], ["260/70", "Private høyskoler", { v: 2.33, fmt: "0.000" }]],
      header: 3,
    },
    sentences(["Bevilgningen på kap. 260, post 50 økes med 150 mill. kroner."]),
  ],

  // "NOK 1 000" as the amount column's header; a transfer between two chapters.
  "a07-nok-1000-header": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Nærings- og fiskeridepartementet"], [], ["Kap", "Post", "Betegnelse", "NOK 1 000"], [900, "01", "Driftsutgifter", 546479], [900, "21", "Spesielle driftsutgifter", 75551], [917, "01", "Driftsutgifter", 535200]],
      header: 3,
    },
    {
      name: "Endringer",
      rows: [["Kap/post", "Endring (NOK 1 000)", "Overføring", "Tekst"], ["900/01", 800, "T1", "Forvaltning av klagesaker"], ["917/01", -800, "T1", "Forvaltning av klagesaker"]],
      header: 1,
    },
  ],

  // "Alle tall i tusen kroner"; one sentence changes two posts.
  "a08-tusen-kroner-to-belop": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Bufdir, statlig barnevern"], ["Alle tall i tusen kroner"], ["Kap/post", "Postnavn", "Tildeling"], ["855/01", "Driftsutgifter", 5068777], ["855/21", "Spesielle driftsutgifter", 34173], ["855/22", "Kjøp av private barnevernstjenester", 4829300]],
      header: 3,
    },
    sentences(["Bevilgningen på kap. 855, post 01 reduseres med 12 mill. kroner og post 21 med 4 mill. kroner."]),
  ],

  // A unit row "(kr)" directly under the header.
  "a09-kr-rad-under-header": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Departementenes sikkerhets- og serviceorganisasjon"], [], ["Kap.", "Post", "Betegnelse", "Tildeling 2026"], [null, null, null, "(kr)"], [1510, "01", "Driftsutgifter", 774261000], [1510, "22", "Fellesutgifter", 131988000], [1510, "45", "Større utstyrsanskaffelser og vedlikehold", 12333000]],
      header: 3,
    },
    changes([["1510/45", 1500, "Nye sikringsanlegg"]]),
  ],

  // Two captions of the same rank that contradict each other: the unit cannot be known.
  "a10-caption-konflikt": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Fiskeridirektoratet"], ["(i 1 000 kr)"], ["Kap/post", "Navn", "Tildeling"], [null, null, "(kr)"], ["917/01", "Driftsutgifter", 535200], ["917/22", "Fiskeriforskning og -overvåking", 145700]],
      header: 3,
    },
    sentences(["Tildelingen på kap. 917, post 22 økes med 2,5 mill. kroner."]),
  ],

  // No unit anywhere on the allocation sheet.
  "a11-ingen-enhet": [
    { name: "Tildeling", rows: [["Tildeling 2026 – Helsedirektoratet"], [], ["Kap/post", "Tildeling"], ["740/01", 1556792], ["740/21", 115338]], header: 3 },
    sentences(["Tildelingen på kap. 740, post 21 økes med 2 mill. kroner."]),
  ],

  // No unit on the sheet; the user says --unit kr.
  "a12-unit-option": [
    { name: "Tildeling", rows: [["Tildeling 2026 – Regjeringsadvokaten og Statsministerens kontor"], [], ["Kap/post", "Tildeling"], ["20/01", 119857000], ["24/01", 134488000], ["24/21", 17801000]], header: 3 },
    changes([["24/21", -1000, "Redusert behov for spesielle driftsutgifter"]]),
  ],

  // The header names kroner; a caption above the table says 1 000 kr.
  "a13-header-enhet-vinner": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Statens vegvesen, tilskudd"], ["(i 1 000 kr)"], ["Kap/post", "Navn", "Beløp (kr)"], ["1300/70", "Tilskudd til internasjonale organisasjoner", 43000000], ["1300/71", "Tilskudd til trafikksikkerhetsformål mv.", 74900000]],
      header: 3,
    },
    sentences(["Tilskuddet på kap. 1300, post 71 økes med 0,5 mill. kroner."]),
  ],

  // The unit in the sheet's title row; a Nynorsk change sentence.
  "a14-tittel-enhet-nynorsk": [
    {
      name: "Tildeling",
      rows: [
        ["Tildelingsbrev 2026 – Barne-, ungdoms- og familiedirektoratet (beløp i 1 000 kroner)"],
        [],
        ["Tabell 1. Løyvingar"],
        [],
        ["Kap/post", "Namn", "Tildeling"],
        ["858/01", "Driftsutgifter", 698067],
        ["858/21", "Spesielle driftsutgifter", 23492],
        ["846/62", "Utvikling i kommunane", 153020],
      ],
      header: 5,
    },
    sentences(["Tildelinga på kap. 858, post 21 vert auka med 1,5 mill. kroner."]),
  ],

  // Prop. 1 S: Regnskap | Saldert budsjett | Forslag, and a percentage column.
  "a15-regnskap-saldert-forslag": [
    {
      name: "Kap 351",
      rows: [
        ["Kap. 351 Likestilling"],
        ["(i 1 000 kr)"],
        ["Post", "Betegnelse", "Regnskap 2024", "Saldert budsjett 2025", "Forslag 2026", "Endring i pst."],
        ["21", "Forskning, utredning og spesielle driftsutgifter", 37440, 44790, 46390, { v: 3.6, fmt: "0.0" }],
        ["70", "Tilskudd til likestilling", 60030, 63880, 64545, { v: 1.0, fmt: "0.0" }],
        ["72", "Kjønns- og seksualitetsmangfold", 38155, 42570, 44055, { v: 3.5, fmt: "0.0" }],
        ["Sum kap. 0351", null, 135625, 151240, 154990],
      ],
      header: 3,
    },
    sentences(["Tilskuddet på kap. 351, post 70 økes med 1 mill. kroner.", "Bevilgningen på kap. 351, post 72 reduseres med 0,5 mill. kroner."]),
  ],

  // Two years side by side; the title names the year in force.
  "a16-tildeling-to-ar": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Utdanningsdirektoratet (i 1 000 kr)"], [], ["Kap", "Post", "Tildeling 2025", "Tildeling 2026"], [220, "01", 418999, 432694], [220, "21", 272431, 282239], [220, "70", 90027, 93268]],
      header: 3,
    },
    changes([["220/21", 5000, "Nasjonale prøver"]]),
  ],

  // A running overview: original allocation, each supplement, and the current total.
  "a17-opprinnelig-samlet": [
    {
      name: "Oversikt",
      rows: [
        ["Tildelinger 2025 – oversikt etter tillegg nr. 2 (i 1 000 kr)"],
        [],
        ["Kap/post", "Opprinnelig tildeling", "Tillegg nr. 1", "Tillegg nr. 2", "Samlet tildeling"],
        ["855/01", 4887294, 10000, -2500, 4894794],
        ["855/22", 4145778, 0, 25000, 4170778],
      ],
      header: 3,
    },
    changes([["855/22", 12000, "Tillegg nr. 3: økte utgifter til private barnevernstjenester"]]),
  ],

  // A hidden column with last year's figures left of the visible one, both headed "Tildeling".
  "a18-skjult-kolonne": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Bufdir (i 1 000 kr)"], [], ["Kap/post", "Tildeling", "Tildeling", "Postnavn"], ["846/61", 758299, 758356, "Tilskudd til inkludering av barn og unge"], ["846/62", 79547, 153020, "Utvikling i kommunene"]],
      header: 3,
      hiddenColumns: [2],
    },
    changes([["846/62", -3000, "Omdisponert"]]),
  ],

  // The user names the amount column.
  "a19-amount-column-flag": [
    {
      name: "Budsjett",
      rows: [["Budsjett 2025 – Samferdselsdepartementet (i 1 000 kr)"], [], ["Kap/post", "Saldert budsjett 2025", "Revidert budsjett 2025"], ["1300/01", 189200, 195000], ["1300/71", 77300, 77300]],
      header: 3,
    },
    changes([["1300/01", 1200, "Endring fra saldert budsjett"]]),
  ],

  // Two allocation sheets, one per year.
  "a20-to-ark": [
    { name: "Tildeling 2025", rows: [["Tildeling 2025 – IMDi (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["671/62", 337587], ["671/71", 230524]], header: 3 },
    { name: "Tildeling 2026", rows: [["Tildeling 2026 – IMDi (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["671/62", 379521], ["671/71", 249410]], header: 3 },
    changes([["671/71", 2000, "Integreringsarbeid i regi av frivillige organisasjoner"]]),
  ],

  // A hidden draft sheet before the visible allocation sheet.
  "a21-skjult-ark": [
    { name: "Tildeling (utkast)", hidden: true, rows: [["Utkast – ikke bruk (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["701/21", 300000], ["701/60", 70000], ["701/70", 70000]], header: 3 },
    { name: "Tildeling", rows: [["Tildelingsbrev 2026 – e-helse (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["701/21", 254978], ["701/60", 72568], ["701/70", 74806]], header: 3 },
    changes([["701/70", 1000, "Norsk helsenett SF"]]),
  ],

  // Headers "Kap. nr", "Postnr.", "Postsum".
  "a22-kapnr-postnr-postsum": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Samferdselsdepartementet"], ["(i 1 000 kr)"], ["Kap. nr", "Postnr.", "Betegnelse", "Postsum"], [1300, 1, "Driftsutgifter", 203300], [1300, 21, "Spesielle driftsutgifter", 12800], [1300, 70, "Tilskudd til internasjonale organisasjoner", 43000]],
      header: 3,
    },
    { name: "Endringer", rows: [["Endringer (i 1 000 kr)"], ["Kap. nr", "Postnr.", "Endring"], [1300, 21, 700]], header: 2 },
  ],

  // "Utgiftskapittel" and "Inntektskapittel" tables in kroner; a Nynorsk sentence with three amounts.
  "a23-utgiftskapittel-kroner-nynorsk": [
    {
      name: "Løyving",
      rows: [
        ["Løyvingar 2026 – Tryggings- og serviceorganisasjonen til departementa"],
        [],
        ["Utgiftskapittel", "Post", "Nemning", "Kroner"],
        [1510, "01", "Driftsutgifter", 774261000],
        [1510, "22", "Fellesutgifter", 131988000],
        [],
        ["Inntektskapittel", "Post", "Nemning", "Kroner"],
        [4510, "02", "Diverse inntekter", 47010000],
        [4510, "03", "Brukarbetalingar", 43137000],
      ],
      header: [3, 7],
    },
    sentences(["Det blir foreslått å auke løyvinga på kap. 1510, post 01 med 75 mill. kroner, mot ein auke av inntektene på kap. 4510, post 02 med 45 mill. kroner og post 03 med 30 mill. kroner."]),
  ],

  // Headers no reader knows: the columns must be found by their content.
  "a24-ukjent-header": [
    {
      name: "Tildeling",
      rows: [["Disponering 2026 – Bufdir (i 1 000 kr)"], [], ["K", "P", "Omtale", "Disp."], [846, 61, "Inkludering av barn og unge", 758356], [846, 62, "Utvikling i kommunene", 153020], [846, 70, "Barne- og ungdomsorganisasjoner", 220959]],
      header: 3,
    },
    changes([["846/70", 2000, "Økt grunnstøtte"]]),
  ],

  // Kap.post typed as numbers; the cells' format 0.00 keeps the post's trailing zero.
  "a25-kappost-tall-format": [
    {
      name: "Tildeling",
      rows: [
        ["Tildelingsbrev 2026 – e-helse og digitalisering"],
        ["(i 1 000 kr)"],
        ["Kap.post", "Betegnelse", "Tildeling"],
        [{ v: 701.21, fmt: "0.00" }, "Spesielle driftsutgifter", 254978],
        [{ v: 701.6, fmt: "0.00" }, "Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", 72568],
        [{ v: 701.7, fmt: "0.00" }, "Norsk helsenett SF", 74806],
        [{ v: 701.73, fmt: "0.00" }, "Tilskudd til digitalisering i kommunal helse- og omsorgstjeneste", 45370],
      ],
      header: 3,
    },
    sentences(["Tilskuddet på kap. 701, post 60 økes med 3 mill. kroner."]),
  ],

  // "20.01" and "24.01" typed into a text-less column: the spreadsheet made them dates.
  "a26-kode-blitt-dato": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Statsministerens kontor og Regjeringsadvokaten"], ["(i 1 000 kr)"], ["Kap.post", "Betegnelse", "Tildeling"], [{ date: "2026-01-20", fmt: "dd.mm" }, "Driftsutgifter", 119857], [{ date: "2026-01-24", fmt: "dd.mm" }, "Driftsutgifter", 134488], ["24.21", "Spesielle driftsutgifter", 17801]],
      header: 3,
    },
    sentences(["Tildelingen på kap. 20, post 01 økes med 2 mill. kroner."]),
  ],

  // One Bokmål sentence, two posts, two amounts.
  "a27-to-belop-bokmal": [
    { name: "Tildeling", rows: [["Tildelingsbrev 2026 – Bufdir (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["858/01", 698067], ["858/21", 23492]], header: 3 },
    sentences(["Tildelingen på kap. 858, post 01 økes med 12 mill. kroner og post 21 med 4 mill. kroner."]),
  ],

  // The seed letter's transfer, written in Nynorsk.
  "a28-nynorsk-overforing": [
    { name: "Tildeling", rows: [["Tillegg nr. 3 til tildelingsbrev 2024 (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["671/62", 18236], ["858/01", 402310]], header: 3 },
    sentences(["Tildelinga på kap. 671, post 62 vert redusert med 1 mill. kroner, mot ein tilsvarande auke på kap. 858, post 01."]),
  ],

  // Prop. 27 S (2024–2025): three Nynorsk sentences, one of them a transfer "frå ... til".
  "a29-nynorsk-prop27": [
    {
      name: "Tildeling",
      rows: [["Tillegg til tildelingsbrev 2024 – Nærings- og fiskeridepartementet (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["900/01", 501200], ["917/01", 499900], ["1300/01", 182900]],
      header: 3,
    },
    sentences([
      "Departementet gjer framlegg om å auke løyvinga på kap. 900, post 01 med 0,8 mill. kroner mot ein tilsvarande reduksjon av driftsutgiftene på kap. 917, post 01.",
      "Departementet gjer framlegg om ei overføring av 0,4 mill. kroner frå kap. 900, post 01 til kap. 1300, post 01.",
      "Det blir også gjort framlegg om å auke løyvinga på kap. 900, post 01 med 9,7 mill. kroner som følgje av lønsoppgjeret i staten.",
    ]),
  ],

  // A sentence with the change and the resulting total.
  "a30-endring-og-ny-sum": [
    { name: "Tildeling", rows: [["Tillegg til tildelingsbrev 2024 – Nærings- og fiskeridepartementet (i 1 000 kr)"], [], ["Kap/post", "Tildeling"], ["900/01", 501200]], header: 3 },
    sentences(["Samla gjer departementet framlegg om å auke løyvinga på kap. 900, post 01 med 10,1 mill. kroner, til 511,3 mill. kroner."]),
  ],

  // Assignment statuses: partial, draft and unknown words beside the completion words.
  "d31-statuser": [
    {
      name: "Oppdrag",
      rows: [
        ["Oppdrag i tildelingsbrev 2026 – status per november"],
        [],
        ["Oppdrag", "Tittel", "Frist", "Status"],
        ["TB2026-1", "Kartlegging av tilskuddsordninger", "1. oktober 2026", "Levert"],
        ["TB2026-2", "Evaluering av veiledningstjenesten", "1. oktober 2026", "Delvis levert"],
        ["TB2026-3", "Forslag til nye styringsparametere", "1. oktober 2026", "Utkast levert"],
        ["TB2026-4", "Risikovurdering av IKT-porteføljen", "1. oktober 2026", "Under arbeid"],
        ["TB2026-5", "Rapport om brukerundersøkelsen", "1. oktober 2026", "Utført"],
        ["TB2026-6", "Plan for gevinstrealisering", "1. oktober 2026", "Ikke startet"],
        ["TB2026-7", "Innspill til statsbudsjettet 2028", "1. oktober 2026", "Sendt til departementet for vurdering"],
        ["TB2026-8", "Oppfølging av Riksrevisjonens merknader", "1. oktober 2026", "Avsluttet"],
        ["TB2026-9", "Samordning med fylkeskommunene", "1. oktober 2026", "Anses ikke som avsluttet"],
        ["TB2026-10", "Oppdatert beredskapsplan", "1. oktober 2026", "Ferdig"],
      ],
      header: 3,
    },
  ],

  // Deadlines written as periods.
  "d32-periodefrister": [
    {
      name: "Oppdrag",
      rows: [
        ["Oppdrag 2026 – oversikt over frister"],
        [],
        ["Oppdrag", "Tittel", "Frist", "Status"],
        ["TB2026-11", "Halvårsrapport om tilskudd", "juni 2026", "Under arbeid"],
        ["TB2026-12", "Statusrapport om digitalisering", "Q3 2026", "Under arbeid"],
        ["TB2026-13", "Kvartalsrapport om ventetider", "2. kvartal 2026", "Pågår"],
        ["TB2026-14", "Innspill til revidert budsjett", "medio mai 2026", "Under arbeid"],
        ["TB2026-15", "Plan for høstens samlinger", "ultimo august 2026", "Under arbeid"],
        ["TB2026-16", "Risikovurdering", "uke 40 2026", "Ikke startet"],
        ["TB2026-17", "Tertialrapport", "1. tertial 2026", "Under arbeid"],
        ["TB2026-18", "Sluttrapport", "innen utgangen av 2026", "Under arbeid"],
        ["TB2026-19", "Rapportering på tilskudd", "løpende", "Pågår"],
      ],
      header: 3,
    },
  ],

  // The seed letter's assignments (ids written two ways, parts, a revised deadline, a closed one).
  "d33-seed-oppdrag": [
    {
      name: "Oppdrag",
      rows: [
        ["Oppdrag fra tildelingsbrev og tillegg, budsjettår 2024"],
        [],
        ["Oppdrag", "Del", "Tittel", "Frist", "Ny frist", "Status"],
        ["2024-t4:1", null, "Poststruktur og postbruk", "1. april 2025", null, "Nytt"],
        ["2024 t-4:2", null, "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd", "31. mai 2026", null, "Under arbeid"],
        [null, "Del 1", "Utarbeide en milepælsplan for samarbeidet om oppdraget", { date: "2024-09-30" }],
        ["2023:61", null, "Videreutvikling av TryggEst", null, "utgangen av 2025", "Anses ikke som avsluttet"],
        ["2023:30", null, "Oppdrag 2023:30", null, null, "Avsluttet (jf. første tertialrapport)"],
        ["2022:55", null, "Rekruttering av gutter til helse- og omsorgssektoren", "ingen frist – tilskudd", null, null],
      ],
      header: 3,
    },
  ],

  // Kystverket's NTP assignment: a milestone and a final delivery.
  "d34-kystverket-oppdrag": [
    {
      name: "Oppdrag",
      rows: [
        ["Nasjonal transportplan 2022–2033 – oppdrag fra Samferdselsdepartementet 2019"],
        [],
        ["Oppdrag", "Del", "Tittel", "Frist", "Status"],
        ["NTP-1", null, "Oppdrag 1: grunnlag for Nasjonal transportplan", "1. oktober 2019", "Under arbeid"],
        [null, "Milepæl", "Gjennomgang av innhold og status for samlet leveranse", "10. juni 2019", "Levert"],
      ],
      header: 3,
    },
  ],

  // Reporting dates without a year in the cell; the year is in the title.
  "d35-rapporteringsdatoer": [
    {
      name: "Frister",
      rows: [
        ["Frister for rapportering 2019"],
        [],
        ["Oppdrag", "Tittel", "Frist", "Status"],
        ["R-1", "Regnskap og rapport 2018 til sekretariatet", "30. april", "Levert"],
        ["R-2", "Tilbakemelding på utkast til sekretariatet", "9. juni", "Delvis levert"],
        ["R-3", "Siste endringer", "21. juni", null],
        ["R-4", "Endelig regnskap og rapport til Norad", "26. juni", "Ikke startet"],
      ],
      header: 3,
    },
  ],

  // Nynorsk statuses and deadlines.
  "d36-nynorsk-oppdrag": [
    {
      name: "Oppdrag",
      rows: [
        ["Oppdrag i tildelingsbrevet for 2026"],
        [],
        ["Oppdrag", "Tittel", "Frist", "Status"],
        ["TB2026-21", "Gjennomgang av tilskotsordningane", "1. juni 2026", "Levert"],
        ["TB2026-22", "Plan for digitalisering", "1. juni 2026", "Under arbeid"],
        ["TB2026-23", "Rapport om brukarundersøkinga", "15. desember 2026", "Under arbeid"],
        ["TB2026-24", "Oppdatert risikovurdering", "1. mars 2027", "Under arbeid"],
        ["TB2026-25", "Evaluering av forsøksordninga", "1. september 2026", "Ferdig"],
      ],
      header: 3,
    },
  ],

  // check: kap.post numbers with format 0.00 against Gul bok 2025.
  "c37-check-kappost-tall": [
    {
      name: "Tildeling",
      rows: [
        ["Tildelingsbrev 2025 – e-helse (i 1 000 kr)"],
        [],
        ["Kap.post", "Betegnelse", "Tildeling"],
        [{ v: 701.21, fmt: "0.00" }, "Spesielle driftsutgifter", 322597],
        [{ v: 701.6, fmt: "0.00" }, "Tilskudd til helseteknologi", 71211],
        [{ v: 701.7, fmt: "0.00" }, "Norsk helsenett SF", 73447],
        [{ v: 740.21, fmt: "0.00" }, "Spesielle driftsutgifter", 125037],
      ],
      header: 3,
    },
  ],

  // check: a chapter that does not exist in Gul bok 2026 and a post beyond 99.
  "c38-check-feil": [
    {
      name: "Tildeling",
      rows: [["Tildelingsbrev 2026 – Bufdir (i 1 000 kr)"], [], ["Kap", "Post", "Postnavn", "Tildeling"], [858, "01", "Driftsutgifter", 698067], [858, "21", "Spesielle driftsutgifter", 23492], [859, "01", "Driftsutgifter", 12000], [858, "121", "Spesielle driftsutgifter", 500]],
      header: 3,
    },
  ],

  // check: Gul bok's own columns, with a negative post 24 (Statsbygg's operating result).
  "c39-check-gulbok-negativ": [
    {
      name: "Data",
      rows: [
        ["kap_nr", "post_nr", "kap_navn", "post_navn", "beløp"],
        [2445, 24, " Statsbygg", " Driftsresultat:", -397642000],
        [2445, 30, " Statsbygg", " Prosjektering av bygg", 302300000],
        [2445, 33, " Statsbygg", " Videreføring av ordinære byggeprosjekter", 3640059000],
        [2445, 45, " Statsbygg", " Større utstyrsanskaffelser og vedlikehold", 381779000],
      ],
      header: 1,
    },
  ],

  // check: Prop. 1 S's proposal to Stortinget: chapter rows, post rows, a second "Kroner" column of chapter sums.
  "c40-check-prop1s-kroner": [
    {
      name: "Forslag",
      rows: [
        ["Forslag til vedtak – Utgifter"],
        [],
        ["Kap.", "Post", "Formål", "Kroner", "Kroner"],
        [1, null, "H.M. Kongen og H.M. Dronningen"],
        [null, "01", "Apanasje", 16234000],
        [null, "50", "Det kongelige hoff", 277963000, 294197000],
        [2, null, "H.K.H. Kronprinsen og H.K.H. Kronprinsessen"],
        [null, "01", "Apanasje", 13513000, 13513000],
        [24, null, "Regjeringsadvokaten"],
        [null, "01", "Driftsutgifter", 134488000],
        [null, "21", "Spesielle driftsutgifter", 17801000, 152289000],
      ],
      header: 3,
    },
  ],
};

async function main() {
  for (const [name, sheets] of Object.entries(BOOKS)) await write(name, sheets);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
