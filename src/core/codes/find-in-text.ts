// Budget codes mentioned in running text: letters, stikkord and pasted documents write
// `kap. 351, post 70`, `351/70`, `858 post 01`, `kap. 855` alone, and a chapter heading with its
// post on the next line ("Kap. 351 Likestilling" / "Post 70 Tilskudd til likestilling").
// Lenient by design: a finder reports what it recognises and skips the rest (dates, fractions);
// a cell that must hold a code is checked strictly by parseBudgetCode.
import { type BudgetCode, budgetCode, CHAPTER_MAX, CHAPTER_MIN, POST_MAX, POST_MIN } from "./budget-code";

export interface BudgetCodeInText {
  readonly code: BudgetCode;
  /** The words as written, e.g. `kap. 351, post 70`. */
  readonly text: string;
  /** Where they start in the text. */
  readonly index: number;
}

/** A mention of a chapter, with its post when the text gives one. */
export interface BudgetReferenceInText {
  readonly chapter: number;
  readonly code?: BudgetCode;
  readonly text: string;
  readonly index: number;
}

// Alternatives, tried left to right at each position:
//  1 kap + chapter, then `, post 70[.1]`, ` post 70`, or `/70`, `.70`
//  2 `351/70[.1]` standing alone (not part of a date such as 1/4/2025)
//  3 `858 post 01`
//  4 `Post 70` at the start of a line (joins the chapter heading above it)
const PATTERN = new RegExp(
  [
    String.raw`(?<![\p{L}\d])kap(?:ittel)?\.?\s*(\d{1,4})(?:(?:\s*,\s*|\s+)post\.?\s*(\d{1,2})(?:\.(\d{1,2}))?|[/.](\d{1,2})(?:\.(\d))?(?![\d/]))?(?!\d)`,
    String.raw`(?<![\d/.,])(\d{1,4})/(\d{1,2})(?:\.(\d))?(?![\d/])`,
    String.raw`(?<![\d/.,])(\d{1,4})\s+post\.?\s*(\d{1,2})(?:\.(\d))?(?!\d)`,
    String.raw`^[ \t]*post\.?\s*(\d{1,2})(?!\d)`,
  ].join("|"),
  "gimu",
);

function validChapter(n: number): boolean {
  return n >= CHAPTER_MIN && n <= CHAPTER_MAX;
}

function validPost(n: number): boolean {
  return n >= POST_MIN && n <= POST_MAX;
}

function isLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

/** Every chapter and kap/post mention, in order. */
export function findBudgetReferencesInText(text: string): BudgetReferenceInText[] {
  if (typeof text !== "string" || text === "") return [];
  const out: BudgetReferenceInText[] = [];
  // The last chapter heading ("Kap. 351 Likestilling" at a line start) that a following
  // "Post 70" line may complete.
  let heading: { at: number; chapter: number; lineEnd: number } | null = null;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const index = m.index;
    const whole = m[0];
    if (m[1] !== undefined) {
      const chapter = Number(m[1]);
      const post = m[2] ?? m[4];
      const sub = m[3] ?? m[5];
      if (!validChapter(chapter)) continue;
      if (post !== undefined && validPost(Number(post))) {
        out.push({ chapter, code: budgetCode(chapter, Number(post), sub === undefined ? undefined : Number(sub)), text: whole, index });
        heading = null;
        continue;
      }
      out.push({ chapter, text: whole.replace(/[./]\d*$/, ""), index });
      const nl = text.indexOf("\n", index);
      heading = isLineStart(text, index) ? { at: out.length - 1, chapter, lineEnd: nl < 0 ? text.length : nl } : null;
    } else if (m[6] !== undefined || m[9] !== undefined) {
      const base = m[6] !== undefined ? 6 : 9;
      const chapter = Number(m[base]);
      const post = Number(m[base + 1]);
      const sub = m[base + 2];
      if (!validChapter(chapter) || !validPost(post)) continue;
      out.push({ chapter, code: budgetCode(chapter, post, sub === undefined ? undefined : Number(sub)), text: whole, index });
      heading = null;
    } else if (m[12] !== undefined) {
      const post = Number(m[12]);
      const start = index + whole.search(/\S/);
      // Only lines of white space may stand between the heading's line and the post line.
      if (heading && validPost(post) && text.slice(heading.lineEnd, start).trim() === "") {
        const prior = out[heading.at];
        out[heading.at] = { chapter: prior.chapter, code: budgetCode(prior.chapter, post), text: text.slice(prior.index, index + whole.length), index: prior.index };
      }
      heading = null;
    }
  }
  return out;
}

/** Every kap/post mention that names a post (chapter-only mentions are left out), in order. */
export function findBudgetCodesInText(text: string): BudgetCodeInText[] {
  const out: BudgetCodeInText[] = [];
  for (const ref of findBudgetReferencesInText(text)) {
    if (ref.code) out.push({ code: ref.code, text: ref.text, index: ref.index });
  }
  return out;
}
