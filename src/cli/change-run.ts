// The part of `apply` and `letter-table` that computes the change table: open the workbook(s) and
// hand them to the use case, which finds the allocation sheet and the change entries, decides the
// budget year and applies the changes.
import type { ChangeTable } from "../core/changes/types";
import type { Diagnostic } from "../core/diagnostics";
import { type ApplyReport, applyChanges } from "../core/use-cases/apply-changes";
import type { ReportFacts } from "../core/use-cases/facts";
import { choiceOption } from "./args";
import { cliCharts, parseYearOption } from "./budget-year";
import { type CommandContext, append } from "./io";
import { type OpenedWorkbook, openWorkbook, workbookInput } from "./workbook-input";

export interface ChangeRun {
  readonly book: OpenedWorkbook;
  /** Null when no allocation sheet was found (the diagnostics say so). */
  readonly allocationSheet: string | null;
  readonly changesFile: string;
  readonly changeSheets: readonly string[];
  readonly table: ChangeTable | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly facts: ReportFacts;
  readonly report: ApplyReport;
}

/** Either a run (which may carry error diagnostics) or a usage/file failure with its diagnostic. */
export type ChangeRunResult = { ok: true; run: ChangeRun } | { ok: false; diagnostic: Diagnostic; usage: boolean };

export async function computeChangeRun(ctx: CommandContext): Promise<ChangeRunResult> {
  const { options, file } = ctx;
  const year = parseYearOption(options.year);
  if (!year.ok) return { ok: false, diagnostic: year.diagnostic, usage: true };
  const kindOption = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kindOption.ok) return { ok: false, diagnostic: kindOption.diagnostic, usage: true };
  const sheetName = typeof options.sheet === "string" ? options.sheet : undefined;
  const changesSheetName = typeof options["changes-sheet"] === "string" ? options["changes-sheet"] : undefined;
  const changesPath = typeof options.changes === "string" ? options.changes : null;

  const opened = await openWorkbook(file);
  if (!opened.ok) return { ok: false, diagnostic: opened.diagnostic, usage: false };
  const book = opened.book;
  let changesBook = book;
  if (changesPath !== null) {
    const other = await openWorkbook(changesPath);
    if (!other.ok) return { ok: false, diagnostic: other.diagnostic, usage: false };
    changesBook = other.book;
  }
  const workbook = workbookInput(book);
  const report = await applyChanges({
    workbook,
    ...(changesBook === book ? {} : { changesWorkbook: workbookInput(changesBook) }),
    options: {
      ...(year.year !== null ? { year: year.year } : {}),
      ...(sheetName !== undefined ? { sheet: sheetName } : {}),
      ...(changesSheetName !== undefined ? { changesSheet: changesSheetName } : {}),
      ...(kindOption.value !== "auto" ? { kind: kindOption.value } : {}),
    },
    charts: cliCharts,
    now: ctx.io.now(),
  });
  if (report.refused) return { ok: false, diagnostic: report.refused, usage: true };
  const diagnostics: Diagnostic[] = append([...book.diagnostics], changesBook === book ? [] : changesBook.diagnostics, report.diagnostics);
  return {
    ok: true,
    run: {
      book,
      allocationSheet: report.allocation?.read.sheet ?? null,
      changesFile: changesBook.path,
      changeSheets: report.noChanges ? [] : report.changeSheets,
      table: report.noChanges ? null : report.table,
      diagnostics,
      facts: report.facts,
      report,
    },
  };
}
