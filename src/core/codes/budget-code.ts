// The budget code (kap/post, with an optional underpost) and its one canonical written form.
// Every form found in budget documents is read here: `351/70`, `kap. 351, post 70`, `kap 351 post 70`,
// `760.21`, `858 post 01`, `855/01.1`, a chapter heading with its post on the next line, and the
// chapter, post and underpost in separate cells. Bad text gives a diagnostic, never a throw.
import { diagnostic, type Diagnostic } from "../diagnostics";
import { type CellValue, isCellError } from "../grid";
import { type ParseResult, fail, ok } from "../result";
import { COLON, COMMA, DOT, EN_DASH, HYPHEN, OPEN_PAREN, SEMICOLON, SLASH, Tok, type Token, tokenize } from "./scan";

export interface BudgetCode {
  readonly chapter: number;
  readonly post: number;
  readonly subPost?: number;
}

export const CHAPTER_MIN = 1;
export const CHAPTER_MAX = 5999;
export const POST_MIN = 1;
export const POST_MAX = 99;
export const SUBPOST_MIN = 1;
export const SUBPOST_MAX = 99;

/** A code value; `subPost` is left out (not set to undefined) when there is none, so codes compare with toEqual. */
export function budgetCode(chapter: number, post: number, subPost?: number): BudgetCode {
  return subPost === undefined || subPost === 0 ? { chapter, post } : { chapter, post, subPost };
}

const TWO_DIGITS: string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** The post part of a code as every form writes it: `70`, `01`, with an underpost `01.1`. */
export function formatPost(code: BudgetCode): string {
  const post = code.post >= 0 && code.post < 100 ? TWO_DIGITS[code.post] : String(code.post);
  return code.subPost === undefined ? post : `${post}.${code.subPost}`;
}

/** `351/70`; the post always with two digits; an underpost after a dot: `855/01.1`. */
export function formatBudgetCode(code: BudgetCode): string {
  return `${code.chapter}/${formatPost(code)}`;
}

/** The one key for a code in maps and sets, everywhere: its canonical form ("351/70", "351/70.01"). */
export function budgetCodeKey(code: BudgetCode): string {
  return formatBudgetCode(code);
}

/**
 * The code's key, given the text it was read from: the text itself when it is written exactly as
 * the key is (`351/70`, `855/01.1`: most of a sheet's code cells), else a new one. A sheet of
 * 100 000 lines then keeps the cell's own strings instead of 100 000 copies.
 */
export function budgetCodeKeyOf(code: BudgetCode, text: unknown): string {
  return typeof text === "string" && isWrittenAsKey(text, code) ? text : budgetCodeKey(code);
}

/** Whether `text` is character for character what formatBudgetCode(code) writes. */
function isWrittenAsKey(text: string, code: BudgetCode): boolean {
  const n = text.length;
  let i = 0;
  let chapter = 0;
  if (n === 0 || text.charCodeAt(0) === 48) return false;
  for (; i < n && i < 5; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    chapter = chapter * 10 + (c - 48);
  }
  if (i === 0 || chapter !== code.chapter || text.charCodeAt(i) !== 47 /* / */ || i + 3 > n) return false;
  const p1 = text.charCodeAt(i + 1) - 48;
  const p2 = text.charCodeAt(i + 2) - 48;
  if (p1 < 0 || p1 > 9 || p2 < 0 || p2 > 9 || p1 * 10 + p2 !== code.post) return false;
  i += 3;
  if (i === n) return code.subPost === undefined;
  if (code.subPost === undefined || text.charCodeAt(i) !== 46 /* . */ || i + 1 >= n || text.charCodeAt(i + 1) === 48) return false;
  let sub = 0;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    sub = sub * 10 + (c - 48);
  }
  return sub === code.subPost;
}

/** `Kap. 351, post 70` as letters write it (`post 01`, `underpost 01.1`). */
export function formatBudgetCodeLong(code: BudgetCode): string {
  return `kap. ${code.chapter}, post ${formatPost(code)}`;
}

export function sameBudgetCode(a: BudgetCode, b: BudgetCode): boolean {
  return a.chapter === b.chapter && a.post === b.post && (a.subPost ?? 0) === (b.subPost ?? 0);
}

/** Budget order: chapter, post, underpost (a post before its underposts). */
export function compareBudgetCodes(a: BudgetCode, b: BudgetCode): number {
  return a.chapter - b.chapter || a.post - b.post || (a.subPost ?? 0) - (b.subPost ?? 0);
}

/** The post a code belongs to: `855/01.1` -> `855/01`. */
export function postOf(code: BudgetCode): BudgetCode {
  return code.subPost === undefined ? code : { chapter: code.chapter, post: code.post };
}

function kpError(code: string, text: string, params: Record<string, string | number> = {}): Diagnostic {
  return diagnostic("error", code, params, { text });
}

