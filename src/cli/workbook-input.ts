// Opening the input workbook(s) and choosing sheets for a command: by the name the user gave,
// or, when none is named, the visible ones in tab order; sheet names that break ties between them.
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import type { WorkbookInput } from "../core/use-cases/workbook";
import { type WorkbookSheet, readWorkbookFile } from "../xlsx/read-workbook";

export interface OpenedWorkbook {
  readonly path: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly sheetNames: readonly string[];
  /** What the adapter noticed while reading (formulas without a stored result ...). */
  readonly diagnostics: readonly Diagnostic[];
}

export type Opened = { ok: true; book: OpenedWorkbook } | { ok: false; diagnostic: Diagnostic };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("nb") === b.trim().toLocaleLowerCase("nb");

/** Read a workbook; with `onlySheets`, the other sheets are skipped unread (faster on big files). */
export async function openWorkbook(path: string, onlySheets?: readonly string[]): Promise<Opened> {
  const wanted = onlySheets?.filter((s) => s !== "");
  const result = await readWorkbookFile(path, wanted && wanted.length > 0 ? { wantSheet: (name) => wanted.some((w) => sameName(w, name)) } : {});
  if (!result.ok) return result;
  return { ok: true, book: { path, sheets: result.sheets, sheetNames: result.sheetNames, diagnostics: result.diagnostics } };
}

/** The sheet the user named (exact name first, then ignoring case and surrounding spaces). */
export function namedSheet(book: OpenedWorkbook, name: string): { ok: true; sheet: WorkbookSheet } | { ok: false; diagnostic: Diagnostic } {
  const sheet = book.sheets.find((s) => s.grid.sheet === name) ?? book.sheets.find((s) => sameName(s.grid.sheet, name));
  if (sheet) return { ok: true, sheet };
  const sheets = book.sheetNames.map((n) => `«${n}»`).join(", ");
  return { ok: false, diagnostic: diagnostic("error", "CLI-SHEET-NOT-FOUND", { sheet: name, file: book.path, sheets }) };
}

/** The workbook as the use cases take it: its sheets in tab order with their hidden flags, and its file name. */
export function workbookInput(book: OpenedWorkbook): WorkbookInput {
  return { fileName: book.path, sheets: book.sheets, sheetNames: book.sheetNames };
}
