// What a result was computed from, so every face can state it ("Kontrollert mot Gul bok 2024 (fra
// arktittelen)") and offer to choose otherwise. The use cases decide these facts once; the pane and
// the command line only show them.
import type { TableInfo } from "../allocations/types";
import type { Unit } from "../amounts/unit";
import { parseA1, quoteSheetName, splitAddress } from "../grid";

/** Where a choice came from, most explicit first. */
export type FactSource =
  | "option" // the user chose it: a command-line option or a choice made in the pane's result
  | "setting" // the pane's Innstillinger
  | "header" // the amount column's own header ("Beløp (i 1 000 kr)")
  | "caption" // a caption row directly above or under the header ("(i 1 000 kr)")
  | "title" // the sheet's title ("Tillegg nr. 3 til tildelingsbrev 2024")
  | "file-name" // the workbook's file name ("Gul bok 2025.xlsx")
  | "allocation" // a change list without a unit takes the unit of the allocation it is applied to
  | "only-one" // the only candidate there was
  | "inferred" // read from the values, no header said it
  | "default" // nothing said it: the product's default
  | "today"; // the budget year of today's date in Europe/Oslo

export interface AmountColumnFact {
  /** The header as written: "Samlet tildeling". */
  readonly header: string;
  /** The header cell: "Tildeling!E4". */
  readonly cell: string;
  readonly source: FactSource;
  /** The other amount columns that could have been taken, as written. */
  readonly alternatives: readonly string[];
}

export interface ReportFacts {
  /** The budget year the sheet is about, when known. */
  readonly budgetYear: number | null;
  readonly yearSource: FactSource;
  /** The Gul bok the codes were checked against (the nearest earlier one when the year has none). */
  readonly chartYear: number | null;
  /** The sheets read, in order. */
  readonly sheets: readonly string[];
  readonly amountColumn: AmountColumnFact | null;
  readonly unit: Unit | null;
  readonly unitSource: FactSource;
  /** The workbook's own sheet of budget codes the codes were checked against, instead of a Gul bok (chartYear is then null). */
  readonly chartSheet?: string;
}

/** How an amount was read, as a fact: the first table's amount column and the sheet's unit. */
export interface ReadFactsInput {
  readonly budgetYear: number | null;
  readonly yearSource: FactSource;
  readonly chartYear: number | null;
  readonly sheets: readonly string[];
  readonly table: TableInfo | undefined;
  readonly unit: Unit | null;
  /** The column the user asked for, when they did. */
  readonly askedColumn?: string;
  /** Where a unit the reader was given came from (a run's choice or the pane's setting). */
  readonly givenUnitSource?: FactSource;
  /** The workbook's own chart sheet, when the codes were checked against it. */
  readonly chartSheet?: string | null;
}

const AMOUNT_ROLES = new Set(["before", "amount", "after", "change"]);

// The reader's unit sources (readers/unit-evidence): a unit from the table above is a caption's.
const UNIT_SOURCES: Record<string, FactSource> = { caption: "caption", header: "header", title: "title", allocation: "allocation", "previous-table": "caption", default: "default" };

export function amountColumnFact(table: TableInfo, askedColumn?: string): AmountColumnFact {
  const column = table.amountColumn;
  const { sheet, ref } = splitAddress(table.range);
  const headerRow = parseA1(ref.split(":")[0])?.row ?? 0;
  // The reader says why it took the column (readers/amount-column); older tables only had their roles.
  const alternatives = table.amountAlternatives ?? table.columns.filter((c) => AMOUNT_ROLES.has(c.role) && c.col !== column.col).map((c) => c.label);
  const source: FactSource =
    askedColumn !== undefined && askedColumn.trim() !== "" ? "option" : (table.amountSource ?? (alternatives.length === 0 ? "only-one" : "default"));
  return { header: column.label, cell: `${quoteSheetName(sheet ?? table.sheet)}!${column.letters}${headerRow}`, source, alternatives };
}

export function readFacts(input: ReadFactsInput): ReportFacts {
  const { table } = input;
  const unitSource: FactSource = !table
    ? input.givenUnitSource ?? "default"
    : table.unitSource === "option"
      ? (input.givenUnitSource ?? "option")
      : (UNIT_SOURCES[table.unitSource] ?? "inferred");
  return {
    budgetYear: input.budgetYear,
    yearSource: input.yearSource,
    chartYear: input.chartYear,
    sheets: input.sheets,
    amountColumn: table ? amountColumnFact(table, input.askedColumn) : null,
    unit: input.unit,
    unitSource,
    ...(input.chartSheet ? { chartSheet: input.chartSheet } : {}),
  };
}