function checkChapter(tok: Token, text: string): Diagnostic | null {
  if (tok.digits > 4 || tok.value < CHAPTER_MIN || tok.value > CHAPTER_MAX) {
    return kpError("KP-CHAPTER-RANGE", text, { chapter: tok.text });
  }
  return null;
}

function checkPost(tok: Token, text: string): Diagnostic | null {
  if (tok.digits > 3 || tok.value < POST_MIN || tok.value > POST_MAX) return kpError("KP-POST-RANGE", text, { post: tok.text });
  return null;
}

function checkSubPost(tok: Token, text: string): Diagnostic | null {
  if (tok.digits > 2 || tok.value < SUBPOST_MIN || tok.value > SUBPOST_MAX) return kpError("KP-SUBPOST", text, { subPost: tok.text });
  return null;
}

const isWord = (t: Token | undefined, ...words: string[]): boolean => t !== undefined && t.kind === Tok.Word && words.includes(t.text);
const isPunct = (t: Token | undefined, code: number): boolean => t !== undefined && t.kind === Tok.Punct && t.value === code;
const isNum = (t: Token | undefined): boolean => t !== undefined && t.kind === Tok.Num;

const CHAPTER_WORDS = ["kap", "kapittel", "kapitel"];
const POST_WORDS = ["post", "postene"];
const SUBPOST_WORDS = ["underpost", "upost"];

/** Skip a keyword and the full stop that may follow it (`kap.`, `post.`). */
function skipKeyword(tokens: Token[], i: number, words: string[]): number {
  if (!isWord(tokens[i], ...words)) return i;
  return isPunct(tokens[i + 1], DOT) ? i + 2 : i + 1;
}

/** Does the rest of the cell name another code (`og 858/01`, `, kap. 858 post 01`, `og post 71`)? */
function namesAnotherCode(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (isWord(t, ...CHAPTER_WORDS, ...POST_WORDS) && isNum(tokens[skipKeyword(tokens, i, [t.text])])) return true;
    if (isNum(t) && isPunct(tokens[i + 1], SLASH) && isNum(tokens[i + 2])) return true;
  }
  return false;
}

/** A number where the chapter or post should be: say which part is not a number. */
function notNumber(tokens: Token[], i: number, text: string, part: "chapter" | "post"): Diagnostic {
  const t = tokens[i];
  if (t === undefined) return kpError(part === "post" ? "KP-NO-POST" : "KP-NOT-NUMBER", text, { part: text.trim() });
  if (t.kind === Tok.Punct && t.value === HYPHEN && isNum(tokens[i + 1])) {
    return kpError(part === "chapter" ? "KP-CHAPTER-RANGE" : "KP-POST-RANGE", text, { chapter: `-${tokens[i + 1].text}`, post: `-${tokens[i + 1].text}` });
  }
  return kpError("KP-NOT-NUMBER", text, { part: t.text });
}

/** The tail after a complete code: a name (`351/70 Tilskudd til likestilling`) is fine, a second code is not. */
function checkTail(tokens: Token[], i: number, text: string): Diagnostic | null {
  // A sentence may end the cell: `kap. 351, post 70.`
  while (i < tokens.length && tokens[i].kind === Tok.Punct && [DOT, COMMA, SEMICOLON, COLON].includes(tokens[i].value)) {
    if (namesAnotherCode(tokens, i)) return kpError("KP-TWO-CODES", text);
    i++;
  }
  if (i >= tokens.length) return null;
  if (namesAnotherCode(tokens, i)) return kpError("KP-TWO-CODES", text);
  const t = tokens[i];
  // `351/70 og 71`, `351/70 + 71`: a second post.
  if ((isWord(t, "og", "eller", "and", "or") || isPunct(t, 43) || isPunct(t, 38)) && isNum(tokens[i + 1])) return kpError("KP-TWO-CODES", text);
  const labelStart = t.kind === Tok.Word || isPunct(t, OPEN_PAREN) || ((isPunct(t, HYPHEN) || isPunct(t, EN_DASH)) && tokens[i + 1]?.kind === Tok.Word);
  if (labelStart) return null;
  if (t.kind === Tok.Num) return kpError("KP-TWO-CODES", text);
  return kpError("KP-FORMAT", text);
}

