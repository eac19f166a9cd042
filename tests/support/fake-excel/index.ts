// An in-memory Excel for tests of the adapter, in Node (Jest) or in a browser page (Playwright):
//
//   const fake = createFakeExcel();
//   fake.state.type("Tildeling", [["Kap", "Post", "Beløp"], [351, 70, 57625]]);
//   window.Excel = fake.Excel;          // or pass fake.host to createExcelActions()
//
// It follows the Office.js proxy model (load, sync, then read), counts syncs, measures each
// request and response in bytes and fails as Excel on the web does over 5 MB, can pretend the
// user is editing a cell, and computes the formulas the add-in writes.
import { parseRangeAddress } from "./a1";
import { FakeRichApiError } from "./proxy";
import { type FakeCell, FakeWorkbookState, type Scalar, keyCol, keyRow } from "./state";
import { apiValue, displayedFill } from "./values";
import { FakeRequestContext } from "./workbook";

export { FakeRichApiError } from "./proxy";
export { FIVE_MB } from "./state";
export type { FakeCell } from "./state";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake claims, e.g. "1.17" to pretend notes are missing. */
  excelApi?: string;
}

function formatCell(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split(".").map(Number);
  const [wa, wb] = want.split(".").map(Number);
  return ha !== wa ? ha > wa : (hb ?? 0) >= (wb ?? 0);
}

export function createFakeExcel(options: FakeExcelOptions = {}) {
  const state = new FakeWorkbookState();
  let excelApi = options.excelApi ?? "1.18";
  const requirements = {
    isSetSupported(name: string, version?: string): boolean {
      return name === "ExcelApi" && versionAtLeast(excelApi, version ?? "1.1");
    },
  };

  function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  function run<T>(options: object, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const callback = (typeof a === "function" ? a : b) as (context: FakeRequestContext) => Promise<T>;
    const runOptions = (typeof a === "function" ? {} : a) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
    const context = new FakeRequestContext(state);
    // Excel with delayForCellEdit (ExcelApi 1.11) holds the request until the user leaves the cell.
    context.delayForCellEdit = !!runOptions.delayForCellEdit && versionAtLeast(excelApi, "1.11");
    // An Excel older than ExcelApi 1.20 ignores mergeUndoGroup; one that has it may still refuse it.
    const merge = !!runOptions.mergeUndoGroup && versionAtLeast(excelApi, "1.20");
    state.runs.push({ mergeUndoGroup: merge, delayForCellEdit: context.delayForCellEdit });
    if (merge && state.undoUnsupported) throw new FakeRichApiError("UndoNotSupported", "Undo is not supported for this batch.");
    return callback(context);
  }

  /** Shaped like the global `Excel` namespace, as far as the add-in uses it. */
  const Excel = { run, requirements };

  function locate(address: string) {
    const rect = parseRangeAddress(address);
    if (!rect || rect.sheet === null) throw new Error(`fake-excel: give a sheet-qualified address, not ${address}`);
    return { sheet: state.requireSheet(rect.sheet), rect };
  }

  return {
    state,
    Excel,
    /** What `createExcelActions` needs: `run` and the requirement-set check. */
    host: {
      run: (<T>(callback: (context: Excel.RequestContext) => Promise<T>, runOptions: object = {}) => run(runOptions, callback as never)) as <T>(
        callback: (context: Excel.RequestContext) => Promise<T>,
        runOptions?: object,
      ) => Promise<T>,
      requirements,
    },
    setExcelApi(version: string) {
      excelApi = version;
    },
    /** Values as Excel shows them now (formulas computed), e.g. values("Ark!A1:C3"). */
    values(address: string): Scalar[][] {
      const { sheet, rect } = locate(address);
      const out: Scalar[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        const row: Scalar[] = [];
        for (let c = 0; c < rect.columns; c++) row.push(apiValue(state, sheet, rect.top + r, rect.left + c));
        out.push(row);
      }
      return out;
    },
    value(address: string): Scalar {
      return this.values(address)[0][0];
    },
    cell(address: string): Readonly<FakeCell> | undefined {
      const { sheet, rect } = locate(address);
      return state.cellAt(sheet, rect.top, rect.left);
    },
    note(address: string): string | undefined {
      const { sheet, rect } = locate(address);
      return sheet.notes.get((rect.top - 1) * 16384 + (rect.left - 1));
    },
    /** The fill the user sees, conditional formats included. */
    displayedFill(address: string): string | null {
      const { sheet, rect } = locate(address);
      return displayedFill(state, sheet, rect.top, rect.left);
    },
    /** Every cell the test typed, as it is now: to prove the add-in never changed one. */
    typedCells(): Record<string, { value: Scalar; formula?: string; numberFormat: string }> {
      const out: Record<string, { value: Scalar; formula?: string; numberFormat: string }> = {};
      for (const sheet of state.sheets)
        for (const [key, cell] of sheet.cells)
          if (cell.typed) out[`${sheet.name}!${keyRow(key)},${keyCol(key)}`] = { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
      return out;
    },
    /** The whole workbook as plain data, to compare one run with two. */
    snapshot(): unknown {
      return {
        sheets: state.sheets.map((s) => ({
          name: s.name,
          visibility: s.visibility,
          cells: [...s.cells.entries()].filter(([, c]) => c.value !== "" || c.formula || c.fill || c.numberFormat !== "General" || c.bold).sort(([a], [b]) => a - b),
          notes: [...s.notes.entries()].sort(([a], [b]) => a - b),
          comments: [...s.comments.entries()].sort(([a], [b]) => a - b),
          // A format's id is Excel's bookkeeping, not what the user sees.
          conditionalFormats: s.conditionalFormats.map(({ id: _id, ...cf }) => cf),
        })),
        tables: state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect })),
        names: [...state.names.values()].map((n) => ({ name: n.name, sheet: n.sheet?.name, rect: n.rect })).sort((a, b) => a.name.localeCompare(b.name)),
        // Format ids recorded in settings are Excel's bookkeeping too: each run gets new ones.
        settings: [...state.settings.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, JSON.parse(JSON.stringify(v).replace(/"cf\d+"/g, '"cf"'))]),
      };
    },
    /**
     * The user types `value` into one cell ("Tildeling!C6"): the cell changes, and every onChanged
     * handler the add-in registered on that sheet is called, as Excel calls them after an edit.
     */
    userEdit(address: string, value: Scalar): void {
      const { sheet, rect } = locate(address);
      state.type(sheet.name, [[value]], { at: formatCell(rect.top, rect.left) });
      const event = { type: "WorksheetChanged", worksheetId: `{${sheet.id}}`, address: formatCell(rect.top, rect.left), changeType: "RangeEdited", source: "Local" } as const;
      for (const h of state.changeHandlers) if (h.sheetId === sheet.id) void h.handler(event);
    },
    /** Pretend the user is (or is no longer) typing in a cell. */
    setCellEditMode(on: boolean) {
      state.cellEditMode = on;
    },
    isRichApiError(e: unknown): e is FakeRichApiError {
      return e instanceof FakeRichApiError;
    },
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
