// Adds the few cell styles the added sheets need (bold, a bold header with a rule below it, and
// number formats such as #,##0) to the workbook's own xl/styles.xml, keeping every existing style
// where it is: the workbook's cells refer to styles by position. A style already there is reused,
// so a second run does not grow the list.
import type { OutputStyles } from "./output-sheet";
import { xmlText } from "./output-sheet";

interface Section {
  /** The prefix with its colon ("x:") or "". */
  readonly prefix: string;
  readonly openStart: number;
  readonly openEnd: number;
  /** Where the closing tag starts (equal to openEnd for an element written <fonts/>). */
  readonly closeStart: number;
  readonly selfClosing: boolean;
}

function section(xml: string, name: string): Section | null {
  const open = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? "";
  const openEnd = open.index + open[0].length;
  if (open[2] === "/") return { prefix, openStart: open.index, openEnd, closeStart: openEnd, selfClosing: true };
  const closeStart = xml.indexOf(`</${prefix}${name}>`, openEnd);
  if (closeStart < 0) return null;
  return { prefix, openStart: open.index, openEnd, closeStart, selfClosing: false };
}

/** The child elements of a section, as written. */
function children(xml: string, s: Section, child: string): string[] {
  if (s.selfClosing) return [];
  const body = xml.slice(s.openEnd, s.closeStart);
  const p = s.prefix;
  const re = new RegExp(`<${p}${child}\\b(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</${p}${child}>)`, "g");
  return body.match(re) ?? [];
}

/** The section with `items` appended and its count attribute brought up to date. */
function appendTo(xml: string, name: string, child: string, items: readonly string[]): string {
  const s = section(xml, name);
  if (!s || items.length === 0) return xml;
  const count = children(xml, s, child).length + items.length;
  let open = xml.slice(s.openStart, s.openEnd).replace(/\/>$/, ">");
  open = /\bcount="\d*"/.test(open) ? open.replace(/\bcount="\d*"/, `count="${count}"`) : open.replace(/>$/, ` count="${count}">`);
  const close = s.selfClosing ? `</${s.prefix}${name}>` : "";
  return xml.slice(0, s.openStart) + open + xml.slice(s.openEnd, s.closeStart) + items.join("") + close + xml.slice(s.closeStart);
}

/** Index of `item` among the section's children (written exactly so), or where it will land when appended. */
function place(xml: string, name: string, child: string, item: string, pending: string[]): number {
  const s = section(xml, name);
  const existing = s ? children(xml, s, child) : [];
  const at = existing.indexOf(item);
  if (at >= 0) return at;
  const queued = pending.indexOf(item);
  if (queued >= 0) return existing.length + queued;
  pending.push(item);
  return existing.length + pending.length - 1;
}

/** The edited styles part and the style indices, or null when the part lacks what Excel requires (the sheets are then written unstyled). */
export function addOutputStyles(stylesXml: string, formats: readonly string[]): { xml: string; styles: OutputStyles } | null {
  const fontsSection = section(stylesXml, "fonts");
  const xfsSection = section(stylesXml, "cellXfs");
  if (!fontsSection || !xfsSection || !section(stylesXml, "borders")) return null;
  const p = fontsSection.prefix;
  const fonts = children(stylesXml, fontsSection, "font");
  // Bold in the workbook's own default font, so the added sheets look like the rest.
  const baseFont = fonts[0] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
  const boldFont = /<(\w+:)?b\s*\/>/.test(baseFont) ? baseFont : baseFont.replace(/^(<[^>]*?)\s*\/>$/, `$1></${p}font>`).replace(/^(<[^>]*>)/, `$1<${p}b/>`);

  const newFonts: string[] = [];
  const newBorders: string[] = [];
  const newFormats: string[] = [];
  const newXfs: string[] = [];
  const boldId = place(stylesXml, "fonts", "font", boldFont, newFonts);
  const ruleId = place(stylesXml, "borders", "border", `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom style="thin"><${p}color auto="1"/></${p}bottom><${p}diagonal/></${p}border>`, newBorders);

  const numFmtsSection = section(stylesXml, "numFmts");
  const known = new Map<string, number>();
  let nextId = 164;
  for (const f of numFmtsSection ? children(stylesXml, numFmtsSection, "numFmt") : []) {
    const id = Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? NaN);
    const code = /formatCode="([^"]*)"/.exec(f)?.[1];
    if (Number.isFinite(id)) nextId = Math.max(nextId, id + 1);
    if (code !== undefined && !known.has(code)) known.set(code, id);
  }
  const xfIndex = (numFmtId: number, fontId: number, borderId: number) => {
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (borderId) xf += ' applyBorder="1"';
    return place(stylesXml, "cellXfs", "xf", `${xf}/>`, newXfs);
  };

  const header = xfIndex(0, boldId, ruleId);
  const bold = xfIndex(0, boldId, 0);
  const styleFormats = new Map<string, { plain: number; bold: number }>();
  for (const code of formats) {
    const escaped = xmlText(code);
    let id = known.get(escaped);
    if (id === undefined) {
      id = nextId++;
      known.set(escaped, id);
      newFormats.push(`<${p}numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    }
    styleFormats.set(code, { plain: xfIndex(id, 0, 0), bold: xfIndex(id, boldId, 0) });
  }

  let xml = stylesXml;
  if (newFormats.length > 0 && !numFmtsSection) {
    // numFmts is the first child of styleSheet.
    const root = /<(\w+:)?styleSheet\b[^>]*>/.exec(xml);
    if (!root) return null;
    const at = root.index + root[0].length;
    xml = `${xml.slice(0, at)}<${p}numFmts count="0"></${p}numFmts>${xml.slice(at)}`;
  }
  xml = appendTo(xml, "numFmts", "numFmt", newFormats);
  xml = appendTo(xml, "fonts", "font", newFonts);
  xml = appendTo(xml, "borders", "border", newBorders);
  xml = appendTo(xml, "cellXfs", "xf", newXfs);
  return { xml, styles: { header, bold, formats: styleFormats } };
}
