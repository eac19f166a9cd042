// What the task pane asks of its host. Components receive a PaneActions (through PaneActionsProvider)
// and never touch Office.js: src/taskpane/excel-actions.ts implements it over src/excel, and component tests
// pass an in-memory implementation. Every method may reject with the host's error (for example
// InvalidOperationInCellEditMode while the user edits a cell); the pane turns that into a message
// with a retry button, see host-errors.ts.
import type Decimal from "decimal.js";
import type { Unit } from "../core/amounts/unit";
import type { FlaggedItem } from "../core/deadlines/flag";
import type { Diagnostic } from "../core/diagnostics";
import type { Lang } from "../core/i18n/catalog";
import type { LetterLanguage } from "../core/letter/letter-language";
import type { ComposedLetter, LetterChoice, LetterSource } from "../core/letter/letter-source";
import type { LetterTable } from "../core/letter/letter-table";
import type { LetterSheetSpec } from "../core/letter-reading/letter-sheets";
import type { ReportFacts } from "./report-facts";


/** How "Kopier til brev" reached the clipboard: the async Clipboard API, the old copy command, or not at all. */
export type CopyOutcome = "clipboard-api" | "copy-command" | "failed";

/** What a sheet or table looks like to the readers; used to pick a sensible default per tab. */
export type { SourceKind } from "../core/use-cases/source-kinds";
import type { SourceKind } from "../core/use-cases/source-kinds";

/** A sheet, or an Excel table on a sheet. */
export interface SourceRef {
  readonly sheet: string;
  readonly table?: string;
}

export interface SourceOption extends SourceRef {
  /** What the adapter detected in it, best guess first (may be empty). */
  readonly kinds: readonly SourceKind[];
  /** The used range or the table's range, for the label: "Tildeling!A1:D12". */
  readonly address?: string;
}

/** Innstillinger: these apply to every tab. */
export interface PaneSettings {
  /** Deadlines are judged against this day, "YYYY-MM-DD". */
  readonly referenceDate: string;
  /** "Due soon" means within this many days. */
  readonly soonDays: number;
  /** The unit amounts are in; "auto" reads it from the sheet (caption or header). */
  readonly unit: Unit | "auto";
  /**
   * The Gul bok codes are checked against: "auto" (default) takes the sheet's budget year (its
   * title, else the file name, else this year, with a warning), a year overrides that, and
   * "workbook" uses the workbook's own chart sheet.
   */
  readonly chartYear: number | "auto" | "workbook";
  /** The language letters are written in (Brevtabell, Kopier til brev, Word): Bokmål (when not given) or Nynorsk, whatever Office's. */
  readonly letterLanguage?: LetterLanguage;
}

/**
 * Choices made from a result ("check against 2024 instead", "read the column Ny tildeling"), the
 * same names as the command line's options and the use cases' (INTERFACES.md). They win over
 * Innstillinger for the run they are given to; the sheet is the SourceRef.
 */
export interface ResultChoices {
  readonly year?: number;
  readonly amountColumn?: string;
  readonly unit?: Unit;
  readonly changesUnit?: Unit;
}

export interface CheckReport {
  readonly diagnostics: readonly Diagnostic[];
  /**
   * How many budget lines (rows with a kap/post or an amount) were checked, the unreadable ones
   * included, so "no problems" can be told from "read nothing".
   */
  readonly lines: number;
  /** Of those, how many have at least one error, and how many only warnings. */
  readonly linesWithErrors: number;
  readonly linesWithWarnings: number;
  /** The year, Gul bok, sheet, amount column and unit the check used, and where each came from. */
  readonly facts: ReportFacts;
}

/** A change row typed in the pane: kap/post and the change, as the user wrote them. */
export type { TypedChangeRow } from "../core/use-cases/typed-entries";
import type { TypedChangeRow } from "../core/use-cases/typed-entries";

export type ChangeInput =
  | { readonly kind: "source"; readonly source: SourceRef }
  | { readonly kind: "typed"; readonly rows: readonly TypedChangeRow[] };

export interface ChangeRequest {
  readonly allocations: SourceRef;
  readonly changes: ChangeInput;
  /** Choices made from the result for this run; they win over Innstillinger. */
  readonly choices?: ResultChoices;
}

/** One line of the change table (before / change / after), amounts in `ChangePreview.unit`. */
export interface ChangePreviewRow {
  /** "351/70" */
  readonly code: string;
  /** "Likestilling – Tilskudd til likestilling", when known. */
  readonly name?: string;
  /** null when the kap/post has no allocation line (a new line). */
  readonly before: Decimal | null;
  readonly change: Decimal;
  readonly after: Decimal | null;
}

/** A change with no allocation line: "new" makes a line (a warning), "rejected" is not applied. */
export interface ChangePreviewOtherRow extends ChangePreviewRow {
  readonly status: "new" | "rejected";
  /** The messages about this change (also in `ChangePreview.diagnostics`). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface ChangePreview {
  readonly unit: Unit | null;
  /** Rows backed by an allocation line; `totals` is their sum. */
  readonly rows: readonly ChangePreviewRow[];
  /** Changes with no allocation line; not in `totals`. */
  readonly otherRows: readonly ChangePreviewOtherRow[];
  readonly totals: { readonly before: Decimal | null; readonly change: Decimal; readonly after: Decimal | null };
  readonly diagnostics: readonly Diagnostic[];
  /** What "Lag brevtabell" and "Kopier til brev" make the letter table from. */
  readonly letter: LetterSource;
  /** The year, Gul bok, sheets, amount column and units used, and where each came from. */
  readonly facts: ReportFacts;
}

