// Text normalisation shared by every reader: people type headers and values with no-break
// spaces, narrow no-break spaces, line breaks inside cells and odd casing.
//
// The one set of spaces every reader uses is JavaScript's \s: ASCII spaces and line breaks, the
// no-break space, every Unicode space separator (en, em, thin, hair, six-per-em, figure,
// narrow no-break, ideographic ...) and the byte-order mark. `isSpaceCode` is the same set for
// scanners that go by character code; `INLINE_SPACE` is it without line breaks, for regular
// expressions that must not match across lines.

const SPACES = /\s+/g;

/** One space of the set, other than a line break, as regular-expression source. */
export const INLINE_SPACE = String.raw`[^\S\n\r\u2028\u2029]`;

/** A space of the set (by UTF-16 code), line breaks included. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || isOtherSpace(c);
}

/** A character that `SPACES` matches, other than the plain space (which may stand alone). */
function isOtherSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Collapse every kind of space to one ASCII space and trim. */
export function normalizeSpaces(text: string): string {
  // Most cells have nothing to tidy: checked by hand, they are returned as they are (every row
  // of a large sheet comes through here).
  const n = text.length;
  if (n === 0) return text;
  let tidy = text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32;
  for (let i = 0; tidy && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : isOtherSpace(c)) tidy = false;
  }
  return tidy ? text : text.replace(SPACES, " ").trim();
}

/** Lower-case, spaces collapsed, trailing colons and full stops dropped: for matching headers. */
export function headerKey(text: string): string {
  return normalizeSpaces(text).toLowerCase().replace(/[:.*]+$/g, "").trim();
}

/** A cell value as text for matching and for messages (numbers as JavaScript prints them). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "error" in (value as object)) return String((value as { error: string }).error);
  return String(value);
}
