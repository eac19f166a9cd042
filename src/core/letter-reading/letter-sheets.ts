// What a letter read gives as sheets: Tildeling (Kap/post, Betegnelse, Tildeling), Endringer
// (Kap/post, Endring, Tekst, Omdisponering) and Oppdrag (Oppdrag, Tittel, Frist, Ny frist, Status,
// with a row per part), each under a title naming the budget year and a caption naming the unit,
// where the readers look for them, so check, apply and deadlines read the sheets directly.
// One layout for every face: the command line's --out workbook, the Excel pane's owned sheets
// and the Word pane's copy for Excel. Cells stay exact (amounts as Decimal, deadlines as calendar
// days); each writer turns them into its host's values at the edge.
import type Decimal from "decimal.js";
import type { Unit } from "../amounts/unit";
import { formatBudgetCode } from "../codes/budget-code";
import type { CalendarDate } from "../deadlines/calendar-date";
import type { LetterReading } from "./types";

export type LetterSheetCell = null | string | { readonly amount: Decimal } | { readonly date: CalendarDate };

/** What a column holds, for its number format: text, an amount (#,##0) or a date (dd.mm.yyyy). */
export type LetterColumnKind = "text" | "amount" | "date";

export interface LetterSheetSpec {
  /** "Tildeling", "Endringer", "Oppdrag". */
  readonly name: string;
  readonly title: string;
  /** "(i 1 000 kr)"; empty for Oppdrag, which has no amounts. */
  readonly caption: string;
  readonly header: readonly string[];
  readonly columns: readonly LetterColumnKind[];
  readonly rows: readonly (readonly LetterSheetCell[])[];
}

const CAPTIONS: Record<Unit, string> = { kr: "(i kroner)", "1000 kr": "(i 1 000 kr)", "mill. kr": "(i mill. kr)", "mrd. kr": "(i mrd. kr)" };

const date = (d: CalendarDate | null): LetterSheetCell => (d ? { date: d } : null);

/** The three sheets of `reading`; `sourceName` (a file name, or "innlimt tekst") goes in each title. */
export function letterSheets(reading: LetterReading, sourceName: string): LetterSheetSpec[] {
  const unit: Unit = reading.unit ?? "1000 kr";
  const title = (sheet: string) => `${reading.year ? `Tildelingsbrev ${reading.year}: ` : ""}${sheet}, lest fra ${sourceName}`;
  const caption = CAPTIONS[unit];
  const allocations: LetterSheetCell[][] = reading.allocations.map((a) => [formatBudgetCode(a.code), a.name ?? null, { amount: a.amount }]);
  const changes: LetterSheetCell[][] = reading.changes.map((c) => [formatBudgetCode(c.code), { amount: c.amount }, c.text ?? null, c.transferGroup ?? null]);
  const assignments: LetterSheetCell[][] = [];
  for (const a of reading.assignments) {
    // A revised deadline goes under Ny frist, which the deadline reader takes over Frist.
    const [first, revised] = a.revised ? [null, date(a.deadline)] : [date(a.deadline) ?? a.deadlineText, null];
    assignments.push([a.id, a.title || null, first, revised, a.status === "closed" ? "Avsluttet" : "Åpen"]);
    for (const p of a.parts) assignments.push([null, `${p.part}: ${p.title}`, date(p.deadline) ?? p.deadlineText, null, null]);
  }
  return [
    { name: "Tildeling", title: title("tildeling"), caption, header: ["Kap/post", "Betegnelse", "Tildeling"], columns: ["text", "text", "amount"], rows: allocations },
    { name: "Endringer", title: title("endringer"), caption, header: ["Kap/post", "Endring", "Tekst", "Omdisponering"], columns: ["text", "amount", "text", "text"], rows: changes },
    { name: "Oppdrag", title: title("oppdrag"), caption: "", header: ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"], columns: ["text", "text", "date", "date", "text"], rows: assignments },
  ];
}

/** The rows above the header: the title, then the caption when there is one. */
export function headRows(spec: LetterSheetSpec): string[] {
  return spec.caption ? [spec.title, spec.caption] : [spec.title];
}