/** Where "Skriv til arket" puts the three columns. */
export type Placement = "beside" | "new-sheet";

export interface WriteReport {
  /** What was written: "Tildeling!E1:G4". */
  readonly address: string;
  readonly rows: number;
  /** False when Excel cannot take the action back as one undo step (Ctrl+Z); the pane says so. */
  readonly undoable?: boolean;
}

export interface LetterSheetReport extends WriteReport {
  /** The sheet the add-in owns for the letter table: "Brevtabell". */
  readonly sheet: string;
}

export interface DeadlineReport {
  /** The day the flags were computed for, "YYYY-MM-DD". */
  readonly referenceDate: string;
  /** Every assignment and part, most urgent first (flagAssignments order). */
  readonly items: readonly FlaggedItem[];
  readonly diagnostics: readonly Diagnostic[];
}

/** How far a long read has come: rows read so far, of how many. */
export interface RunProgress {
  readonly rowsRead: number;
  readonly rows: number;
  /** Rows the check has gone through so far, when it checks the rows as they arrive. */
  readonly rowsChecked?: number;
}

/** What the pane hands a long-running action: where to report progress, and Avbryt. */
export interface RunControl {
  /** Called after each block of rows arrives from the workbook. */
  readonly onProgress?: (progress: RunProgress) => void;
  /** Aborted by Avbryt: the action sends no further request and rejects (an "AbortError"). */
  readonly signal?: AbortSignal;
}

/** What "Les inn fra brev" wrote: the sheets, in order, and the data rows over all of them. */
export interface LetterSheetsReport {
  readonly sheets: readonly string[];
  readonly rows: number;
  readonly undoable?: boolean;
}

export interface PaneActions {
  listSources(): Promise<readonly SourceOption[]>;
  /**
   * Kontroll: read every kap/post code and amount in the source and validate them. A large
   * source is read in row blocks, with progress and Avbryt between them (`control`).
   */
  check(source: SourceRef, settings: PaneSettings, choices?: ResultChoices, control?: RunControl): Promise<CheckReport>;
  /**
   * Call `onChange` when the cells a result was computed from change (a worksheet onChanged
   * handler), so the pane can say the result is out of date. Resolves to a function that stops
   * watching. Changes the add-in itself makes outside the source range are not reported.
   */
  watchSource(source: SourceRef, onChange: () => void): Promise<() => Promise<void>>;
  /** Select a cell ("Tildeling!B7") in Excel, activating its sheet. */
  selectCell(address: string): Promise<void>;
  /** Colour the cells of these diagnostics and add a note with the message; returns the number of cells marked. */
  highlight(diagnostics: readonly Diagnostic[], lang: Lang): Promise<number>;
  /** Remove exactly the colours and notes highlight added; returns the number of cells restored. */
  clearHighlight(): Promise<number>;
  previewChanges(request: ChangeRequest, settings: PaneSettings): Promise<ChangePreview>;
  /** Write Tildeling før, Endring and Ny tildeling (a formula), formatted #,##0, with totals. */
  writeChanges(request: ChangeRequest, placement: Placement, settings: PaneSettings, lang: Lang): Promise<WriteReport>;
  /**
   * "Lag brevtabell": the change table as a letter-ready range on the sheet the add-in owns
   * ("Brevtabell"), read and written in one Excel.run; a re-run replaces that sheet.
   */
  writeLetterTable(request: ChangeRequest, choice: LetterChoice, settings: PaneSettings, lang: Lang): Promise<LetterSheetReport>;
  /**
   * "Kopier til brev": the letter table on the clipboard as HTML and plain text. Call it inside
   * the click handler, without awaiting anything first: webviews refuse the clipboard otherwise.
   */
  copyLetterTable(table: LetterTable, paragraphs: ComposedLetter["paragraphs"], choice: LetterChoice): Promise<CopyOutcome>;
  flagDeadlines(source: SourceRef, settings: PaneSettings): Promise<DeadlineReport>;
  /** Write a status column with conditional formatting that recomputes from TODAY() in Excel. */
  writeDeadlineStatus(source: SourceRef, settings: PaneSettings, lang: Lang): Promise<WriteReport>;
  /**
   * "Les inn fra brev" -> "Skriv til arket": the sheets Tildeling, Endringer and Oppdrag on sheets
   * the add-in owns, in one write; a re-run rewrites them, a user's sheet of that name is left alone.
   */
  writeLetterSheets(sheets: readonly LetterSheetSpec[]): Promise<LetterSheetsReport>;
}

/** What the Excel adapter implements; the pane adds the clipboard (src/taskpane/excel-actions.ts). */
export type WorkbookActions = Omit<PaneActions, "copyLetterTable">;

export function sourceKey(source: SourceRef): string {
  return source.table ? `table:${source.sheet}:${source.table}` : `sheet:${source.sheet}`;
}

export function sameSource(a: SourceRef | null | undefined, b: SourceRef | null | undefined): boolean {
  return !!a && !!b && sourceKey(a) === sourceKey(b);
}
