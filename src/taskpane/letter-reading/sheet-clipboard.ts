// "Kopier for Excel": one of the letter's sheets (Tildeling, Endringer, Oppdrag) as an HTML table
// and as tab-separated text, laid out as the Excel pane and the command line write them, so a
// paste into cell A1 of an empty sheet gives the same sheet. Excel takes the HTML flavour and
// honours `mso-number-format`: kap/post and other text stay text ("858/01" is not a date),
// amounts are numbers shown #,##0, deadlines are dates (written as ISO days, which Excel reads
// as dates in every locale) shown dd.mm.yyyy. Every letter text is escaped.
import { toIsoDate } from "../../core/deadlines/calendar-date";
import type { LetterColumnKind, LetterSheetCell, LetterSheetSpec } from "../../core/letter-reading/letter-sheets";
import { headRows } from "../../core/letter-reading/letter-sheets";
import { escapeHtml } from "../../core/render/escape-html";

const MSO: Record<LetterColumnKind, string> = { text: "\\@", amount: "\\#\\,\\#\\#0", date: "dd\\.mm\\.yyyy" };

function cellText(cell: LetterSheetCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  return "amount" in cell ? cell.amount.toFixed() : toIsoDate(cell.date);
}

function kindOf(cell: LetterSheetCell, column: LetterColumnKind): LetterColumnKind {
  return typeof cell === "string" ? "text" : column;
}

/** The sheet's rows as text: title, caption, header, then the data rows. */
function textRows(spec: LetterSheetSpec): string[][] {
  return [...headRows(spec).map((h) => [h]), [...spec.header], ...spec.rows.map((r) => r.map(cellText))];
}

export function sheetTsv(spec: LetterSheetSpec): string {
  // A tab or line break inside a cell would start another cell or row: flattened to a space.
  return textRows(spec)
    .map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, " ")).join("\t"))
    .join("\n");
}

export function sheetHtml(spec: LetterSheetSpec): string {
  const td = (text: string, kind: LetterColumnKind, bold = false) =>
    `<td style="mso-number-format:'${MSO[kind]}'${bold ? ";font-weight:bold" : ""}">${escapeHtml(text)}</td>`;
  const rows = [
    ...headRows(spec).map((h, i) => `<tr>${td(h, "text", i === 0)}</tr>`),
    `<tr>${spec.header.map((h) => td(h, "text", true)).join("")}</tr>`,
    ...spec.rows.map((r) => `<tr>${spec.columns.map((kind, c) => td(cellText(r[c] ?? null), kindOf(r[c] ?? null, kind))).join("")}</tr>`),
  ];
  return `<meta charset="utf-8"><table>${rows.join("")}</table>`;
}
