// Reading a letter table pasted from Excel (the "Brevtabell" sheet, or any sheet with Kap/post and
// Endring columns): the header is found by meaning, amounts and codes by the engine's parsers,
// the unit from a caption or header ("Beløp i 1 000 kr"), and the kap./post blocks under the
// table give the lines their names and texts. Every row that cannot be read is a diagnostic.
import Decimal from "decimal.js";
import { parseAmount } from "../amounts/parse-amount";
import { findAmountsInText } from "../changes/amounts-in-text";
import type { Unit } from "../amounts/unit";
import { budgetCodeKey, parseBudgetCode } from "../codes/budget-code";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { type Grid, cellAddress, cellAt, isBlank } from "../grid";
import { AFTER_ROLE, BEFORE_ROLE, CHANGE_ROLE, CODE_ROLE, TEXT_ROLE, TRANSFER_ROLE } from "../allocations/roles";
import { chooseUnit, unitEvidence } from "../readers/unit-evidence";
import { type ColumnRole, findHeaderRows } from "../sheet/header";
import { cellText, normalizeSpaces } from "../sheet/text";
import { type ChapterHeading, chapterHeading, postHeading } from "./block-heading";
import type { LetterLine } from "./letter-table";
import type { SentenceChange } from "./sentences";

// The engine's own header words for these columns, so a header the readers know is known here.
const ROLES: readonly ColumnRole[] = [CODE_ROLE, BEFORE_ROLE, CHANGE_ROLE, AFTER_ROLE, TEXT_ROLE, TRANSFER_ROLE];

const TOTAL = /^(sum|totalt?|i alt)\b/i;

export interface PastedTable {
  readonly lines: LetterLine[];
  readonly unit: Unit;
  /** True when the pasted table had a total row (so the preview keeps one). */
  readonly hadTotal: boolean;
  /** Each line's change with its transfer group (from a transfer column), for the sentences. */
  readonly sentenceChanges: SentenceChange[];
  readonly diagnostics: Diagnostic[];
  /** 0-based header row, so the rows above it can be read as the table's title. */
  readonly headerRow: number;
}

export interface PastedTableOptions {
  /** The unit the user chose; otherwise the pasted caption or headers say it, else 1 000 kr with a warning. */
  readonly unit?: Unit;
  /** Where the user chooses the unit, for the messages ("«Beløpene er i»"). */
  readonly unitOption?: string;
}

/** A row's cells as one line of text for a message: "671/62 | mye". */
function rowText(values: readonly unknown[]): string {
  return values
    .map((v) => cellText(v as never).trim())
    .filter((t) => t !== "")
    .join(" | ");
}

/** An amount cell, or null when blank; a cell that is not an amount is a warning and stays empty. */
function amountAt(grid: Grid, row: number, col: number | undefined, diagnostics: Diagnostic[]): Decimal | null | "bad" {
  if (col === undefined || isBlank(cellAt(grid, row, col))) return null;
  const r = parseAmount(cellAt(grid, row, col));
  if (r.ok) return r.value.value;
  const cell = cellAddress(grid, row, col);
  diagnostics.push(diagnostic("warning", "LTR-PASTE-CELL-AMOUNT", { cell }, { text: cellText(cellAt(grid, row, col)).trim(), cell }));
  return "bad";
}

/** A row that is one text in its first cell and no code: a paragraph under the table, not a row of it. */
function isParagraph(values: readonly unknown[], codeCol: number): boolean {
  const filled = values.flatMap((v, i) => (isBlank(v as never) ? [] : [i]));
  if (filled.length !== 1) return false;
  const only = cellText(values[filled[0]] as never).trim();
  // Three words or more is running text; a short unreadable code ("feil/kode") is a row to report.
  return chapterHeading(normalizeSpaces(only)) !== null || (filled[0] === codeCol && !parseBudgetCode(only).ok && only.split(/\s+/).length >= 3);
}

