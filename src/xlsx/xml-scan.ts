// A small, fast XML scanner for worksheet XML. A sheet is thousands of tiny, regular elements
// (<row>, <c r="B7" s="3" t="s"><v>12</v></c>); a general SAX parser spends most of its time on
// generality this needs none of. What it does handle: tags split across chunks, self-closing tags,
// namespace prefixes, entities, CDATA, comments and processing instructions. The caller stops the
// scan (returning false) once it has what it needs, e.g. at </sheetData>.
import { StringDecoder } from "node:string_decoder";

export interface ScanHandler {
  /** `attributes` is the raw text after the name; parse it with `attributesOf` when needed. Return false to stop. */
  open(name: string, attributes: string, selfClosing: boolean): boolean | void;
  close(name: string): boolean | void;
  /** Entity-decoded text between tags (also whitespace), only while `wantsText` says so. */
  text(text: string): void;
  /** Whether the next text matters; most text in a sheet (whitespace between tags) does not. */
  wantsText(): boolean;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributesOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m !== null; m = ATTRIBUTE.exec(raw)) {
    out[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * The local name of the tag name at buf[start, end). The names of a sheet's cells (c, v, f, t,
 * row) come millions of times: they are given as constants instead of new strings.
 */
function nameAt(buf: string, start: number, end: number): string {
  const length = end - start;
  if (length === 1) {
    switch (buf.charCodeAt(start)) {
      case 99:
        return "c";
      case 118:
        return "v";
      case 102:
        return "f";
      case 116:
        return "t";
    }
  } else if (length === 3 && buf.charCodeAt(start) === 114 && buf.charCodeAt(start + 1) === 111 && buf.charCodeAt(start + 2) === 119) return "row";
  return localName(buf.slice(start, end));
}

/** Scan chunks of XML (Buffers or strings); resolves true when it ran to the end, false when the handler stopped it. */
export async function scanXml(chunks: AsyncIterable<unknown>, handler: ScanHandler): Promise<boolean> {
  const decoder = new StringDecoder("utf8");
  let buf = "";
  for await (const chunk of chunks) {
    buf += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      // Text is only taken once the next tag is in view, so an entity is never cut in two.
      if (lt < 0) break;
      if (lt > pos && handler.wantsText()) handler.text(decodeEntities(buf.slice(pos, lt)));
      pos = lt;
      const next = buf.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (buf.startsWith("<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end < 0) break;
          if (handler.wantsText()) handler.text(buf.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
      }
      const gt = buf.indexOf(">", lt + 1);
      if (gt < 0) break;
      pos = gt + 1;
      if (next === 63 /* ? */ || next === 33) continue;
      if (next === 47 /* / */) {
        const closing = buf.charCodeAt(gt - 1) <= 32 ? localName(buf.slice(lt + 2, gt).trim()) : nameAt(buf, lt + 2, gt);
        if (handler.close(closing) === false) return false;
        continue;
      }
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      const tagEnd = selfClosing ? gt - 1 : gt;
      let end = lt + 1;
      while (end < tagEnd && buf.charCodeAt(end) > 32 && buf.charCodeAt(end) !== 47) end++;
      const name = nameAt(buf, lt + 1, end);
      if (handler.open(name, end < tagEnd ? buf.slice(end, tagEnd) : "", selfClosing) === false) return false;
      if (selfClosing && handler.close(name) === false) return false;
    }
    buf = buf.slice(pos);
  }
  return true;
}
