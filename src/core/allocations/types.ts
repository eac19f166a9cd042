// What the allocation reader hands on: lines with their source cells (so every face can point at
// them and the Excel face can write formulas beside them), the tables it found, and diagnostics.
import type Decimal from "decimal.js";
import type { Unit } from "../amounts/unit";
import type { ReferenceChart } from "../chart/reference-chart";
import type { BudgetCode } from "../codes/budget-code";
import type { Diagnostic } from "../diagnostics";
import type { FactSource } from "../use-cases/facts";

/**
 * "allocation": an agency's allocation letter sheet; a negative amount is an error.
 * "budget-data": Gul bok and the like; negative amounts (post 24 Driftsresultat) are facts.
 */
export type SheetKind = "allocation" | "budget-data";

/** Where a value came from. `row` and `col` are 0-based indexes into `grid.values`. */
export interface SourceCell {
  readonly address: string;
  readonly row: number;
  readonly col: number;
}

export interface AllocationLine {
  readonly code: BudgetCode;
  /** budgetCodeKey(code). */
  readonly key: string;
  /** In the unit of the reader result (AllocationSheet.unit). */
  readonly amount: Decimal;
  /** Names as written on the sheet (the chart's names are preferred when a chart is given). */
  readonly chapterName?: string;
  readonly postName?: string;
  readonly sheet: string;
  /** Index into AllocationSheet.tables. */
  readonly table: number;
  /** 0-based row in grid.values; the sheet row is grid.top + row. */
  readonly row: number;
  /** 1-based sheet row, for messages and for formulas written beside the table. */
  readonly sheetRow: number;
  /** The kap/post cell (or the kap cell when kap and post are separate columns). */
  readonly codeCell: SourceCell;
  readonly amountCell: SourceCell;
  /** When underposts were summed into this post: the underpost lines. */
  readonly parts?: readonly AllocationLine[];
}

export interface ColumnInfo {
  readonly role: string;
  /** 0-based index into grid.values rows. */
  readonly col: number;
  /** Sheet column letters, such as "C". */
  readonly letters: string;
  /** The header text as written. */
  readonly label: string;
}

export type { UnitSource } from "../readers/unit-evidence";
import type { UnitEvidence, UnitSource } from "../readers/unit-evidence";

export interface TotalRow {
  readonly row: number;
  readonly address: string;
  readonly label: string;
  readonly shown: Decimal | null;
  readonly computed: Decimal;
  readonly matches: boolean;
}

export interface TableInfo {
  readonly index: number;
  readonly sheet: string;
  /** Excel table name, when the grid came from one. */
  readonly excelTable?: string;
  /** 0-based header row in grid.values. */
  readonly headerRow: number;
  /** 0-based first and last row (inclusive) of the table body. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** `Tildeling!A3:D12`, header included. */
  readonly range: string;
  readonly columns: readonly ColumnInfo[];
  /** The column the amounts were read from. */
  readonly amountColumn: ColumnInfo;
  /** Why that column: its source and the other amount columns (for the report facts). */
  readonly amountSource?: FactSource;
  readonly amountAlternatives?: readonly string[];
  /** Unit the sheet's amounts are written in (before any conversion to the result unit). */
  readonly unit: Unit;
  readonly unitSource: UnitSource;
  /** The text and cell that stated the unit, when the sheet stated it. */
  readonly unitEvidence?: UnitEvidence;
  /** Title and caption rows above the header, as written. */
  readonly titles: readonly string[];
  readonly totalRows: readonly TotalRow[];
}

export interface AllocationSheet {
  readonly sheet: string;
  /** Unit of every line's amount. */
  readonly unit: Unit;
  readonly lines: readonly AllocationLine[];
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReadAllocationOptions {
  /** The user's choice of unit: wins over what the sheet says (with a warning when they differ). */
  readonly unit?: Unit;
  /** Unit assumed when the sheet names none; default "kr" for budget data, "1000 kr" for an allocation letter. */
  readonly defaultUnit?: Unit;
  readonly kind?: SheetKind;
  /** Names for lines whose sheet gives none; codes are not checked against it here (applyChanges does). */
  readonly chart?: ReferenceChart;
  /** Header text of the amount column to read, when the sheet has several (e.g. "Ny tildeling"). */
  readonly amountColumn?: string;
  /** The budget year in force (--year, or decided by the caller), to choose the column of that year. */
  readonly year?: number | null;
  readonly yearSource?: FactSource;
  /** The one year the workbook's file name names, used when neither the option nor the title does. */
  readonly fileYear?: number | null;
  /**
   * Make the tables' decisions (columns, unit) but read no body row: enough to tell what a sheet
   * holds (a sheet of change entries is not read line by line only to be set aside).
   */
  readonly headersOnly?: boolean;
}