/** Fast path for the canonical form (`351/70`, `855/01.1`, `855/01.12`), which is most of what a sheet holds. */
function parseCanonical(text: string): BudgetCode | null {
  const n = text.length;
  let i = 0;
  let chapter = 0;
  while (i < n && i < 5) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    chapter = chapter * 10 + (c - 48);
    i++;
  }
  if (i === 0 || i > 4 || i >= n || text.charCodeAt(i) !== SLASH) return null;
  const postStart = ++i;
  let post = 0;
  while (i < n && i - postStart < 3) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    post = post * 10 + (c - 48);
    i++;
  }
  const postDigits = i - postStart;
  if (postDigits === 0 || postDigits > 2) return null;
  if (chapter < CHAPTER_MIN || chapter > CHAPTER_MAX || post < POST_MIN || post > POST_MAX) return null;
  if (i === n) return { chapter, post };
  if (text.charCodeAt(i) !== DOT || i + 1 >= n) return null;
  i++;
  // One or two digits, the first not 0 (`01.1`, `01.31`); `01.01` and the rest take the full parser.
  const c = text.charCodeAt(i);
  if (c < 49 || c > 57) return null;
  if (i + 1 === n) return { chapter, post, subPost: c - 48 };
  const d = text.charCodeAt(i + 1);
  if (d < 48 || d > 57 || i + 2 !== n) return null;
  return { chapter, post, subPost: (c - 48) * 10 + (d - 48) };
}

/** Read a budget code written in one cell or phrase. */
export function parseBudgetCode(text: string): ParseResult<BudgetCode> {
  if (typeof text !== "string") return fail(kpError("KP-NOT-NUMBER", String(text), { part: String(text) }));
  const fast = parseCanonical(text);
  if (fast) return ok(fast);
  const tokens = tokenize(text);
  if (tokens.length === 0) return fail(kpError("KP-EMPTY", text));

  let i = skipKeyword(tokens, 0, CHAPTER_WORDS);
  // `nr` after `kap` (`kap.nr. 351`) is still the chapter.
  i = skipKeyword(tokens, i, ["nr"]);
  if (!isNum(tokens[i])) return fail(notNumber(tokens, i, text, "chapter"));
  const chapterTok = tokens[i++];

  let sep = tokens[i];
  if (isPunct(sep, SLASH) || isPunct(sep, DOT)) {
    i++;
    i = skipKeyword(tokens, i, POST_WORDS);
  } else if (isPunct(sep, COMMA) && isWord(tokens[i + 1], ...POST_WORDS)) {
    i = skipKeyword(tokens, i + 1, POST_WORDS);
  } else if (isWord(sep, ...POST_WORDS)) {
    i = skipKeyword(tokens, i, POST_WORDS);
  } else {
    // A chapter heading with its post later in the cell: `Kap. 351 Likestilling\nPost 70 Tilskudd ...`.
    let j = i;
    while (j < tokens.length && !(isWord(tokens[j], ...POST_WORDS) && isNum(tokens[skipKeyword(tokens, j, POST_WORDS)]))) j++;
    if (j >= tokens.length || (sep !== undefined && sep.kind !== Tok.Word)) {
      const bad = checkChapter(chapterTok, text);
      if (bad) return fail(bad);
      if (sep !== undefined && sep.kind === Tok.Num) return fail(kpError("KP-FORMAT", text));
      return fail(kpError("KP-NO-POST", text, { chapter: chapterTok.text }));
    }
    i = skipKeyword(tokens, j, POST_WORDS);
  }
  sep = tokens[i];
  if (!isNum(sep)) {
    const bad = checkChapter(chapterTok, text);
    return fail(bad ?? notNumber(tokens, i, text, "post"));
  }
  const postTok = tokens[i++];

  let subTok: Token | undefined;
  if (isPunct(tokens[i], DOT) && isNum(tokens[i + 1])) {
    subTok = tokens[i + 1];
    i += 2;
  } else {
    const k = isPunct(tokens[i], COMMA) ? i + 1 : i;
    if (isWord(tokens[k], ...SUBPOST_WORDS)) {
      const at = skipKeyword(tokens, k, SUBPOST_WORDS);
      if (!isNum(tokens[at])) return fail(kpError("KP-SUBPOST", text, { subPost: tokens[at]?.text ?? "" }));
      // `underpost 01.1` repeats the post; `underpost 1` does not.
      if (isPunct(tokens[at + 1], DOT) && isNum(tokens[at + 2])) {
        if (tokens[at].value !== postTok.value) return fail(kpError("KP-SUBPOST", text, { subPost: `${tokens[at].text}.${tokens[at + 2].text}` }));
        subTok = tokens[at + 2];
        i = at + 3;
      } else {
        subTok = tokens[at];
        i = at + 1;
      }
    }
  }

  const problem = checkChapter(chapterTok, text) ?? checkPost(postTok, text) ?? (subTok ? checkSubPost(subTok, text) : null) ?? checkTail(tokens, i, text);
  if (problem) return fail(problem);
  return ok(budgetCode(chapterTok.value, postTok.value, subTok?.value));
}

// ---- separate cells -------------------------------------------------------------------------

type Part = "chapter" | "post" | "subPost";

