// A submission round as a controller receives it: a folder of agencies' workbooks, some clean, one
// with errors, three that cannot be read (an old .xls, a cut-off zip, a password-protected file,
// all made by LibreOffice) and one large sheet made here. Shared by the many-file tests.
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeLargeSheet } from "./large-workbook";
import { SAMPLE, fixture } from "./run-cli";

export const LARGE_LINES = 30_000;

/** A letter whose only finding is a warning: 351/75 is a well-formed code that Gul bok 2024 does not have. */
async function writeWarningOnly(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tildeling");
  ws.addRow(["Tildelingsbrev 2024 (i 1 000 kr)"]);
  ws.addRow(["Kap/post", "Tildeling"]);
  ws.addRow(["351/70", 57625]);
  ws.addRow(["351/75", 1000]);
  await wb.xlsx.writeFile(file);
}

/** The folder, with the files named as agencies might send them. */
export async function makeSubmissionRound(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tildeling-runde-"));
  const round = join(dir, "runde");
  mkdirSync(join(round, "etater"), { recursive: true });
  copyFileSync(SAMPLE, join(round, "bufdir-2024.xlsx"));
  // Named with their budget year, as agencies name them: the year says which Gul bok applies.
  copyFileSync(fixture("tillegg-lo.xlsx"), join(round, "etater", "udir-2024.xlsx"));
  copyFileSync(fixture("feil-lo.xlsx"), join(round, "etater", "imdi-2024.xlsx"));
  copyFileSync(fixture("gammel-lo.xls"), join(round, "gammel.xls"));
  copyFileSync(fixture("skadet-lo.xlsx"), join(round, "skadet.xlsx"));
  copyFileSync(fixture("passordbeskyttet-lo.xlsx"), join(round, "passord.xlsx"));
  await writeLargeSheet(join(round, "stor-2024.xlsx"), LARGE_LINES, "Tildelingsbrev 2024 (i 1 000 kr)");
  // Beside the round, not in it: for --strict.
  await writeWarningOnly(join(dir, "advarsel.xlsx"));
  return round;
}
