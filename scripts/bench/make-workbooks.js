// Workbooks for the command-line benchmark, written with exceljs's streaming writer into a
// temporary folder: an allocation sheet of N lines (real 2026 kap/post codes, cycled through the
// chapters with made-up amounts) and a sheet of M change entries against those lines.
const ExcelJS = require("exceljs");
const { loadChart } = require("../../lib/core/chart/load-chart");

function chartCodes() {
  const chart = loadChart(2026);
  if (!chart) throw new Error("no 2026 chart: run npm run build:lib");
  return chart.entries().map((e) => ({ chapter: e.code.chapter, post: e.code.post, chapterName: e.chapterName, postName: e.postName }));
}

/** Line i's code: real codes first, then (to keep every line distinct) the same codes with underposts. */
function lineCode(codes, i) {
  const base = codes[i % codes.length];
  const round = Math.floor(i / codes.length) % 100;
  return { ...base, subPost: round === 0 ? null : round };
}

const codeText = (c) => `${c.chapter}/${String(c.post).padStart(2, "0")}${c.subPost ? `.${c.subPost}` : ""}`;

/** `header: false`: no title and no header row, the lines from A1 (the reader infers the columns). */
async function writeAllocationWorkbook(path, lines, { changes = 0, offset = 0, header = true } = {}) {
  const codes = chartCodes();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Tildeling");
  if (header) {
    ws.addRow(["Tildeling (i 1 000 kr)"]).commit();
    ws.addRow(["Kap/post", "Kapittelnavn", "Postnavn", "Tildeling"]).commit();
  }
  for (let i = 0; i < lines; i++) {
    const c = lineCode(codes, i);
    const row = ws.addRow([codeText(c), c.chapterName, c.postName, 1000 + (((i + offset) * 7919) % 900000)]);
    row.getCell(4).numFmt = "#,##0";
    row.commit();
  }
  await ws.commit();
  if (changes > 0) {
    const ch = wb.addWorksheet("Endringer");
    ch.addRow(["Kap/post", "Endring", "Tekst"]).commit();
    for (let j = 0; j < changes; j++) {
      // Every line gets changes; each change is small, so no allocation goes negative.
      const c = lineCode(codes, (j * 31) % lines);
      ch.addRow([codeText(c), (j % 2 === 0 ? 1 : -1) * (1 + (j % 50)), `Endring ${j + 1}`]).commit();
    }
    await ch.commit();
  }
  await wb.commit();
}

module.exports = { writeAllocationWorkbook };
