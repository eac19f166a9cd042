// Writes the output workbook: the input package with the result sheets added. Every part of the
// input (sheets, charts, pivot tables, macros, comments, data validation ...) is copied as it was
// stored; only the added sheets and the parts that list sheets and styles are written anew
// (see OWNED below). The input file is only ever read; the copy is written to a temporary file
// beside the target and renamed into place, so a failed run never leaves half a workbook behind.
import { promises as fs, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { type OutputSheet, type OutputStyles, outputSheetXml } from "./output-sheet";
import {
  STYLES_CONTENT,
  WORKSHEET_CONTENT,
  addContentOverride,
  addRelationship,
  addSheetToWorkbook,
  dropCalcChain,
  listRelationships,
  listSheets,
  workbookContentType,
} from "./package-edit";
import { addOutputStyles } from "./styles-edit";
import { resolveTarget } from "./workbook-parts";
import { type ZipEntry, entryBytes, entryRawBytes, openZip } from "./zip";
import { ZipWriter } from "./zip-write";

export { type OutputCell, type OutputRows, type OutputSheet, firstDataRow } from "./output-sheet";

export type WriteResult = { ok: true; path: string } | { ok: false; diagnostic: Diagnostic };

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // The output usually does not exist yet: compare through its (existing) folder.
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when both paths name the same file (links and relative paths included). */
export function isSameFile(a: string, b: string): boolean {
  return realOrResolved(a) === realOrResolved(b);
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The new or replaced parts of the package, by name; null removes a part. */
type Changes = Map<string, Buffer | string | Iterable<string> | null>;

/** Plan the edit: which parts the added sheets replace or add, given the input package. */
function planEdit(bytes: Buffer, entries: Map<string, ZipEntry>, sheets: readonly OutputSheet[]): Changes {
  const text = (name: string): string | null => {
    const e = entries.get(name);
    return e ? entryBytes(bytes, e).toString("utf8") : null;
  };
  let workbook = text(WORKBOOK);
  let types = text(CONTENT_TYPES);
  if (workbook === null || types === null) throw new Error("the workbook has no xl/workbook.xml or [Content_Types].xml");
  let rels = text(WORKBOOK_RELS) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const changes: Changes = new Map();
  const relations = listRelationships(rels);
  const usedIds = new Set(relations.map((r) => r.id));
  const newId = () => {
    let n = relations.length + 1;
    while (usedIds.has(`rId${n}`)) n++;
    usedIds.add(`rId${n}`);
    return `rId${n}`;
  };

  // Styles: the workbook's own, with what the sheets need added.
  const stylesRel = relations.find((r) => r.type.endsWith("/styles"));
  const stylesPath = stylesRel ? resolveTarget("xl", stylesRel.target) : "xl/styles.xml";
  const formats = [...new Set(sheets.flatMap((s) => s.columns.flatMap((c) => (c.numFmt ? [c.numFmt] : []))))];
  const edited = addOutputStyles(text(stylesPath) ?? MINIMAL_STYLES, formats);
  let styles: OutputStyles = { header: 0, bold: 0, formats: new Map() };
  if (edited) {
    changes.set(stylesPath, edited.xml);
    styles = edited.styles;
    if (!stylesRel) {
      rels = addRelationship(rels, newId(), "styles", "styles.xml");
      types = addContentOverride(types, "/xl/styles.xml", STYLES_CONTENT);
    }
  }

  const listed = listSheets(workbook);
  let nextSheetId = listed.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  let replaced = false;
  for (const sheet of sheets) {
    const xml = outputSheetXml(sheet, styles);
    // A re-run replaces the sheet it wrote last time (same name, same place in the tab order).
    const existing = listed.find((s) => s.name === sheet.name);
    const target = existing ? relations.find((r) => r.id === existing.rid && r.type.endsWith("/worksheet")) : undefined;
    if (target) {
      changes.set(resolveTarget("xl", target.target), xml);
      replaced = true;
      continue;
    }
    let n = 1;
    while (entries.has(`xl/worksheets/sheet${n}.xml`) || changes.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const rid = newId();
    changes.set(path, xml);
    rels = addRelationship(rels, rid, "worksheet", `worksheets/sheet${n}.xml`);
    types = addContentOverride(types, `/${path}`, WORKSHEET_CONTENT);
    workbook = addSheetToWorkbook(workbook, sheet.name, nextSheetId++, rid);
  }
  if (replaced) {
    const dropped = dropCalcChain(rels, types);
    rels = dropped.rels;
    types = dropped.types;
    for (const name of entries.keys()) if (/^xl\/calcChain\.xml$/i.test(name)) changes.set(name, null);
  }
  changes.set(WORKBOOK, workbook);
  changes.set(WORKBOOK_RELS, rels);
  changes.set(CONTENT_TYPES, types);
  return changes;
}

/** The output's file ending must fit the input: a macro-enabled workbook stays .xlsm, or Excel refuses to open it. */
function extensionProblem(bytes: Buffer, entries: Map<string, ZipEntry>, outPath: string): string | null {
  const typesEntry = entries.get(CONTENT_TYPES);
  const macros = typesEntry ? /macroEnabled/i.test(workbookContentType(entryBytes(bytes, typesEntry).toString("utf8"))) : false;
  if (macros) return /\.xlsm$/i.test(outPath) ? null : "CLI-OUT-NOT-XLSM";
  return /\.xlsx$/i.test(outPath) ? null : "CLI-OUT-NOT-XLSX";
}

async function writePackage(outPath: string, bytes: Buffer, entries: Map<string, ZipEntry>, changes: Changes): Promise<void> {
  const file = await fs.open(outPath, "w");
  try {
    const zip = new ZipWriter(file);
    for (const entry of entries.values()) {
      if (changes.has(entry.name)) {
        const content = changes.get(entry.name);
        if (content !== null && content !== undefined) await zip.add(entry.name, content);
        continue;
      }
      const raw = entryRawBytes(bytes, entry);
      if (typeof raw === "string") throw new Error(raw);
      await zip.copy(entry, raw);
    }
    for (const [name, content] of changes) if (!entries.has(name) && content !== null) await zip.add(name, content);
    await zip.finish();
  } finally {
    await file.close();
  }
}

/**
 * Copy `inputPath` to `outPath` with `sheets` added (replacing same-named sheets).
 * Refuses when `outPath` is the input file itself.
 */
export async function writeWorkbookCopy(inputPath: string, outPath: string, sheets: readonly OutputSheet[]): Promise<WriteResult> {
  if (isSameFile(inputPath, outPath)) {
    return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-IS-INPUT", { file: inputPath }) };
  }
  if (!/\.xls[xm]$/i.test(outPath)) {
    return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-NOT-XLSX", { file: outPath }) };
  }
  let bytes: Buffer;
  let entries: Map<string, ZipEntry>;
  let changes: Changes;
  try {
    bytes = await fs.readFile(inputPath);
    const zip = openZip(bytes);
    if (!zip.ok) throw new Error(zip.reason);
    entries = zip.entries;
    const problem = extensionProblem(bytes, entries, outPath);
    if (problem) return { ok: false, diagnostic: diagnostic("error", problem, { file: outPath }) };
    changes = planEdit(bytes, entries, sheets);
  } catch (error) {
    return { ok: false, diagnostic: diagnostic("error", "XLSX-CORRUPT", { file: inputPath, detail: String((error as Error).message ?? error) }) };
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dirname(resolve(outPath)), { recursive: true });
    await writePackage(temp, bytes, entries, changes);
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, diagnostic: diagnostic("error", "XLSX-WRITE-FAILED", { file: outPath, detail: String((error as Error).message ?? error) }) };
  }
  return { ok: true, path: outPath };
}
