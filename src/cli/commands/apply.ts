// `tildeling apply FILE.xlsx`: apply the change entries to the allocation sheet, print the change
// table (or JSON), and with --out write a copy of the workbook with the result sheets added.
import { basename } from "node:path";
import { failed } from "../../core/use-cases/workbook";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { factsLine } from "../../core/use-cases/facts-text";
import { type JsonValue, changeTableToJson } from "../../core/render/change-table-json";
import { changeTableTextRows } from "../../core/render/change-table-text";
import { type ChangeRun, computeChangeRun } from "../change-run";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK } from "../io";
import { LazyJsonArray } from "../json-out";
import { TEXT_DIAGNOSTICS_LIMIT, alignColumns, diagnosticsJson, diagnosticsText, fail, orderDiagnostics, printJson, summaryText } from "../report";

/** The change table's rows as JSON made one by one as they are written (see json-out). */
const lazyList = <T>(items: readonly T[], toJson: (item: T) => JsonValue): JsonValue => new LazyJsonArray(items, toJson) as unknown as JsonValue;

function sheetList(sheets: readonly string[]): string {
  return sheets.map((s) => `«${s}»`).join(", ");
}

export function sourcesText(run: ChangeRun, lang: Lang): string {
  const changes = run.changesFile === run.book.path ? sheetList(run.changeSheets) : `${sheetList(run.changeSheets)} (${run.changesFile})`;
  return formatMessage("CLI-APPLY-SOURCES", { allocation: run.allocationSheet ?? "", changes }, lang);
}

/** The change table as aligned text: the engine's tab-separated cells, padded into columns. */
export function changeTableText(run: ChangeRun, lang: Lang): string {
  if (!run.table) return "";
  return alignColumns(changeTableTextRows(run.table, { lang, totals: true, newLines: true }), new Set([1, 2, 3]));
}

export async function runApply(ctx: CommandContext): Promise<number> {
  const { io, lang, options, file } = ctx;
  const json = options.json === true;
  const out = typeof options.out === "string" ? options.out : null;
  const result = await computeChangeRun(ctx);
  if (!result.ok) return fail(io, result.diagnostic, lang, json, result.usage ? "apply" : undefined);
  const run = result.run;
  const diagnostics = [...run.diagnostics];
  // Ordered once for both the notes sheet and the text report (tens of thousands of findings).
  const ordered = out !== null || !json ? orderDiagnostics(diagnostics) : [];

  let written: string | null = null;
  let writtenSheet = "";
  if (out !== null && run.table) {
    // The workbook writer is loaded only when a copy is written: `apply` without --out need not load it.
    const [{ writeWorkbookCopy }, { CHANGE_SHEET, changeTableSheet, notesSheet }] = await Promise.all([import("../../xlsx/write-workbook"), import("../change-table-sheet")]);
    writtenSheet = CHANGE_SHEET;
    const changes = sheetList(run.changeSheets);
    const source = formatMessage("CLI-OUT-SOURCE", { allocation: run.allocationSheet ?? "", changes, file: basename(file) }, lang);
    const sheets = [changeTableSheet(run.table, lang, source), notesSheet(ordered, lang)];
    const write = await writeWorkbookCopy(file, out, sheets);
    if (!write.ok) return fail(io, write.diagnostic, lang, json, write.diagnostic.code.startsWith("CLI-") ? "apply" : undefined);
    written = write.path;
  }

  if (json) {
    const table = run.table ? changeTableToJson(run.table, lang, { diagnostics: false, list: lazyList }) : { unit: null, lines: [], otherLines: [], totals: null };
    printJson(io, {
      file,
      allocationSheet: run.allocationSheet,
      changesFile: run.changesFile,
      changeSheets: run.changeSheets,
      ...table,
      facts: run.facts,
      diagnostics: diagnosticsJson(diagnostics, lang),
      ...(written ? { out: written } : {}),
    });
  } else {
    const lines: string[] = [];
    if (run.allocationSheet && run.changeSheets.length > 0) lines.push(sourcesText(run, lang));
    const facts = run.table ? factsLine(run.facts, lang) : null;
    if (facts) lines.push(facts);
    if (run.table) lines.push("", changeTableText(run, lang), "");
    if (diagnostics.length > 0) lines.push(diagnosticsText(ordered, lang, TEXT_DIAGNOSTICS_LIMIT, true));
    lines.push(summaryText(diagnostics, lang));
    if (written) lines.push(formatMessage("CLI-OUT-WRITTEN", { file: written, sheet: writtenSheet }, lang));
    io.out(`${lines.join("\n")}\n`);
  }
  return failed(diagnostics, options.strict === true) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
