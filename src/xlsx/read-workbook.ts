// Reads an .xlsx file into Grids, one per worksheet, streaming the sheet XML so that large
// files are read quickly and in bounded memory. Every way a file can fail to be a readable
// workbook ends as one Diagnostic (never a throw), so the command line can say what is wrong.
import { promises as fs } from "node:fs";
import { getHeapStatistics } from "node:v8";
import ExcelJS from "exceljs";
import type { Grid } from "../core/grid";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { type FileKind, isCompoundFileHead, sniffFileKind } from "./sniff";
import { readSheetXml, decodeOoxmlEscapes } from "./sheet-xml";

export interface WorkbookSheet {
  readonly grid: Grid;
  readonly hidden: boolean;
}

export interface ReadWorkbookOptions {
  /** Parse only the sheets this accepts (others are skipped unread). */
  readonly wantSheet?: (name: string) => boolean;
  /** Stop with XLSX-TOO-LARGE when the heap passes this share of its limit (default 0.7). */
  readonly heapFraction?: number;
}

export type WorkbookReadResult =
  | {
      readonly ok: true;
      /** The sheets read, in the workbook's tab order. */
      readonly sheets: WorkbookSheet[];
      /** Every sheet's name in tab order, read or not. */
      readonly sheetNames: string[];
      readonly diagnostics: Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

type RichText = { richText: { text?: string | null }[] };

// The parts of exceljs's streaming reader used here; `parse()` is public, its fields are not typed.
interface StreamingReader {
  parse(): AsyncIterator<{ eventType: string; value: StreamingSheet }>;
  sharedStrings?: (string | RichText | null)[];
  styles: { getStyleModel(id: number): { numFmt?: string } | undefined };
  properties?: { date1904?: boolean };
  model?: { sheets?: { id: number; name: string; rId: string; state?: string }[] };
}

interface StreamingSheet {
  id: number | string;
  name: string;
  state?: string;
  iterator: AsyncIterable<unknown>;
}

function fileFailure(code: string, path: string, params: Record<string, string | number> = {}): WorkbookReadResult {
  return { ok: false, diagnostic: diagnostic("error", code, { file: path, ...params }) };
}

async function classify(path: string): Promise<FileKind | "missing" | "directory"> {
  let handle: fs.FileHandle;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return "directory";
    handle = await fs.open(path, "r");
  } catch {
    return "missing";
  }
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    const start = head.subarray(0, bytesRead);
    // A compound file names its streams in a directory that may sit anywhere: look at all of it.
    return sniffFileKind(isCompoundFileHead(start) ? await handle.readFile() : start);
  } finally {
    await handle.close();
  }
}

const KIND_FAILURES: Partial<Record<FileKind | "missing" | "directory", string>> = {
  missing: "XLSX-FILE-NOT-FOUND",
  directory: "XLSX-NOT-A-FILE",
  empty: "XLSX-EMPTY-FILE",
  "encrypted-ooxml": "XLSX-ENCRYPTED",
  "legacy-xls": "XLSX-LEGACY-XLS",
  "ole-other": "XLSX-NOT-XLSX",
  other: "XLSX-NOT-XLSX",
};

function plainText(s: string | RichText | null | undefined): string {
  if (s === null || s === undefined) return "";
  if (typeof s === "string") return decodeOoxmlEscapes(s);
  return decodeOoxmlEscapes(s.richText.map((r) => r.text ?? "").join(""));
}

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookReadResult> {
  const kind = await classify(path);
  const failure = KIND_FAILURES[kind];
  if (failure) return fileFailure(failure, path);

  const heapLimit = getHeapStatistics().heap_size_limit * (options.heapFraction ?? 0.7);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  }) as unknown as StreamingReader;

  const read: { sheet: WorkbookSheet; id: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen: { id: number; name: string }[] = [];
  let strings: string[] | null = null;
  const formatCache = new Map<number, string | null>();
  let tooLarge: { sheet: string; rows: number } | null = null;

  try {
    const events = reader.parse();
    for (let next = await events.next(); !next.done; next = await events.next()) {
      if (next.value.eventType !== "worksheet") continue;
      const ws = next.value.value;
      const id = Number(ws.id);
      seen.push({ id, name: ws.name });
      if (options.wantSheet && !options.wantSheet(ws.name)) continue;
      if (strings === null) strings = (reader.sharedStrings ?? []).map(plainText);
      const sharedStrings = strings;
      const result = await readSheetXml(ws.name, ws.iterator, {
        sharedStrings,
        date1904: reader.properties?.date1904 === true,
        formatOfStyle(style) {
          let f = formatCache.get(style);
          if (f === undefined) {
            const numFmt = reader.styles.getStyleModel(style)?.numFmt;
            f = numFmt && numFmt !== "General" ? numFmt : null;
            formatCache.set(style, f);
          }
          return f;
        },
        keepGoing: () => process.memoryUsage().heapUsed < heapLimit,
      });
      if (!result.complete) {
        tooLarge = { sheet: ws.name, rows: result.rowsRead };
        break;
      }
      read.push({ sheet: { grid: result.grid, hidden: ws.state === "hidden" || ws.state === "veryHidden" }, id });
      diagnostics.push(...result.diagnostics);
    }
  } catch (error) {
    return fileFailure("XLSX-CORRUPT", path, { detail: error instanceof Error ? error.message : String(error) });
  }
  if (tooLarge) {
    return fileFailure("XLSX-TOO-LARGE", path, { sheet: tooLarge.sheet, rows: tooLarge.rows });
  }
  if (!reader.model) return fileFailure("XLSX-NOT-XLSX", path);

  // Tab order is the order of <sheet> elements in workbook.xml, not the order of files in the zip.
  const order = new Map<number, number>();
  (reader.model.sheets ?? []).forEach((s, i) => order.set(Number(s.id), i));
  const rank = (id: number) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  read.sort((a, b) => rank(a.id) - rank(b.id));
  seen.sort((a, b) => rank(a.id) - rank(b.id));
  return { ok: true, sheets: read.map((r) => r.sheet), sheetNames: seen.map((s) => s.name), diagnostics };
}
