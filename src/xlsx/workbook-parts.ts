// The parts of an .xlsx around its sheets: the sheet list and date system (xl/workbook.xml),
// where each sheet lives (its relationships), the shared strings and the cells' number formats.
import parseSax = require("exceljs/lib/utils/parse-sax");
import { builtInFormat } from "./number-formats";
import { decodeOoxmlEscapes } from "./sheet-xml";
import { scanXml } from "./xml-scan";

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

/** Element names without their namespace prefix (some writers use x:sheet). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

export async function readRelationships(xml: Xml): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for await (const events of parseSax(xml)) {
    for (const e of events) {
      if (e.eventType === "opentag" && local(e.value.name) === "Relationship") targets.set(e.value.attributes.Id, e.value.attributes.Target);
    }
  }
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
  for await (const events of parseSax(xml)) {
    for (const e of events) {
      if (e.eventType !== "opentag") continue;
      const name = local(e.value.name);
      const a = e.value.attributes;
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
  for await (const events of parseSax(xml)) {
    for (const e of events) {
      if (e.eventType === "text") continue;
      const name = local(e.value.name);
      if (e.eventType === "opentag") {
        if (name === "numFmt") custom.set(Number(e.value.attributes.numFmtId), e.value.attributes.formatCode);
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = Number(e.value.attributes.numFmtId ?? 0);
          const format = custom.get(id) ?? builtInFormat(id) ?? null;
          formats.push(format === "General" ? null : format);
        }
      } else if (name === "cellXfs") inCellXfs = false;
    }
  }
  return formats;
}
