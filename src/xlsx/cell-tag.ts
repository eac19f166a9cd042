// A cell tag's attributes (<c r="B7" s="3" t="s">) read in one pass over its raw attribute text.
// Every cell of a sheet comes through here, a million rows being four million tags, so the
// address, style and type are read in place, without building strings for the usual values;
// a value with an entity in it is decoded first. Spaces around "=" and either quote are valid
// XML and read alike. Only the attributes named exactly r, s and t count (a prefixed x:r does not).
import { decodeEntities } from "./xml-scan";

export interface CellTag {
  /** 1-based column of the address (`r`), or undefined when the tag has none (the next column, then). */
  col: number | undefined;
  /** The `t` attribute: "n" when absent. */
  type: string;
  /** The `s` attribute: 0 when absent. */
  style: number;
}

const CELL_TYPES = ["s", "n", "str", "b", "e", "d", "inlineStr"];

/** The column of an address's letters ("AB12" -> 28); 0 when it starts with no letter. */
function columnOf(text: string, start: number, end: number): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function typeOf(text: string, start: number, end: number): string {
  for (const t of CELL_TYPES) if (end - start === t.length && text.startsWith(t, start)) return t;
  return text.slice(start, end);
}

function styleOf(text: string, start: number, end: number): number {
  if (start === end) return 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Number(text.slice(start, end));
    n = n * 10 + c - 48;
  }
  return n;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Read into `into` (reused by the caller for every cell, so nothing is allocated). Malformed text reads as far as it goes. */
export function readCellTag(raw: string, into: CellTag): CellTag {
  into.col = undefined;
  into.type = "n";
  into.style = 0;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    if (isSpace(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && !isSpace(raw.charCodeAt(i)) && raw.charCodeAt(i) !== 61) i++;
    const nameEnd = i;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 61 /* = */) break;
    i++;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const quote = raw.charCodeAt(i);
    if (quote !== 34 && quote !== 39) break;
    let start = i + 1;
    let end = raw.indexOf(quote === 34 ? '"' : "'", start);
    if (end < 0) break;
    i = end + 1;
    if (nameEnd - nameStart !== 1) continue;
    const name = raw.charCodeAt(nameStart);
    if (name !== 114 && name !== 115 && name !== 116) continue;
    let text = raw;
    if (raw.indexOf("&", start) >= 0 && raw.indexOf("&", start) < end) {
      text = decodeEntities(raw.slice(start, end));
      start = 0;
      end = text.length;
    }
    if (name === 114 /* r */) into.col = start === end ? undefined : columnOf(text, start, end);
    else if (name === 115 /* s */) into.style = styleOf(text, start, end);
    else into.type = typeOf(text, start, end);
  }
  return into;
}
