// From what the user pasted into the Word pane to what the pane previews and inserts: rows copied
// from Excel (tab-separated, with a Kap/post + Endring header) or change entries written as
// sentences. Pure engine code, so the pane, the tests and any other face get the same answer.
import type { Unit } from "../amounts/unit";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { gridFromRows } from "../grid";
import type { Lang } from "../i18n/catalog";
import { buildLetterTable, type LetterTable } from "./letter-table";
import { readPastedChanges } from "./pasted-changes";
import { readPastedTable } from "./pasted-table";
import { generateSentences } from "./sentences";
import { splitTsv } from "../sheet/tsv";

export const PASTE_SHEET = "Utklipp";

export interface PreparedLetter {
  /** Null when nothing readable was pasted. */
  readonly table: LetterTable | null;
  readonly sentences: readonly string[];
  readonly source: "table" | "changes" | "empty";
  readonly diagnostics: readonly Diagnostic[];
}

export interface PrepareOptions {
  readonly lang?: Lang;
  /** Unit when the pasted text names none: the letters' "1 000 kr". */
  readonly defaultUnit?: Unit;
}

export function prepareLetter(pasted: string, options: PrepareOptions = {}): PreparedLetter {
  const lang = options.lang ?? "nb";
  const defaultUnit = options.defaultUnit ?? "1000 kr";
  if (pasted.trim() === "") return { table: null, sentences: [], source: "empty", diagnostics: [] };

  if (pasted.includes("\t")) {
    const grid = gridFromRows(PASTE_SHEET, splitTsv(pasted));
    const read = readPastedTable(grid, defaultUnit);
    if (read) {
      const table = buildLetterTable(read.lines, read.unit, { lang, total: read.hadTotal, dropUnknownColumns: true });
      const { sentences, diagnostics } = generateSentences(read.sentenceChanges, read.unit, lang);
      return { table, sentences, source: "table", diagnostics: [...read.diagnostics, ...diagnostics] };
    }
  }

  const changes = readPastedChanges(pasted, defaultUnit);
  if (changes.lines.length === 0) {
    return {
      table: null,
      sentences: [],
      source: "empty",
      diagnostics: [...changes.diagnostics, diagnostic("error", "LTR-PASTE-NOTHING", {}, { text: pasted.slice(0, 200) })],
    };
  }
  const table = buildLetterTable(changes.lines, changes.unit, { lang, dropUnknownColumns: true });
  const { sentences, diagnostics } = generateSentences(changes.sentenceChanges, changes.unit, lang);
  return { table, sentences, source: "changes", diagnostics: [...changes.diagnostics, ...diagnostics] };
}
