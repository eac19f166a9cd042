// A tiny tokenizer for the short texts found in kap/post cells. Hand-written rather than a regex
// chain because codes are read by the million (a 100 000-row workbook re-checked on every edit):
// it walks the string once, by char code, and only lower-cases the words it meets.
import { isSpaceCode } from "../sheet/text";

// Plain constants rather than a const enum: swc compiles each file alone (isolatedModules).
export const Tok = { Num: 0, Word: 1, Punct: 2 } as const;
export type TokKind = (typeof Tok)[keyof typeof Tok];

export interface Token {
  kind: TokKind;
  /** Number: its value (capped, see MAX_VALUE); punctuation: the char code. */
  value: number;
  /** Number: count of digits as written, so `0351` and `351` can be told apart when it matters. */
  digits: number;
  /** Word: lower-cased text; number and punctuation: the text as written. */
  text: string;
  start: number;
  end: number;
}

/** Numbers longer than this are out of every range we check; keep them from overflowing. */
const MAX_DIGITS = 9;


function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Split text into numbers, words and single punctuation marks; spaces separate tokens and are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(c)) {
      let value = 0;
      while (i < n && isDigitCode(text.charCodeAt(i))) {
        if (i - start < MAX_DIGITS) value = value * 10 + (text.charCodeAt(i) - 48);
        i++;
      }
      out.push({ kind: Tok.Num, value, digits: i - start, text: text.slice(start, i), start, end: i });
    } else if (isLetterCode(c)) {
      while (i < n && isLetterCode(text.charCodeAt(i))) i++;
      out.push({ kind: Tok.Word, value: 0, digits: 0, text: text.slice(start, i).toLowerCase(), start, end: i });
    } else {
      i++;
      out.push({ kind: Tok.Punct, value: c, digits: 0, text: text[start], start, end: i });
    }
  }
  return out;
}

export const SLASH = 47;
export const DOT = 46;
export const COMMA = 44;
export const COLON = 58;
export const SEMICOLON = 59;
export const HYPHEN = 45;
export const EN_DASH = 0x2013;
export const OPEN_PAREN = 40;
