// The actions the task pane calls (PaneActions), over Excel. Each action is one Excel.run: a
// request for the shape of what it reads, one for the data (row blocks only when a sheet is
// larger than one request may be), the computation in memory, and one write batch. Errors from
// Excel (InvalidOperationInCellEditMode while the user types in a cell, a deleted sheet) are
// rejected unchanged, with their code, for the pane to explain and offer a retry; nothing is
// half-written by a refused request, and a retried write replaces whatever a cut-short run left.
import { loadChartAsync } from "../core/chart/load-chart-async";
import type { Lang } from "../core/i18n/catalog";
import type { LetterChoice } from "../core/letter/letter-source";
import type {
  ChangePreview,
  ChangeRequest,
  CheckReport,
  DeadlineReport,
  LetterSheetReport,
  WorkbookActions,
  PaneSettings,
  Placement,
  ResultChoices,
  RunControl,
  SourceOption,
  SourceRef,
  WriteReport,
} from "../app/pane-actions";
import { type Rect, rectRef } from "./address";
import { type ChartLoader, type RunEnv, checkSource } from "./check";
import { changePreviewOf } from "../app/change-preview";
import { readChangeInputs } from "./changes";
import { flagDeadlines, writeDeadlineStatus } from "./deadlines";
import { ExcelAdapterError, excelErrorCode } from "./errors";
import { clearHighlight, highlight } from "./highlight";
import { type ExcelHost, hostFromGlobals } from "./host";
import { ownedName, sourceKey } from "./owned";
import { previousOutput, tableCandidate } from "./placement";
import { makeLetterSheet } from "./letter-actions";
import { writeLetterSheets } from "./letter-reading-sheets";
import { excelFeatures, missingSets } from "./requirements";
import { listSources } from "./sources";
import { createSourceWatcher } from "./watch";
import { writeAll } from "./write-batch";
import { describeWrite, planBeside, planNewSheet } from "./write-change-columns";
import { splitAddress } from "../core/grid";

export interface ExcelActionOptions {
  /** The Gul bok chart of a year; default: the lazily loaded chunk of that year. */
  readonly loadChart?: ChartLoader;
  /** The clock, for "this year" when nothing names the budget year; tests fix it. */
  readonly now?: () => Date;
}

