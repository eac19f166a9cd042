// What a result was computed from, so every face can state it ("Kontrollert mot Gul bok 2024 (fra
// arktittelen)") and offer to choose otherwise. The use cases decide these facts once; the pane and
// the command line only show them.
import type { Unit } from "../core/amounts/unit";

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
}

/**
 * What the user chose from a result ("Kontrollert mot Gul bok 2024 · Endre"), overriding what the
 * use case would decide. The names are the command line's option names (INTERFACES.md).
 */
export interface ReportChoices {
  /** The budget year, and so the Gul bok the codes are checked against. */
  readonly year?: number;
  /** The sheet to read, when a workbook has several candidates. */
  readonly sheet?: string;
  /** The amount column's header, as written. */
  readonly amountColumn?: string;
  /** The unit of the amounts (of the allocations, in Endringer). */
  readonly unit?: Unit;
  /** The unit of the change list, when it differs from the allocations'. */
  readonly changesUnit?: Unit;
}
