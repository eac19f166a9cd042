// Reading the budget code of one table row, whatever the layout: one kap/post column, separate
// kap, post and underpost columns, a kap column written only on a chapter's first row, or chapter
// heading rows ("Kap. 351 Likestilling") followed by post rows ("Post 70 Tilskudd til likestilling").
import { type BudgetCode, budgetCodeFromCells, parseBudgetCode } from "../codes/budget-code";
import { budgetCodeFromCell } from "../codes/code-cell";
import { isDateFormat } from "../deadlines/excel-serial";
import type { Diagnostic } from "../diagnostics";
import { type CellValue, isBlank } from "../grid";
import { normalizeSpaces } from "../sheet/text";

export interface CodeColumns {
  readonly code?: number;
  readonly chapter?: number;
  readonly post?: number;
  readonly subPost?: number;
}

/** What the rows above left behind: the chapter of a heading row or of a kap cell written once. */
export interface CodeContext {
  chapter: number | null;
  chapterName: string | null;
  /** Codes already read from whole-number kap, post and underpost cells (a sheet repeats them). */
  readonly seen: Map<number, BudgetCode>;
}

export function newCodeContext(): CodeContext {
  return { chapter: null, chapterName: null, seen: new Map() };
}

const MAX_SEEN = 200_000;

/** A number key for whole-number cells in range, or -1 when the cells must be parsed. */
function numericKey(ch: CellValue, po: CellValue, sp: CellValue): number {
  if (typeof ch !== "number" || typeof po !== "number" || !Number.isInteger(ch) || !Number.isInteger(po)) return -1;
  if (ch < 1 || ch > 9999 || po < 1 || po > 99) return -1;
  let sub = 0;
  if (typeof sp === "number") {
    if (!Number.isInteger(sp) || sp < 0 || sp > 99) return -1;
    sub = sp;
  } else if (sp !== null && !(typeof sp === "string" && sp.trim() === "")) return -1;
  return (ch * 100 + po) * 100 + sub;
}

export type RowCode =
  /** `note`: the warning a code's reading needs (a number that reads two ways, a date in the code cell). */
  | { readonly kind: "code"; readonly code: BudgetCode; readonly col: number; readonly note?: Diagnostic }
  /** Only a chapter: a heading row when the row has no amount, a missing post when it has one. */
  | { readonly kind: "chapter"; readonly chapter: number; readonly name: string | null; readonly col: number; readonly problem: Diagnostic | null }
  | { readonly kind: "none" }
  | { readonly kind: "error"; readonly diagnostic: Diagnostic; readonly col: number };

const CHAPTER_HEADING = /^kap(?:ittel)?\.?\s*(\d{1,4})(?:\s*[-–:]?\s+(.*))?$/i;
const POST_ONLY = /^post\s*\d/i;

function text(value: CellValue): string {
  return typeof value === "string" ? value : value === null ? "" : String(value);
}

export function readRowCode(row: ReadonlyArray<CellValue>, cols: CodeColumns, context: CodeContext, format: (col: number) => string): RowCode {
  if (cols.code !== undefined) return readCodeCell(row, cols, cols.code, context, format);
  // A table of posts alone takes its chapter from the title ("Kap. 351 Likestilling"), set in the context.
  if (cols.post === undefined || (cols.chapter === undefined && context.chapter === null)) return { kind: "none" };
  const ch = cols.chapter !== undefined ? (row[cols.chapter] ?? null) : null;
  const po = row[cols.post] ?? null;
  const sp = cols.subPost !== undefined ? (row[cols.subPost] ?? null) : null;
  const chBlank = isBlank(ch);
  const poBlank = isBlank(po);
  if (chBlank && poBlank) return { kind: "none" };
  if (poBlank && cols.chapter !== undefined) {
    const heading = parseChapterOnly(ch, format(cols.chapter));
    if (heading) {
      context.chapter = heading.chapter;
      context.chapterName = heading.name;
      return { kind: "chapter", chapter: heading.chapter, name: heading.name, col: cols.chapter, problem: null };
    }
  }
  // A kap written once for a block of posts.
  const chapterCell: CellValue = chBlank && context.chapter !== null ? context.chapter : ch;
  const key = numericKey(chapterCell, po, sp);
  let code = key >= 0 ? context.seen.get(key) : undefined;
  if (code === undefined) {
    const r = budgetCodeFromCells(chapterCell, po, sp);
    if (!r.ok) return { kind: "error", diagnostic: r.diagnostic, col: chBlank || cols.chapter === undefined ? cols.post : cols.chapter };
    code = r.value;
    if (key >= 0 && context.seen.size < MAX_SEEN) context.seen.set(key, code);
  }
  if (context.chapter !== code.chapter) {
    context.chapter = code.chapter;
    context.chapterName = null;
  }
  return { kind: "code", code, col: chBlank || cols.chapter === undefined ? cols.post : cols.chapter };
}

