// What the task pane asks of its host. Components receive a PaneActions (through PaneActionsProvider)
// and never touch Office.js: excel-actions.ts implements it over src/excel, and component tests
// pass an in-memory implementation. Every method may reject with the host's error (for example
// InvalidOperationInCellEditMode while the user edits a cell); the pane turns that into a message
// with a retry button, see host-errors.ts.
import type Decimal from "decimal.js";
import type { Unit } from "../core/amounts/unit";
import type { FlaggedItem } from "../core/deadlines/flag";
import type { Diagnostic } from "../core/diagnostics";
import type { Lang } from "../core/i18n/catalog";

/** What a sheet or table looks like to the readers; used to pick a sensible default per tab. */
export type SourceKind = "allocations" | "changes" | "assignments" | "other";

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
  /** The Gul bok year codes are checked against, or the workbook's own chart sheet. */
  readonly chartYear: number | "workbook";
}

export interface CheckReport {
  readonly diagnostics: readonly Diagnostic[];
  /** How many kap/post codes and amounts were read, so "no problems" can be told from "read nothing". */
  readonly codes: number;
  readonly amounts: number;
}

/** A change row typed in the pane: kap/post and the change, as the user wrote them. */
export interface TypedChangeRow {
  readonly code: string;
  readonly change: string;
}

export type ChangeInput =
  | { readonly kind: "source"; readonly source: SourceRef }
  | { readonly kind: "typed"; readonly rows: readonly TypedChangeRow[] };

export interface ChangeRequest {
  readonly allocations: SourceRef;
  readonly changes: ChangeInput;
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

export interface ChangePreview {
  readonly unit: Unit | null;
  readonly rows: readonly ChangePreviewRow[];
  readonly totals: { readonly before: Decimal | null; readonly change: Decimal; readonly after: Decimal | null };
  readonly diagnostics: readonly Diagnostic[];
}

/** Where "Skriv til arket" puts the three columns. */
export type Placement = "beside" | "new-sheet";

export interface WriteReport {
  /** What was written: "Tildeling!E1:G4". */
  readonly address: string;
  readonly rows: number;
}

export interface DeadlineReport {
  /** The day the flags were computed for, "YYYY-MM-DD". */
  readonly referenceDate: string;
  /** Every assignment and part, most urgent first (flagAssignments order). */
  readonly items: readonly FlaggedItem[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface PaneActions {
  listSources(): Promise<readonly SourceOption[]>;
  /** Kontroll: read every kap/post code and amount in the source and validate them. */
  check(source: SourceRef, settings: PaneSettings): Promise<CheckReport>;
  /** Select a cell ("Tildeling!B7") in Excel, activating its sheet. */
  selectCell(address: string): Promise<void>;
  /** Colour the cells of these diagnostics and add a note with the message; returns the number of cells marked. */
  highlight(diagnostics: readonly Diagnostic[], lang: Lang): Promise<number>;
  /** Remove exactly the colours and notes highlight added; returns the number of cells restored. */
  clearHighlight(): Promise<number>;
  previewChanges(request: ChangeRequest, settings: PaneSettings): Promise<ChangePreview>;
  /** Write Tildeling før, Endring and Ny tildeling (a formula), formatted #,##0, with totals. */
  writeChanges(request: ChangeRequest, placement: Placement, settings: PaneSettings, lang: Lang): Promise<WriteReport>;
  flagDeadlines(source: SourceRef, settings: PaneSettings): Promise<DeadlineReport>;
  /** Write a status column with conditional formatting that recomputes from TODAY() in Excel. */
  writeDeadlineStatus(source: SourceRef, settings: PaneSettings, lang: Lang): Promise<WriteReport>;
}

export function sourceKey(source: SourceRef): string {
  return source.table ? `table:${source.sheet}:${source.table}` : `sheet:${source.sheet}`;
}

export function sameSource(a: SourceRef | null | undefined, b: SourceRef | null | undefined): boolean {
  return !!a && !!b && sourceKey(a) === sourceKey(b);
}
