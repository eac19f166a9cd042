// "Lag brevtabell" over Excel: read the allocation sheet and the changes as the preview did, build
// the letter table the user chose (own column titles, blocks, sentences) and write it on the
// add-in's Brevtabell sheet, all in the one Excel.run the caller opened. Which sheet is ours is
// read in the same request as the shapes, so the action is a shape read, a data read and one write.
// Reading again rather than trusting the preview means the sheet matches the workbook as it is
// when the user clicks.
import type { Lang } from "../core/i18n/catalog";
import type { LetterChoice } from "../core/letter/letter-source";
import { letterOf } from "../core/use-cases/build-letter";
import type { ChangeRequest, LetterSheetReport, PaneSettings } from "../app/pane-actions";
import type { RunEnv } from "./check";
import { readChangeInputs } from "./changes";
import { letterSheetTarget, writeLetterTable } from "./letter-table";

export async function makeLetterSheet(
  context: Excel.RequestContext,
  request: ChangeRequest,
  choice: LetterChoice,
  settings: PaneSettings,
  _lang: Lang,
  env: RunEnv,
): Promise<LetterSheetReport> {
  // Which sheet is ours comes with the owned ranges, in the first request.
  const read = await readChangeInputs(context, request, settings, env);
  // The letter's language is the choice's (Innstillinger), never the pane's `lang`.
  const letter = letterOf(read.table, choice);
  // No changed allocation line: an empty letter table would only look like a result.
  if (letter.table.rows.length === 0) return { sheet: "", address: "", rows: 0 };
  const written = await writeLetterTable(context, letter.table, { paragraphs: letter.paragraphs }, letterSheetTarget(read.owned.sheets));
  return { sheet: written.sheet, address: written.address, rows: written.rows };
}