function parseChapterOnly(value: CellValue, format: string): { chapter: number; name: string | null } | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 5999 && !/0\.0/.test(format) ? { chapter: value, name: null } : null;
  }
  if (typeof value !== "string") return null;
  const t = normalizeSpaces(value);
  if (/^\d{1,4}$/.test(t)) return { chapter: Number(t), name: null };
  const m = CHAPTER_HEADING.exec(t);
  if (!m) return null;
  return { chapter: Number(m[1]), name: m[2] ? m[2].trim() : null };
}

function readCodeCell(row: ReadonlyArray<CellValue>, cols: CodeColumns, col: number, context: CodeContext, format: (col: number) => string): RowCode {
  const value = row[col] ?? null;
  if (isBlank(value)) return { kind: "none" };
  if (typeof value === "boolean" || (typeof value === "object" && value !== null)) {
    const r = parseBudgetCode(text(value));
    return r.ok ? { kind: "code", code: r.value, col } : { kind: "error", diagnostic: r.diagnostic, col };
  }
  const sub = cols.subPost !== undefined ? (row[cols.subPost] ?? null) : null;
  // A chapter alone typed as a number (351) is a heading, not a code the cell misreads.
  const parsed = typeof value === "number" && Number.isInteger(value) && !isDateFormat(format(col)) ? parseBudgetCode(String(value)) : budgetCodeFromCell(value, format(col));
  if (parsed.ok) {
    context.chapter = parsed.value.chapter;
    const found = "note" in parsed ? (parsed.note as Diagnostic | null) : null;
    const note: { note?: Diagnostic } = found ? { note: found } : {};
    if (sub === null || isBlank(sub) || parsed.value.subPost !== undefined) return { kind: "code", code: parsed.value, col, ...note };
    const withSub = budgetCodeFromCells(parsed.value.chapter, parsed.value.post, sub);
    return withSub.ok ? { kind: "code", code: withSub.value, col, ...note } : { kind: "error", diagnostic: withSub.diagnostic, col };
  }
  const heading = parseChapterOnly(value, format(col));
  if (heading) {
    context.chapter = heading.chapter;
    context.chapterName = heading.name;
    return { kind: "chapter", chapter: heading.chapter, name: heading.name, col, problem: parsed.diagnostic };
  }
  // "Post 70 Tilskudd til likestilling" under a chapter heading.
  if (typeof value === "string" && POST_ONLY.test(value.trim()) && context.chapter !== null) {
    const r = budgetCodeFromCells(context.chapter, value, sub);
    return r.ok ? { kind: "code", code: r.value, col } : { kind: "error", diagnostic: r.diagnostic, col };
  }
  return { kind: "error", diagnostic: parsed.diagnostic, col };
}

/** "Post 70 Tilskudd til likestilling" -> "Tilskudd til likestilling"; "351/70 Tilskudd ..." likewise. */
export function nameAfterCode(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  const m = /^(?:kap(?:ittel)?\.?\s*\d{1,4}\s*[,/.]?\s*)?(?:post\s*)?\d{1,4}(?:\s*\/\s*\d{1,2})?(?:\.\d)?\s*[-–:]?\s+(\D.*)$/i.exec(normalizeSpaces(value));
  return m ? m[1].trim() : null;
}
