// Reads an .xlsx file into Grids, one per worksheet, streaming each sheet's XML out of the zip so
// that large files are read quickly and in bounded memory. Every way a file can fail to be a
// readable workbook ends as one Diagnostic (never a throw), so the command line can say what is wrong.
import { promises as fs } from "node:fs";
import { getHeapStatistics } from "node:v8";
import type { Grid } from "../core/grid";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { type FileKind, sniffFileKind } from "./sniff";
import { readSheetXml } from "./sheet-xml";
import { readCellFormats, readRelationships, readSharedStrings, readWorkbookInfo, resolveTarget } from "./workbook-parts";
import { type ZipEntry, entryStream, openZip } from "./zip";

export interface WorkbookSheet {
  readonly grid: Grid;
  readonly hidden: boolean;
}

export interface ReadWorkbookOptions {
  /** Parse only the sheets this accepts (others are skipped unread). */
  readonly wantSheet?: (name: string) => boolean;
  /**
   * Stop with XLSX-TOO-LARGE when the heap passes this share of its limit while reading (default
   * 0.3): the engine's records and the report take about twice what the grid takes, so a file
   * that fills a third of the heap would run out of memory later, with a crash instead of a message.
   */
  readonly heapFraction?: number;
}

export type WorkbookReadResult =
  | {
      readonly ok: true;
      /** The sheets read, in the workbook's tab order. */
      readonly sheets: WorkbookSheet[];
      /** Every worksheet's name in tab order, read or not. */
      readonly sheetNames: string[];
      readonly diagnostics: Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

function fileFailure(code: string, path: string, params: Record<string, string | number> = {}): WorkbookReadResult {
  return { ok: false, diagnostic: diagnostic("error", code, { file: path, ...params }) };
}

const KIND_FAILURES: Partial<Record<FileKind, string>> = {
  empty: "XLSX-EMPTY-FILE",
  "encrypted-ooxml": "XLSX-ENCRYPTED",
  "legacy-xls": "XLSX-LEGACY-XLS",
  "ole-other": "XLSX-NOT-XLSX",
  other: "XLSX-NOT-XLSX",
};

async function readBytes(path: string): Promise<Buffer | "missing" | "directory"> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return "directory";
    return await fs.readFile(path);
  } catch {
    return "missing";
  }
}

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookReadResult> {
  const bytes = await readBytes(path);
  if (bytes === "missing") return fileFailure("XLSX-FILE-NOT-FOUND", path);
  if (bytes === "directory") return fileFailure("XLSX-NOT-A-FILE", path);
  const failure = KIND_FAILURES[sniffFileKind(bytes)];
  if (failure) return fileFailure(failure, path);

  const zip = openZip(bytes);
  if (!zip.ok) return fileFailure("XLSX-CORRUPT", path, { detail: zip.reason });
  const part = (name: string): ZipEntry | undefined => zip.entries.get(name);
  const stream = (entry: ZipEntry) => entryStream(bytes, entry);

  const workbookEntry = part("xl/workbook.xml");
  if (!workbookEntry) return fileFailure("XLSX-NOT-XLSX", path);
  const heapLimit = getHeapStatistics().heap_size_limit * (options.heapFraction ?? 0.3);

  try {
    const relsEntry = part("xl/_rels/workbook.xml.rels");
    const rels = relsEntry ? await readRelationships(stream(relsEntry)) : new Map<string, string>();
    const info = await readWorkbookInfo(stream(workbookEntry), rels, "xl");
    const stringsEntry = part("xl/sharedStrings.xml") ?? [...zip.entries.values()].find((e) => /^xl\/sharedstrings\.xml$/i.test(e.name));
    const sharedStrings = stringsEntry ? await readSharedStrings(stream(stringsEntry)) : [];
    const stylesEntry = part("xl/styles.xml");
    const cellFormats = stylesEntry ? await readCellFormats(stream(stylesEntry)) : [];

    const sheets: WorkbookSheet[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const sheet of info.sheets) {
      if (options.wantSheet && !options.wantSheet(sheet.name)) continue;
      const entry = part(sheet.path) ?? part(resolveTarget("", sheet.path));
      if (!entry) return fileFailure("XLSX-CORRUPT", path, { detail: `${sheet.path} is missing` });
      const result = await readSheetXml(sheet.name, stream(entry), {
        sharedStrings,
        date1904: info.date1904,
        formatOfStyle: (style) => cellFormats[style] ?? null,
        // The heap alone: process.memoryUsage() also measures the whole process, which costs more.
        keepGoing: () => getHeapStatistics().used_heap_size < heapLimit,
      });
      if (!result.complete) return fileFailure("XLSX-TOO-LARGE", path, { sheet: sheet.name, rows: result.rowsRead });
      sheets.push({ grid: result.grid, hidden: sheet.hidden });
      for (const d of result.diagnostics) diagnostics.push(d);
    }
    return { ok: true, sheets, sheetNames: info.sheets.map((s) => s.name), diagnostics };
  } catch (error) {
    return fileFailure("XLSX-CORRUPT", path, { detail: error instanceof Error ? error.message : String(error) });
  }
}
