// The change table as a letter shows it: `Kap/post | Tildeling før tillegget | Endring | Ny tildeling`,
// amounts in the table's unit, a unit caption ("Beløp i 1 000 kr"), and under the table a block
// per line (`Kap. 351 Likestilling` / `Post 70 Tilskudd til likestilling` / the change's text).
// Amounts stay Decimal here; each writer formats them for its target (text, HTML, Excel, Word).
import type Decimal from "decimal.js";
import { sum } from "../amounts/exact";
import { formatAmount } from "../amounts/format-amount";
import type { Unit } from "../amounts/unit";
import { type BudgetCode, formatBudgetCode, formatPost } from "../codes/budget-code";
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage, letterText, letterUnitCaption } from "./letter-language";

export type LetterColumn = "code" | "before" | "change" | "after";

export const LETTER_COLUMNS: readonly LetterColumn[] = ["code", "before", "change", "after"];

const COLUMN_KEY = { code: "column-code", before: "column-before", change: "column-change", after: "column-after" } as const;

/** The product's own title of a letter column, in the letter's language. */
export function letterColumnTitle(column: LetterColumn, language: LetterLanguage = DEFAULT_LETTER_LANGUAGE): string {
  return letterText(COLUMN_KEY[column], {}, language);
}

/** One line of the letter's table, amounts in the table's unit; null when not known. */
export interface LetterLine {
  readonly code: BudgetCode;
  readonly before: Decimal | null;
  readonly change: Decimal;
  readonly after: Decimal | null;
  readonly chapterName?: string;
  readonly postName?: string;
  /** The change's own explanation, as written. */
  readonly text?: string;
}

export interface LetterRow {
  readonly kind: "line" | "total";
  /** "351/70", or the total's label. */
  readonly label: string;
  readonly before: Decimal | null;
  readonly change: Decimal | null;
  readonly after: Decimal | null;
}

export interface LetterBlock {
  /** The kap/post the block is about. */
  readonly code: BudgetCode;
  /** "Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", then the change's text. */
  readonly lines: readonly string[];
}

export interface LetterTable {
  readonly columns: readonly LetterColumn[];
  /** Column titles, in the order of `columns`. */
  readonly header: readonly string[];
  readonly unit: Unit;
  /** "Beløp i 1 000 kr". */
  readonly caption: string;
  readonly rows: readonly LetterRow[];
  /** One per line, in row order. */
  readonly blocks: readonly LetterBlock[];
}

export interface LetterTableOptions {
  /** Own column titles (the letter's wording may differ), kept as written; missing ones are the letter language's. */
  readonly header?: Partial<Record<LetterColumn, string>>;
  /** Add a total row; off by default (the seed letter has none). */
  readonly total?: boolean;
  /** Leave out "before" and "after" when no line knows them (rows pasted as change entries). */
  readonly dropUnknownColumns?: boolean;
  /** The letter's language (not the pane's): Bokmål unless chosen. */
  readonly language?: LetterLanguage;
}

/** The exact sum, or null when any value is unknown. */
function sumOrNull(values: ReadonlyArray<Decimal | null>): Decimal | null {
  return values.every((v): v is Decimal => v !== null) ? sum(values) : null;
}

function blockOf(line: LetterLine, language: LetterLanguage): LetterBlock {
  const chapter = letterText("block-chapter", { chapter: line.code.chapter, name: line.chapterName ?? "" }, language).trim();
  const post = letterText("block-post", { post: formatPost(line.code), name: line.postName ?? "" }, language).trim();
  const lines = [chapter, post];
  if (line.text && line.text.trim() !== "") lines.push(line.text.trim());
  return { code: line.code, lines };
}

export function buildLetterTable(lines: readonly LetterLine[], unit: Unit, options: LetterTableOptions = {}): LetterTable {
  const language = options.language ?? DEFAULT_LETTER_LANGUAGE;
  const rows: LetterRow[] = lines.map((l) => ({
    kind: "line",
    label: formatBudgetCode(l.code),
    before: l.before,
    change: l.change,
    after: l.after,
  }));
  if (options.total && lines.length > 0) {
    rows.push({
      kind: "total",
      label: letterText("column-total", {}, language),
      before: sumOrNull(lines.map((l) => l.before)),
      change: sumOrNull(lines.map((l) => l.change)),
      after: sumOrNull(lines.map((l) => l.after)),
    });
  }
  const known = (col: "before" | "after"): boolean => lines.some((l) => l[col] !== null);
  const columns = options.dropUnknownColumns
    ? LETTER_COLUMNS.filter((c) => c === "code" || c === "change" || known(c))
    : LETTER_COLUMNS;
  return {
    columns,
    header: columns.map((c) => options.header?.[c] ?? letterColumnTitle(c, language)),
    unit,
    caption: letterUnitCaption(unit, language),
    rows,
    blocks: lines.map((l) => blockOf(l, language)),
  };
}

/**
 * A row's cell texts in column order, "" when unknown. Amounts are grouped with a narrow no-break
 * space (U+202F), as typeset Norwegian writes them, so "57 625" never breaks across two lines of
 * a letter's table cell.
 */
export function rowCells(table: LetterTable, row: LetterRow): string[] {
  return table.columns.map((c) => {
    if (c === "code") return row.label;
    const v = row[c];
    return v === null ? "" : formatAmount(v, { group: "narrow" });
  });
}

/** Header row then every row, as the letter shows them. */
export function letterCells(table: LetterTable): string[][] {
  return [[...table.header], ...table.rows.map((r) => rowCells(table, r))];
}

/** 0-based columns holding amounts (right-aligned in every target). */
export function amountColumns(table: LetterTable): number[] {
  return table.columns.flatMap((c, i) => (c === "code" ? [] : [i]));
}
