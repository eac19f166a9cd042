// The letter table as plain text: tab-separated cells, one line per row, so it pastes back into
// Excel as cells and reads as the letter's table in a plain editor. The caption and the paragraphs
// under the table are only added on request, because a tab-separated paste must stay a pure table.
import { letterCells, type LetterTable } from "./letter-table";

export interface LetterTextOptions {
  /** The unit caption as the first line. */
  readonly caption?: boolean;
  /** Paragraph groups after the table (letter-paragraphs.ts), each after a blank line. */
  readonly paragraphs?: ReadonlyArray<readonly string[]>;
}

/** Tabs inside a cell would split it into two; line breaks would split the row. */
function cellText(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

export function letterTableText(table: LetterTable, options: LetterTextOptions = {}): string {
  const lines: string[] = [];
  if (options.caption) lines.push(table.caption);
  for (const row of letterCells(table)) lines.push(row.map(cellText).join("\t"));
  for (const group of options.paragraphs ?? []) lines.push("", ...group.map(cellText));
  return lines.join("\n");
}