/** The table in a pasted grid, or null when the grid has no Kap/post + Endring header. */
export function readPastedTable(grid: Grid, options: PastedTableOptions = {}): PastedTable | null {
  const [header] = findHeaderRows(grid, ROLES, { required: [["code"], ["change", "after"]], minRoles: 2 });
  if (!header) return null;
  const col = (k: string): number | undefined => header.columns.get(k);
  const codeCol = col("code") ?? 0;
  const diagnostics: Diagnostic[] = [];
  const lines: LetterLine[] = [];
  const sentenceChanges: SentenceChange[] = [];
  let hadTotal = false;
  let row = header.row + 1;
  for (; row < grid.values.length; row++) {
    const values = grid.values[row] ?? [];
    // A blank row, or a paragraph of text ("Kap. 351 Likestilling", a sentence), ends the table.
    if (values.every((v) => isBlank(v)) || isParagraph(values, codeCol)) break;
    const codeCell = cellText(cellAt(grid, row, codeCol)).trim();
    if (TOTAL.test(codeCell)) {
      hadTotal = true;
      continue;
    }
    const text = rowText(values);
    const where = { text, cell: cellAddress(grid, row, codeCol) };
    const code = parseBudgetCode(codeCell);
    if (!code.ok) {
      // Left out, and said so before anything is inserted: never read into a neighbour's sentence.
      diagnostics.push(diagnostic("warning", "LTR-PASTE-ROW-CODE", { code: codeCell }, where));
      continue;
    }
    const readBefore = amountAt(grid, row, col("before"), diagnostics);
    const readChange = amountAt(grid, row, col("change"), diagnostics);
    const readAfter = amountAt(grid, row, col("after"), diagnostics);
    const before = readBefore === "bad" ? null : readBefore;
    let change = readChange === "bad" ? null : readChange;
    let after = readAfter === "bad" ? null : readAfter;
    if (change === null && readChange !== "bad" && before !== null && after !== null) change = after.minus(before);
    if (after === null && readAfter !== "bad" && before !== null && change !== null) after = before.plus(change);
    if (change === null) {
      diagnostics.push(diagnostic("warning", "LTR-PASTE-ROW", {}, where));
      continue;
    }
    const explanation = col("text") === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, row, col("text")!)));
    lines.push({ code: code.value, before, change, after, ...(explanation ? { text: explanation } : {}) });
    const transfer = col("transfer") === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, row, col("transfer")!)));
    sentenceChanges.push({ code: code.value, change, ...(transfer ? { transfer } : {}) });
  }
  attachBlocks(grid, row, lines, diagnostics);
  const unit = unitOf(grid, header.row, [...header.columns.values()], col("change") ?? col("after") ?? null, options, lines.length > 0);
  return { lines, unit: unit.unit, hadTotal, sentenceChanges, diagnostics: [...unit.diagnostics, ...diagnostics], headerRow: header.row };
}

/**
 * The unit by the readers' evidence rules (the amount column's header, a caption over the
 * table, the other headers, the title rows). Nothing said: 1 000 kr, the letters' usual unit,
 * with a warning naming it and where to choose another.
 */
function unitOf(
  grid: Grid,
  headerRow: number,
  headerCols: readonly number[],
  amountCol: number | null,
  options: PastedTableOptions,
  hasAmounts: boolean,
): { unit: Unit; diagnostics: readonly Diagnostic[] } {
  const titleRows = Array.from({ length: headerRow }, (_, i) => i);
  const evidence = unitEvidence(grid, { headerRow, amountCol, titleRows, headerCols });
  const option = options.unitOption ?? "--unit";
  const decision = chooseUnit(evidence, cellAddress(grid, headerRow, 0), { unit: options.unit, fallback: "1000 kr", optionName: option, hasAmounts });
  if (decision.source !== "default" || !hasAmounts) return decision;
  return { unit: decision.unit, diagnostics: [diagnostic("warning", "LTR-UNIT-ASSUMED", { unit: decision.unit, option })] };
}

/** Names and texts from the `Kap. 351 Likestilling` / `Post 70 ...` / text blocks under the table. */
function attachBlocks(grid: Grid, from: number, lines: LetterLine[], diagnostics: Diagnostic[]): void {
  const byKey = new Map(lines.map((l, i) => [budgetCodeKey(l.code), i]));
  let chapter: ChapterHeading | null = null;
  let current: number | undefined;
  const texts = new Map<number, string[]>();
  for (let row = from; row < grid.values.length; row++) {
    const values = grid.values[row] ?? [];
    const text = normalizeSpaces(values.map(cellText).join(" "));
    if (text === "") continue;
    // A row of several cells under the table is a table row cut off by a blank row, not text.
    if (values.filter((v) => !isBlank(v)).length > 1) {
      diagnostics.push(diagnostic("warning", "LTR-PASTE-ROW-AFTER", {}, { text: rowText(values), cell: cellAddress(grid, row, 0) }));
      continue;
    }
    const ch = chapterHeading(text);
    if (ch) {
      chapter = ch;
      current = undefined;
      continue;
    }
    const post = chapter && postHeading(text, chapter);
    if (post && chapter) {
      current = post.code ? byKey.get(budgetCodeKey(post.code)) : undefined;
      if (current !== undefined) {
        lines[current] = { ...lines[current], chapterName: chapter.name, postName: post.name };
      }
      continue;
    }
    if (current !== undefined) texts.set(current, [...(texts.get(current) ?? []), text]);
    else {
      // Text under no kap./post heading belongs to no line; an amount in it could be a change the user meant.
      const severity = findAmountsInText(text).length > 0 ? "warning" : "info";
      diagnostics.push(diagnostic(severity, "LTR-PASTE-TEXT-UNUSED", {}, { text, cell: cellAddress(grid, row, 0) }));
    }
  }
  for (const [i, t] of texts) if (!lines[i].text) lines[i] = { ...lines[i], text: t.join(" ") };
}
