// Reading a letter table pasted from Excel (the "Brevtabell" sheet, or any sheet with Kap/post and
// Endring columns): the header is found by meaning, amounts and codes by the engine's parsers,
// the unit from a caption or header ("Beløp i 1 000 kr"), and the kap./post blocks under the
// table give the lines their names and texts. Every row that cannot be read is a diagnostic.
import Decimal from "decimal.js";
import { parseAmount } from "../amounts/parse-amount";
import { detectUnit, type Unit } from "../amounts/unit";
import { budgetCodeKey, parseBudgetCode } from "../codes/budget-code";
import { atCell, diagnostic, type Diagnostic } from "../diagnostics";
import { type Grid, cellAddress, cellAt, isBlank } from "../grid";
import { AFTER_ROLE, BEFORE_ROLE, CHANGE_ROLE, CODE_ROLE, TEXT_ROLE, TRANSFER_ROLE } from "../allocations/roles";
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
}

function amountAt(grid: Grid, row: number, col: number | undefined, diagnostics: Diagnostic[]): Decimal | null {
  if (col === undefined || isBlank(cellAt(grid, row, col))) return null;
  const r = parseAmount(cellAt(grid, row, col));
  if (r.ok) return r.value.value;
  diagnostics.push(atCell(r.diagnostic, cellAddress(grid, row, col)));
  return null;
}

function unitFrom(grid: Grid, headerRow: number): Unit | null {
  for (let r = 0; r <= headerRow; r++) {
    for (const v of grid.values[r] ?? []) {
      const u = typeof v === "string" ? detectUnit(v) : null;
      if (u) return u;
    }
  }
  return null;
}

/** The table in a pasted grid, or null when the grid has no Kap/post + Endring header. */
export function readPastedTable(grid: Grid, defaultUnit: Unit = "1000 kr"): PastedTable | null {
  const [header] = findHeaderRows(grid, ROLES, { required: [["code"], ["change", "after"]], minRoles: 2 });
  if (!header) return null;
  const col = (k: string): number | undefined => header.columns.get(k);
  const diagnostics: Diagnostic[] = [];
  const lines: LetterLine[] = [];
  const sentenceChanges: SentenceChange[] = [];
  let hadTotal = false;
  let row = header.row + 1;
  for (; row < grid.values.length; row++) {
    const values = grid.values[row] ?? [];
    if (values.every((v) => isBlank(v))) break;
    const codeCell = cellText(cellAt(grid, row, col("code") ?? 0)).trim();
    if (TOTAL.test(codeCell)) {
      hadTotal = true;
      continue;
    }
    const code = parseBudgetCode(codeCell);
    const before = amountAt(grid, row, col("before"), diagnostics);
    let change = amountAt(grid, row, col("change"), diagnostics);
    let after = amountAt(grid, row, col("after"), diagnostics);
    if (change === null && before !== null && after !== null) change = after.minus(before);
    if (after === null && before !== null && change !== null) after = before.plus(change);
    if (!code.ok) {
      diagnostics.push(atCell(code.diagnostic, cellAddress(grid, row, col("code") ?? 0)));
      continue;
    }
    if (change === null) {
      diagnostics.push(diagnostic("error", "LTR-PASTE-ROW", {}, { text: values.map(cellText).join(" | "), cell: cellAddress(grid, row, 0) }));
      continue;
    }
    const text = col("text") === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, row, col("text")!)));
    lines.push({ code: code.value, before, change, after, ...(text ? { text } : {}) });
    const transfer = col("transfer") === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, row, col("transfer")!)));
    sentenceChanges.push({ code: code.value, change, ...(transfer ? { transfer } : {}) });
  }
  attachBlocks(grid, row, lines);
  return { lines, unit: unitFrom(grid, header.row) ?? defaultUnit, hadTotal, sentenceChanges, diagnostics };
}

/** Names and texts from the `Kap. 351 Likestilling` / `Post 70 ...` / text blocks under the table. */
function attachBlocks(grid: Grid, from: number, lines: LetterLine[]): void {
  const byKey = new Map(lines.map((l, i) => [budgetCodeKey(l.code), i]));
  let chapter: ChapterHeading | null = null;
  let current: number | undefined;
  const texts = new Map<number, string[]>();
  for (let row = from; row < grid.values.length; row++) {
    const text = normalizeSpaces((grid.values[row] ?? []).map(cellText).join(" "));
    if (text === "") continue;
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
  }
  for (const [i, t] of texts) if (!lines[i].text) lines[i] = { ...lines[i], text: t.join(" ") };
}