/** One number from one cell: a whole number, or text such as `351`, `kap. 351`, `Post 70 Tilskudd ...`, `01`. */
function numberFromCell(value: CellValue, part: Part): ParseResult<{ value: number; digits: number; text: string; sub?: Token }> {
  const text = value === null ? "" : typeof value === "string" ? value : isCellError(value) ? value.error : String(value);
  if (isCellError(value)) return fail(kpError("CELL-ERROR", text));
  if (value === null || (typeof value === "string" && text.trim() === "")) return fail(kpError("KP-EMPTY", text, { part }));
  if (typeof value === "boolean") return fail(kpError("KP-NOT-NUMBER", text, { part: text }));
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      // An underpost column may hold `1.1` (post 1, underpost 1) as a number.
      if (part === "subPost" && Number.isFinite(value)) return numberFromCell(String(value), part);
      return fail(kpError("KP-NOT-NUMBER", text, { part: text }));
    }
    return ok({ value: Math.abs(value) > 1e9 ? 1e9 : value, digits: String(Math.abs(value)).length, text });
  }
  const tokens = tokenize(text);
  const words = part === "chapter" ? CHAPTER_WORDS : part === "post" ? POST_WORDS : SUBPOST_WORDS;
  let i = skipKeyword(tokens, 0, words);
  if (part === "chapter") i = skipKeyword(tokens, i, ["nr"]);
  if (!isNum(tokens[i])) {
    if (isPunct(tokens[i], HYPHEN) && isNum(tokens[i + 1])) return ok({ value: -tokens[i + 1].value, digits: tokens[i + 1].digits, text: `-${tokens[i + 1].text}` });
    return fail(kpError("KP-NOT-NUMBER", text, { part: tokens[i]?.text ?? text }));
  }
  const num = tokens[i++];
  let sub: Token | undefined;
  if (part !== "chapter" && isPunct(tokens[i], DOT) && isNum(tokens[i + 1])) {
    sub = tokens[i + 1];
    i += 2;
  }
  const tail = checkTail(tokens, i, text);
  if (tail) return fail(tail);
  return ok({ value: num.value, digits: num.digits, text: num.text, sub });
}

function asToken(n: { value: number; digits: number; text: string }): Token {
  return { kind: Tok.Num, value: n.value, digits: n.digits, text: n.text, start: 0, end: 0 };
}

/**
 * A code from kap, post and underpost in separate cells (as in Gul bok and most allocation sheets).
 * An empty underpost cell, or 0 as Gul bok writes it, means no underpost.
 */
export function budgetCodeFromCells(chapter: CellValue, post: CellValue, subPost?: CellValue): ParseResult<BudgetCode> {
  const shown = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : isCellError(v) ? v.error : String(v).trim());
  const all = [shown(chapter), shown(post), shown(subPost)].filter((t) => t !== "").join(" | ");
  const ch = numberFromCell(chapter, "chapter");
  if (!ch.ok && ch.diagnostic.code === "KP-EMPTY") {
    const postEmpty = post === null || (typeof post === "string" && post.trim() === "");
    return fail(postEmpty ? kpError("KP-EMPTY", "") : kpError("KP-NO-CHAPTER", shown(post)));
  }
  if (!ch.ok) return fail(ch.diagnostic);
  const chBad = checkChapter(asToken(ch.value), ch.value.text);
  if (chBad) return fail(chBad);
  const po = numberFromCell(post, "post");
  if (!po.ok) return fail(po.diagnostic.code === "KP-EMPTY" ? kpError("KP-NO-POST", shown(chapter), { chapter: ch.value.text }) : po.diagnostic);
  const poBad = checkPost(asToken(po.value), po.value.text);
  if (poBad) return fail(poBad);

  let sub = po.value.sub?.value;
  const subEmpty = subPost === undefined || subPost === null || subPost === 0 || (typeof subPost === "string" && subPost.trim() === "");
  if (!subEmpty) {
    const su = numberFromCell(subPost as CellValue, "subPost");
    if (!su.ok) return fail(su.diagnostic);
    let subValue = su.value;
    if (su.value.sub) {
      // `01.1` in the underpost column repeats the post; it must be the same post.
      if (su.value.value !== po.value.value) return fail(kpError("KP-SUBPOST", all, { subPost: `${su.value.text}.${su.value.sub.text}` }));
      subValue = { value: su.value.sub.value, digits: su.value.sub.digits, text: su.value.sub.text };
    }
    if (subValue.value !== 0) {
      const subBad = checkSubPost(asToken(subValue), subValue.text);
      if (subBad) return fail(subBad);
      if (sub !== undefined && sub !== subValue.value) return fail(kpError("KP-SUBPOST", all, { subPost: subValue.text }));
      sub = subValue.value;
    }
  } else if (po.value.sub) {
    const subBad = checkSubPost(po.value.sub, po.value.sub.text);
    if (subBad) return fail(subBad);
  }
  return ok(budgetCode(ch.value.value, po.value.value, sub));
}
