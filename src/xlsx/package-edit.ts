// Edits of the package parts that list a workbook's sheets: the sheet list (xl/workbook.xml), its
// relationships (xl/_rels/workbook.xml.rels) and the content types ([Content_Types].xml). Each is
// a small text edit that leaves everything else in the part as it was written.

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CALC_CHAIN_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";

export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

const attr = (s: string) => s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

export interface SheetListing {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
}

/** The <sheet> elements of xl/workbook.xml. */
export function listSheets(workbookXml: string): SheetListing[] {
  const out: SheetListing[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
    out.push({ name: a.get("name") ?? "", sheetId: Number(a.get("sheetId") ?? 0), rid });
  }
  return out;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function listRelationships(relsXml: string): Relationship[] {
  return [...relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "" };
  });
}

/** A new sheet at the end of the tab order. */
export function addSheetToWorkbook(workbookXml: string, name: string, sheetId: number, rid: string): string {
  const close = /<\/(\w+:)?sheets>/.exec(workbookXml);
  if (!close) throw new Error("xl/workbook.xml has no sheet list");
  const prefix = close[1] ?? "";
  // The prefix the workbook declares for relationship ids (r: nearly always); declared here if none.
  const declared = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(workbookXml)?.[1];
  const idAttr = declared ? `${declared}:id="${rid}"` : `xmlns:r="${REL_NS}" r:id="${rid}"`;
  const element = `<${prefix}sheet name="${attr(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  return workbookXml.slice(0, close.index) + element + workbookXml.slice(close.index);
}

function insertBeforeClose(xml: string, root: string, element: string): string {
  const close = new RegExp(`</(\\w+:)?${root}>\\s*$`).exec(xml);
  if (!close) throw new Error(`no closing ${root} element`);
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

export function addRelationship(relsXml: string, id: string, type: "worksheet" | "styles", target: string): string {
  const t = type === "worksheet" ? WORKSHEET_TYPE : STYLES_TYPE;
  return insertBeforeClose(relsXml, "Relationships", `<Relationship Id="${attr(id)}" Type="${t}" Target="${attr(target)}"/>`);
}

export function addContentOverride(typesXml: string, partName: string, contentType: string): string {
  if (typesXml.includes(`PartName="${partName}"`)) return typesXml;
  return insertBeforeClose(typesXml, "Types", `<Override PartName="${attr(partName)}" ContentType="${contentType}"/>`);
}

/** The workbook without its calculation chain: Excel rebuilds it, and an old one naming replaced cells would make Excel repair the file. */
export function dropCalcChain(relsXml: string, typesXml: string): { rels: string; types: string } {
  return {
    rels: relsXml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => (attributes(tag).get("Type") === CALC_CHAIN_TYPE ? "" : tag)),
    types: typesXml.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) => (/calcChain/i.test(attributes(tag).get("PartName") ?? "") ? "" : tag)),
  };
}

/** The content type of the workbook part: tells an .xlsm (macro-enabled) from an .xlsx. */
export function workbookContentType(typesXml: string): string {
  for (const m of typesXml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.get("PartName") === "/xl/workbook.xml") return a.get("ContentType") ?? "";
  }
  return "";
}
