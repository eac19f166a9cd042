// Reads an .xlsx file into Grids, one per worksheet, streaming each sheet's XML out of the zip so
// that large files are read quickly and in bounded memory. Every way a file can fail to be a
// readable workbook ends as one Diagnostic (never a throw), so the command line can say what is wrong.
import { promises as fs } from "node:fs";
import type { Readable } from "node:stream";
import { LateHeaderError, ReadWholeError } from "../core/allocations/read-whole";
import type { CellValue, Grid } from "../core/grid";
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

interface OpenPackage {
  readonly bytes: Buffer;
  readonly part: (name: string) => ZipEntry | undefined;
  readonly stream: (entry: ZipEntry) => Readable;
  readonly workbookEntry: ZipEntry;
}

async function openPackage(path: string): Promise<OpenPackage | { failure: WorkbookReadResult }> {
  const bytes = await readBytes(path);
  if (bytes === "missing") return { failure: fileFailure("XLSX-FILE-NOT-FOUND", path) };
  if (bytes === "directory") return { failure: fileFailure("XLSX-NOT-A-FILE", path) };
  const failure = KIND_FAILURES[sniffFileKind(bytes)];
  if (failure) return { failure: fileFailure(failure, path) };

  const zip = openZip(bytes);
  if (!zip.ok) return { failure: fileFailure("XLSX-CORRUPT", path, { detail: zip.reason }) };
  const part = (name: string): ZipEntry | undefined => zip.entries.get(name) ?? (/^xl\/sharedstrings\.xml$/i.test(name) ? [...zip.entries.values()].find((e) => /^xl\/sharedstrings\.xml$/i.test(e.name)) : undefined);
  const workbookEntry = zip.entries.get("xl/workbook.xml");
  if (!workbookEntry) return { failure: fileFailure("XLSX-NOT-XLSX", path) };
  return { bytes, part, stream: (entry: ZipEntry) => entryStream(bytes, entry), workbookEntry };
}

/** What every sheet of the package is read with: the sheet list, shared strings and cell formats. */
async function packageParts(pkg: OpenPackage) {
  const { part, stream } = pkg;
  const relsEntry = part("xl/_rels/workbook.xml.rels");
  const rels = relsEntry ? await readRelationships(stream(relsEntry)) : new Map<string, string>();
  const info = await readWorkbookInfo(stream(pkg.workbookEntry), rels, "xl");
  const stringsEntry = part("xl/sharedStrings.xml");
  const sharedStrings = stringsEntry ? await readSharedStrings(stream(stringsEntry)) : [];
  const stylesEntry = part("xl/styles.xml");
  const cellFormats = stylesEntry ? await readCellFormats(stream(stylesEntry)) : [];
  return { info, sharedStrings, cellFormats };
}

type Parts = Awaited<ReturnType<typeof packageParts>>;

/**
 * The least XML a sheet can hold when the reader first asks `keepGoing` (after 4 096 rows, each at
 * least `<row/>`): a smaller sheet is never measured, so reading it need not load node:v8.
 */
const SMALLEST_MEASURED_SHEET = 16 * 1024;

/**
 * Whether reading the sheet may go on: the heap (alone: process.memoryUsage() measures the whole
 * process and costs more) below `fraction` of its limit. A sheet whose zip entry says it is too
 * small ever to be asked, yet is asked, holds more than its entry says: a damaged file.
 */
async function heapGuard(entry: ZipEntry, fraction: number): Promise<() => boolean> {
  if (entry.size < SMALLEST_MEASURED_SHEET) {
    return () => {
      throw new Error(`${entry.name} holds more than the ${entry.size} bytes its zip entry says`);
    };
  }
  const { getHeapStatistics } = await import("node:v8");
  const limit = getHeapStatistics().heap_size_limit * fraction;
  return () => getHeapStatistics().used_heap_size < limit;
}