export function createExcelActions(host: ExcelHost = hostFromGlobals(), options: ExcelActionOptions = {}): WorkbookActions {
  const loadChart = options.loadChart ?? loadChartAsync;
  const now = options.now ?? (() => new Date());
  const env = (): RunEnv => {
    const fileName = host.documentName?.();
    return { charts: loadChart, now: now(), hiddenPerColumn: excelFeatures(host.requirements).columnProperties, ...(fileName ? { fileName } : {}) };
  };

  /**
   * Excel.run, after checking that this Excel has the API sets the adapter uses. Where Excel can,
   * it waits while the user types in a cell instead of failing (delayForCellEdit).
   */
  function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const missing = missingSets(host.requirements);
    if (missing.length > 0) {
      const sets = missing.map((s) => `${s.name} ${s.version}`).join(", ");
      return Promise.reject(new ExcelAdapterError("XL-TOO-OLD", { sets }, `Excel lacks ${sets}`));
    }
    const features = excelFeatures(host.requirements);
    return host.run(batch, features.delayForCellEdit ? { delayForCellEdit: true } : {});
  }

  /**
   * A run that changes the workbook: one undo step where Excel can merge its syncs
   * (mergeUndoGroup); where it cannot, or refuses with UndoNotSupported (before anything is
   * written), it runs again without, and the report says Ctrl+Z cannot take it back as one step.
   */
  async function write<T extends object>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T & { undoable: boolean }> {
    const features = excelFeatures(host.requirements);
    if (missingSets(host.requirements).length > 0 || !features.mergeUndo) return { ...(await run(batch)), undoable: false };
    try {
      const result = await host.run(batch, { mergeUndoGroup: true, ...(features.delayForCellEdit ? { delayForCellEdit: true } : {}) });
      return { ...result, undoable: true };
    } catch (error) {
      if (excelErrorCode(error) !== "UndoNotSupported") throw error;
      return { ...(await run(batch)), undoable: false };
    }
  }

  const watchSource = createSourceWatcher(run);

  return {
    watchSource,

    listSources: () => run((context) => listSources(context)) as Promise<readonly SourceOption[]>,

    check: (source: SourceRef, settings: PaneSettings, choices?: ResultChoices, control?: RunControl): Promise<CheckReport> =>
      run((context) => checkSource(context, source, settings, env(), choices, control)),

    selectCell: (address: string) =>
      run(async (context) => {
        const { sheet, ref } = splitAddress(address);
        const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
        worksheet.activate();
        worksheet.getRange(ref).select();
        await context.sync();
      }),

    highlight: (diagnostics, lang: Lang) =>
      write(async (context) => ({ cells: await highlight(context, diagnostics, lang, excelFeatures(host.requirements)) })).then((r) => r.cells),

    clearHighlight: () => write(async (context) => ({ cells: await clearHighlight(context, excelFeatures(host.requirements)) })).then((r) => r.cells),

    previewChanges: (request: ChangeRequest, settings: PaneSettings): Promise<ChangePreview> =>
      run(async (context) => {
        const read = await readChangeInputs(context, request, settings, env());
        return changePreviewOf(read.table, read.facts, read.diagnostics);
      }),

    writeChanges: (request: ChangeRequest, placement: Placement, settings: PaneSettings, lang: Lang): Promise<WriteReport> =>
      write(async (context) => {
        const source = request.allocations;
        let check: { candidate: Rect; used: Excel.Range } | null = null;
        const read = await readChangeInputs(context, request, settings, env(), {
          allLines: placement === "beside",
          order: "sheet",
          alsoLoad:
            placement === "beside" && source.table
              ? (shape, owned) => {
                  const candidate = tableCandidate(shape.rect, previousOutput(owned, ownedName("endring", sourceKey(source)), shape.sheet), 3);
                  const used = context.workbook.worksheets.getItem(shape.sheet).getRange(rectRef(candidate)).getUsedRangeOrNullObject(true);
                  used.load("address");
                  check = { candidate, used };
                }
              : undefined,
        });
        const tableCheck = check as { candidate: Rect; used: Excel.Range } | null;
        const plan =
          placement === "beside"
            ? planBeside(read, source, lang, tableCheck ? { candidate: tableCheck.candidate, usedAddress: tableCheck.used.isNullObject ? null : tableCheck.used.address } : null)
            : planNewSheet(read, lang);
        // No allocation line to write beside: nothing is written; the preview's diagnostics say why.
        if (!plan) return { address: "", rows: 0 };
        const ops = plan.activate ? [...plan.ops, { kind: "queue" as const, queue: (c: Excel.RequestContext) => c.workbook.worksheets.getItem(plan.activate as string).activate() }] : plan.ops;
        await writeAll(context, ops);
        if (plan.finish) {
          plan.finish();
          await context.sync();
        }
        return describeWrite(plan);
      }),

    writeLetterTable: (request: ChangeRequest, choice: LetterChoice, settings: PaneSettings, lang: Lang): Promise<LetterSheetReport> =>
      write((context) => makeLetterSheet(context, request, choice, settings, lang, env())),

    flagDeadlines: (source: SourceRef, settings: PaneSettings): Promise<DeadlineReport> => run((context) => flagDeadlines(context, source, settings)),

    writeDeadlineStatus: (source: SourceRef, settings: PaneSettings, lang: Lang): Promise<WriteReport> => write((context) => writeDeadlineStatus(context, source, settings, lang)),

    writeLetterSheets: (sheets) => write((context) => writeLetterSheets(context, sheets)),
  };
}
