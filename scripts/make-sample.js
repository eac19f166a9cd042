#!/usr/bin/env node
// Builds assets/samples/tillegg-bufdir.xlsx, the sample workbook `npm run demo` and the README use:
// the supplement to Bufdir's allocation letter from the seed letter (tillegg til tildelingsbrev),
// typed the way a controller types it: amounts partly as text ("57 625"), the unit in a caption
// ("(i 1 000 kr)"), codes written in different forms, deadlines as dates and as words.
// Facts from the seed letter: 351/70 57 625 + 1 000; the transfer of 1 000 from 671/62 to 858/01;
// the assignments 2024-t4:1, 2024 t-4:2 (with parts), 2023:61, 2023:30 and 2022:55.
// The other allocation amounts are made up for the sample. Run: node scripts/make-sample.js
const { join } = require("node:path");
const ExcelJS = require("exceljs");

const OUT = join(__dirname, "..", "assets", "samples", "tillegg-bufdir.xlsx");
const AMOUNT = "#,##0";
const bold = { bold: true };

function allocationSheet(wb) {
  const ws = wb.addWorksheet("Tildeling");
  ws.addRow(["Tillegg nr. 3 til tildelingsbrev 2024 – Barne-, ungdoms- og familiedirektoratet (Bufdir)"]).font = { bold: true, size: 13 };
  ws.addRow(["(i 1 000 kr)"]);
  ws.addRow([]);
  ws.addRow(["Kap", "Post", "Kapittelnavn", "Postnavn", "Tildeling"]).font = bold;
  const lines = [
    // [kap, post, kapittelnavn, postnavn, tildeling as typed]
    [351, 70, "Likestilling", "Tilskudd til likestilling", "57 625"],
    [671, 62, "Bosetting av flyktninger og tiltak for innvandrere", "Kommunale integreringstiltak", "18 236"],
    [846, 62, "Familie- og oppveksttiltak", "Kommunale tiltak", 160_540],
    [855, 1, "Statlig forvaltning av barnevernet", "Driftsutgifter", 5_512_031],
    [855, 21, "Statlig forvaltning av barnevernet", "Spesielle driftsutgifter", "43 090"],
    [858, 1, "Barne-, ungdoms- og familiedirektoratet", "Driftsutgifter", 402_310],
  ];
  for (const [kap, post, chapterName, postName, amount] of lines) {
    // Posts typed with a leading zero stay text, as Excel keeps them when the cell is formatted as text.
    const row = ws.addRow([kap, post < 10 ? `0${post}` : post, chapterName, postName, amount]);
    if (typeof amount === "number") row.getCell(5).numFmt = AMOUNT;
  }
  // The sum typed in as text, as it was copied from the letter; the reader checks it against the lines.
  const total = lines.reduce((s, l) => s + Number(String(l[4]).replace(/\s/g, "")), 0);
  const sumRow = ws.addRow(["Sum", null, null, null, String(total).replace(/\B(?=(\d{3})+(?!\d))/g, " ")]);
  sumRow.font = bold;
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 7;
  ws.getColumn(3).width = 48;
  ws.getColumn(4).width = 30;
  ws.getColumn(5).width = 14;
  return total;
}

function changeSheet(wb) {
  const ws = wb.addWorksheet("Endringer");
  ws.addRow(["Endringer i tillegg nr. 3 (i 1 000 kr)"]).font = bold;
  ws.addRow([]);
  ws.addRow(["Kap/post", "Endring", "Overføring", "Tekst"]).font = bold;
  ws.addRow(["351/70", "1 000", null, "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr."]);
  ws.addRow([
    "kap. 671, post 62",
    "-1 000",
    "T1",
    "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01",
  ]);
  ws.addRow([
    "858/01",
    "1 000",
    "T1",
    "Økt behov knyttet til planlegging og iverksettelse av utvidelsen av det nasjonale bo- og støttetilbudet for personer som er utsatt for negativ sosial kontroll og æresrelatert vold.",
  ]);
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 11;
  ws.getColumn(4).width = 100;
}

function assignmentSheet(wb) {
  const ws = wb.addWorksheet("Oppdrag");
  ws.addRow(["Oppdrag fra tildelingsbrev og tillegg, budsjettår 2024"]).font = bold;
  ws.addRow([]);
  ws.addRow(["Oppdrag", "Del", "Tittel", "Frist", "Ny frist", "Status", "Oppdrag nr (Udir)"]).font = bold;
  ws.addRow(["2024-t4:1", null, "Poststruktur og postbruk", "1. april 2025", null, "Nytt"]);
  ws.addRow([
    "2024 t-4:2",
    null,
    "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd",
    "31. mai 2026",
    null,
    "Under arbeid",
    "2024-018",
  ]);
  const part1 = ws.addRow([null, "Del 1", "Utarbeide en milepælsplan for samarbeidet om oppdraget", new Date(Date.UTC(2024, 8, 30))]);
  part1.getCell(4).numFmt = "dd.mm.yyyy";
  ws.addRow([null, "Del 2", "Identifisere tiltak for å sikre raskere og bedre hjelp i fraværssaker"]);
  ws.addRow([null, "Del 3", "Utvikle nasjonale faglige råd for forebygging og oppfølging av bekymringsfullt skolefravær"]);
  ws.addRow(["2023:61", null, "Videreutvikling av TryggEst", null, "utgangen av 2025", "Anses ikke som avsluttet"]);
  ws.addRow(["2023:30", null, "Oppdrag 2023:30", null, null, "Avsluttet (jf. første tertialrapport)"]);
  ws.addRow(["2022:55", null, "Rekruttering av gutter til helse- og omsorgssektoren", "ingen frist – tilskudd", null, null]);
  [12, 7, 80, 16, 18, 36, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tildeling (scripts/make-sample.js)";
  // A fixed date keeps the file the same from run to run.
  wb.created = wb.modified = new Date(Date.UTC(2024, 6, 3));
  allocationSheet(wb);
  changeSheet(wb);
  assignmentSheet(wb);
  await wb.xlsx.writeFile(OUT);
  console.log(`Wrote ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