function sheetContext(parts: Parts, keepGoing: () => boolean) {
  return {
    sharedStrings: parts.sharedStrings,
    date1904: parts.info.date1904,
    formatOfStyle: (style: number) => parts.cellFormats[style] ?? null,
    keepGoing,
  };
}

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookReadResult> {
  const pkg = await openPackage(path);
  if ("failure" in pkg) return pkg.failure;
  try {
    const parts = await packageParts(pkg);
    const sheets: WorkbookSheet[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const sheet of parts.info.sheets) {
      if (options.wantSheet && !options.wantSheet(sheet.name)) continue;
      const entry = pkg.part(sheet.path) ?? pkg.part(resolveTarget("", sheet.path));
      if (!entry) return fileFailure("XLSX-CORRUPT", path, { detail: `${sheet.path} is missing` });
      const result = await readSheetXml(sheet.name, pkg.stream(entry), sheetContext(parts, await heapGuard(entry, options.heapFraction ?? 0.3)));
      if (!result.complete) return fileFailure("XLSX-TOO-LARGE", path, { sheet: sheet.name, rows: result.rowsRead });
      sheets.push({ grid: result.grid, hidden: sheet.hidden });
      for (const d of result.diagnostics) diagnostics.push(d);
    }
    return { ok: true, sheets, sheetNames: parts.info.sheets.map((s) => s.name), diagnostics };
  } catch (error) {
    return fileFailure("XLSX-CORRUPT", path, { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** How a streamed read hands each sheet's rows on (see streamWorkbookFile). */
export interface SheetStreamPlan {
  /** Told the sheets (tab order) before any is read; returns whether to go on. */
  begin(sheets: readonly { name: string; hidden: boolean }[]): boolean;
  wants(sheet: string): boolean;
  sinkFor(sheet: string, hiddenColumns: readonly number[]): { row(index: number, values: readonly CellValue[], formats: readonly (string | null)[]): void; end(): void };
  /** Awaited between chunks of a sheet's XML. */
  settle(): Promise<void> | null;
}

/** "read-whole": `lateHeader` when a header row came below rows whose columns were inferred (else rows out of order). */
export type StreamReadResult = { ok: true; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic } | { ok: "read-whole"; lateHeader: boolean };

/** Chunks passed on one by one, waiting for `settle` after each (the consumer may be loading something). */
async function* settling(chunks: AsyncIterable<unknown>, settle: () => Promise<void> | null): AsyncGenerator<unknown> {
  for await (const chunk of chunks) {
    yield chunk;
    const pending = settle();
    if (pending) await pending;
  }
}

/**
 * Reads the workbook's sheets as streams of rows, none kept: each row goes to the plan's sink for
 * its sheet as it is parsed. When the streamed reading cannot be the whole-sheet reader's (rows
 * out of order in a damaged or odd file, a header row below rows read without one), the read ends
 * with "read-whole", so the caller can read the file whole instead.
 */
export async function streamWorkbookFile(path: string, plan: SheetStreamPlan): Promise<StreamReadResult> {
  const pkg = await openPackage(path);
  if ("failure" in pkg) return pkg.failure as { ok: false; diagnostic: Diagnostic };
  try {
    const parts = await packageParts(pkg);
    if (!plan.begin(parts.info.sheets.map((s) => ({ name: s.name, hidden: s.hidden })))) return { ok: true, diagnostics: [] };
    const diagnostics: Diagnostic[] = [];
    for (const sheet of parts.info.sheets) {
      if (!plan.wants(sheet.name)) continue;
      const entry = pkg.part(sheet.path) ?? pkg.part(resolveTarget("", sheet.path));
      if (!entry) return fileFailure("XLSX-CORRUPT", path, { detail: `${sheet.path} is missing` }) as { ok: false; diagnostic: Diagnostic };
      let sink: ReturnType<SheetStreamPlan["sinkFor"]> | null = null;
      const result = await readSheetXml(sheet.name, settling(pkg.stream(entry), () => plan.settle()), sheetContext(parts, await heapGuard(entry, 0.3)), {
        start: (hidden) => (sink = plan.sinkFor(sheet.name, hidden)),
      });
      if (!result.complete) return fileFailure("XLSX-TOO-LARGE", path, { sheet: sheet.name, rows: result.rowsRead }) as { ok: false; diagnostic: Diagnostic };
      sink!.end();
      for (const d of result.diagnostics) diagnostics.push(d);
    }
    return { ok: true, diagnostics };
  } catch (error) {
    if (error instanceof ReadWholeError) return { ok: "read-whole", lateHeader: error instanceof LateHeaderError };
    return fileFailure("XLSX-CORRUPT", path, { detail: error instanceof Error ? error.message : String(error) }) as { ok: false; diagnostic: Diagnostic };
  }
}
