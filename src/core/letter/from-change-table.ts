// The letter table from the engine's change table (issue 4's applyChanges): the lines the letter
// lists are those with an allocation line; lines that a change would create ("new") are added
// only on request, and rejected lines never (their error is already in the change table).
import { convertAmount } from "../amounts/unit";
import type { ChangeEntry, ChangeRow, ChangeTable } from "../changes/types";
import { buildLetterTable, type LetterLine, type LetterTable, type LetterTableOptions } from "./letter-table";
import type { SentenceChange } from "./sentences";

export interface FromChangeTableOptions extends LetterTableOptions {
  /** Rows the change table marks "unchanged" (when it listed every line); off by default. */
  readonly includeUnchanged?: boolean;
  /** Lines a change creates; off by default. */
  readonly includeNewLines?: boolean;
}

function lineOf(row: ChangeRow): LetterLine {
  const texts = row.entries.map((e) => e.text?.trim() ?? "").filter((t) => t !== "");
  return {
    code: row.code,
    before: row.before,
    change: row.change,
    after: row.after,
    ...(row.chapterName ? { chapterName: row.chapterName } : {}),
    ...(row.postName ? { postName: row.postName } : {}),
    ...(texts.length > 0 ? { text: texts.join(" ") } : {}),
  };
}

export function letterLinesFromChangeTable(table: ChangeTable, options: FromChangeTableOptions = {}): LetterLine[] {
  const rows = table.rows.filter((r) => r.status === "changed" || (options.includeUnchanged && r.status === "unchanged"));
  const extra = options.includeNewLines ? table.otherRows.filter((r) => r.status === "new") : [];
  return [...rows, ...extra].map(lineOf);
}

export function letterTableFromChangeTable(table: ChangeTable, options: FromChangeTableOptions = {}): LetterTable {
  return buildLetterTable(letterLinesFromChangeTable(table, options), table.unit, options);
}

/**
 * Every change entry behind the table, in the order they were written (sheet row), in the
 * table's unit, for the sentences; transfers keep their group.
 */
export function sentenceChangesOf(table: ChangeTable): SentenceChange[] {
  const entries: ChangeEntry[] = [];
  for (const row of [...table.rows, ...table.otherRows]) entries.push(...row.entries);
  const ordered = entries.every((e) => e.row !== undefined) ? [...entries].sort((a, b) => a.row! - b.row!) : entries;
  return ordered.map((e) => ({
    code: e.code,
    change: convertAmount(e.amount, e.unit, table.unit),
    ...(e.transfer ? { transfer: e.transfer } : {}),
  }));
}
