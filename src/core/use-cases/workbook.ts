// What every face hands a use case: the sheets it read (as Grids, with their hidden flags, in tab
// order), the file's name when there is one, and the user's choices. The use cases decide
// everything else (which sheet, which column, the unit, the budget year), so the pane and the
// command line cannot drift apart.
import type { Unit } from "../amounts/unit";
import type { ReferenceChart } from "../chart/reference-chart";
import type { SheetKind } from "../allocations/types";
import { type Grid, isBlank } from "../grid";

export interface SheetInput {
  readonly grid: Grid;
  /** Hidden (or very hidden) sheets are read only when named. */
  readonly hidden?: boolean;
}

export interface WorkbookInput {
  /** The file's path or name ("Gul bok 2025.xlsx"): a budget year in it is evidence. */
  readonly fileName?: string;
  readonly sheets: readonly SheetInput[];
  /** Every sheet name, read or not, for "no sheet named X; the sheets are ...". */
  readonly sheetNames?: readonly string[];
}

/**
 * The user's choices, the same names everywhere: `--year` / `year`, `--sheet` / `sheet`,
 * `--amount-column` / `amountColumn`, `--unit` / `unit`, `--changes-unit` / `changesUnit`,
 * `--strict` / `strict`. A choice made for this run wins over a setting.
 */
export interface UserChoices {
  readonly year?: number;
  readonly sheet?: string;
  readonly amountColumn?: string;
  readonly unit?: Unit;
  readonly changesUnit?: Unit;
  /** Warnings fail the run as errors do. */
  readonly strict?: boolean;
}

/** The pane's Innstillinger: standing choices, below a choice made for the run. */
export interface StandingSettings {
  readonly year?: number;
  readonly unit?: Unit;
}

export interface RunOptions extends UserChoices {
  readonly settings?: StandingSettings;
  /** How to read the allocation sheet; default: what its headers say (detectSheetKind). */
  readonly kind?: SheetKind;
  /** Check codes against the workbook's own chart sheet (given as `ownChart`) instead of Gul bok. */
  readonly ownChart?: boolean;
}

/** The Gul bok chart of a year; undefined when none is built in (or it could not be loaded). */
export type ChartLoader = (year: number) => Promise<ReferenceChart | undefined>;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("nb") === b.trim().toLocaleLowerCase("nb");

/** The sheet the user named: the exact name first, then ignoring case and surrounding spaces. */
export function findSheet(book: WorkbookInput, name: string): SheetInput | undefined {
  return book.sheets.find((s) => s.grid.sheet === name) ?? book.sheets.find((s) => sameName(s.grid.sheet, name));
}

/** "«Tildeling», «Endringer»": the sheets a message about a missing sheet lists. */
export function sheetList(book: WorkbookInput): string {
  return (book.sheetNames ?? book.sheets.map((s) => s.grid.sheet)).map((n) => `«${n}»`).join(", ");
}

/** Sheets a use case looks through when none is named: the visible ones, in tab order. */
export function visibleSheets(book: WorkbookInput): SheetInput[] {
  return book.sheets.filter((s) => !s.hidden);
}

export function isEmptyGrid(grid: Grid): boolean {
  return !grid.values.some((row) => row.some((v) => !isBlank(v)));
}

export function isEmptyWorkbook(book: WorkbookInput): boolean {
  return book.sheets.every((s) => isEmptyGrid(s.grid));
}

/** A name that says what a sheet holds, used only to break ties between sheets that both fit. */
export const CHANGE_SHEET_NAME = /endring|change/i;
export const ALLOCATION_SHEET_NAME = /tildeling|bevilgning|budsjett|gul bok|allocation/i;

/** Warnings count as failures under `strict`; errors always do. */
export function failed(diagnostics: readonly { severity: string }[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === "error" || (strict && d.severity === "warning"));
}
