// What a host inserts into a letter, as plain strings: the table cells (header first), which
// columns hold amounts, an optional unit caption above, and the paragraphs that follow the
// table (the kap./post blocks and the generated sentences). Word and any later host insert
// exactly this, so the letter looks the same wherever it was made.
import { amountColumns, letterCells, type LetterTable } from "./letter-table";

export interface LetterInsert {
  /** "Beløp i 1 000 kr", written above the table; null leaves it out. */
  readonly caption: string | null;
  /** Header row first; every row has the same number of cells. */
  readonly cells: ReadonlyArray<ReadonlyArray<string>>;
  /** How many leading rows are header rows (bold, repeated on a new page). */
  readonly headerRows: number;
  /** 0-based columns whose cells are amounts (right-aligned). */
  readonly amountColumns: readonly number[];
  /** 0-based rows that are totals (bold). */
  readonly totalRows: readonly number[];
  /** Paragraphs after the table, in order. */
  readonly paragraphs: readonly string[];
}

export interface LetterInsertOptions {
  readonly caption?: boolean;
  /** Paragraphs after the table: the kap./post blocks and sentences, as letter-paragraphs.ts places them. */
  readonly paragraphs?: readonly string[];
}

/** The insert for a letter table: the same cells as the text and HTML writers. */
export function letterInsert(table: LetterTable, options: LetterInsertOptions = {}): LetterInsert {
  return {
    caption: options.caption ? table.caption : null,
    cells: letterCells(table),
    headerRows: 1,
    amountColumns: amountColumns(table),
    totalRows: table.rows.flatMap((r, i) => (r.kind === "total" ? [i + 1] : [])),
    paragraphs: options.paragraphs ?? [],
  };
}
