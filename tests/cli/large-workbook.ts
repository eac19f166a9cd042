// A large allocation sheet written by exceljs's streaming writer (a real .xlsx with shared strings
// and styles): a title with the unit, the header Kap | Post | Postnavn | Tildeling (or neither),
// and one line a row. Shared by the large-sheet and many-file tests.
import ExcelJS from "exceljs";

// Real 2024 codes (kap, post) from Gul bok 2024, repeated: the size is what is tested, not the codes.
const CODES = [
  [351, 70],
  [671, 62],
  [846, 62],
  [855, 1],
  [855, 21],
  [858, 1],
];

/**
 * `rows` lines on the sheet «Tildeling» under `title` ("(i 1 000 kr)"): amounts 1 000 to 5 999,
 * formatted #,##0. With `title` null, neither title nor header: the lines start at A1.
 */
export async function writeLargeSheet(file: string, rows: number, title: string | null): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Tildeling");
  if (title !== null) {
    ws.addRow([title]).commit();
    ws.addRow(["Kap", "Post", "Postnavn", "Tildeling"]).commit();
  }
  for (let i = 0; i < rows; i++) {
    const [kap, post] = CODES[i % CODES.length];
    const row = ws.addRow([kap, post, `Linje ${i + 1}`, 1000 + (i % 5000)]);
    row.getCell(4).numFmt = "#,##0";
    row.commit();
  }
  await ws.commit();
  await wb.commit();
}
