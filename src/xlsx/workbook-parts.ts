// The parts of an .xlsx around its sheets: the sheet list and date system (xl/workbook.xml),
// where each sheet lives (its relationships), the shared strings and the cells' number formats.
// The small parts are read whole and their elements picked out with patterns that respect quoted
// attribute values (a number format may hold ">"); no general XML parser is loaded for them.
import { StringDecoder } from "node:string_decoder";
import { builtInFormat } from "./number-formats";
import { decodeOoxmlEscapes } from "./sheet-xml";
import { attributesOf, scanXml } from "./xml-scan";

export interface SheetEntry {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

export interface WorkbookInfo {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
}

type Xml = AsyncIterable<unknown>;

async function wholeText(xml: Xml): Promise<string> {
  const decoder = new StringDecoder("utf8");
  let text = "";
  for await (const chunk of xml) text += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
  return text + decoder.end();
}

/** Start tags (and closing tags when `withClose`) of the named elements, in document order, with or without a namespace prefix. */
function* tags(text: string, names: readonly string[], withClose = false): Generator<{ name: string; attributes: Record<string, string>; close: boolean; empty: boolean }> {
  const pattern = new RegExp(`<(/?)(?:[\\w.-]+:)?(${names.join("|")})(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, "g");
  for (const m of text.matchAll(pattern)) {
    if (m[1] === "/" && !withClose) continue;
    yield { name: m[2], attributes: m[1] === "/" ? {} : attributesOf(m[3]), close: m[1] === "/", empty: m[3].endsWith("/") };
  }
}

export async function readRelationships(xml: Xml): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for (const t of tags(await wholeText(xml), ["Relationship"])) targets.set(t.attributes.Id, t.attributes.Target);
  return targets;
}

/** A relationship target is relative to the folder of the part that names it, or absolute from the root. */
export function resolveTarget(fromFolder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${fromFolder}/${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export async function readWorkbookInfo(xml: Xml, rels: Map<string, string>, folder: string): Promise<WorkbookInfo> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (const { name, attributes: a } of tags(await wholeText(xml), ["workbookPr", "sheet"])) {
    if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    if (name === "sheet") {
      const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const target = rels.get(rid);
      // Chart sheets and dialog sheets have no cells; only worksheets are read.
      if (target && /worksheets\//.test(target)) {
        sheets.push({ name: a.name, path: resolveTarget(folder, target), hidden: a.state === "hidden" || a.state === "veryHidden" });
      }
    }
  }
  return { sheets, date1904 };
}

export async function readSharedStrings(xml: Xml): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  // Shared strings can be as many as the cells; the fast scanner reads them as it reads sheets.
  await scanXml(xml, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(decodeOoxmlEscapes(current ?? ""));
        current = null;
      }
    },
    wantsText: () => inText,
    text(text) {
      if (current !== null) current += text;
    },
  });
  return strings;
}

/** Number format of each cell style (index into cellXfs); null for General. */
export async function readCellFormats(xml: Xml): Promise<(string | null)[]> {
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  let inCellXfs = false;
  for (const { name, attributes: a, close, empty } of tags(await wholeText(xml), ["numFmt", "cellXfs", "xf"], true)) {
    if (name === "cellXfs") inCellXfs = !close && !empty;
    else if (close) continue;
    else if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode);
    else if (name === "xf" && inCellXfs) {
      const id = Number(a.numFmtId ?? 0);
      const format = custom.get(id) ?? builtInFormat(id) ?? null;
      formats.push(format === "General" ? null : format);
    }
  }
  return formats;
}
