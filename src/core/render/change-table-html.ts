// The change table as an HTML <table> with inline styles, for the clipboard and for Word: Word
// keeps inline borders, alignment and font weight when a table is pasted, and ignores classes.
import type { ChangeTable } from "../changes/types";
import { formatBudgetCode } from "../codes/budget-code";
import { unitLabel } from "../amounts/unit";
import { amountCell, changeTableLabels } from "./change-table-labels";
import { type ChangeTableRenderOptions, printedRows } from "./change-table-text";
import { escapeHtml } from "./escape-html";

export interface ChangeTableHtmlOptions extends ChangeTableRenderOptions {
  /** A caption with the unit ("Beløp i 1 000 kr"); default true. */
  readonly caption?: boolean;
}

const CELL = "border:1px solid #808080;padding:2px 6px;";
const TEXT = `${CELL}text-align:left;`;
const NUMBER = `${CELL}text-align:right;white-space:nowrap;`;

export function renderChangeTableHtml(table: ChangeTable, options: ChangeTableHtmlOptions = {}): string {
  const labels = changeTableLabels(options.lang, options.header);
  const fmt = { group: options.group ?? "nbsp", minus: options.minus ?? "minus" } as const;
  const th = (text: string, style: string) => `<th style="${style}font-weight:bold;">${escapeHtml(text)}</th>`;
  const td = (text: string, style: string, bold = false) => `<td style="${style}${bold ? "font-weight:bold;" : ""}">${escapeHtml(text)}</td>`;
  const out: string[] = [];
  out.push('<table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt;">');
  if (options.caption ?? true) out.push(`<caption style="text-align:left;font-style:italic;">${escapeHtml(unitLabel(table.unit, options.lang))}</caption>`);
  const head = [th(labels.code, TEXT)];
  if (options.names) head.push(th(labels.chapter, TEXT), th(labels.post, TEXT));
  head.push(th(labels.before, NUMBER), th(labels.change, NUMBER), th(labels.after, NUMBER));
  out.push(`<thead><tr>${head.join("")}</tr></thead>`, "<tbody>");
  for (const p of printedRows(table, options)) {
    const bold = p.kind !== "row";
    const cells: string[] = [];
    if (p.kind === "row") {
      const r = p.row;
      cells.push(td(formatBudgetCode(r.code), TEXT));
      if (options.names) cells.push(td(r.chapterName ?? "", TEXT), td(r.postName ?? "", TEXT));
      cells.push(td(amountCell(r.before, fmt), NUMBER), td(amountCell(r.change, fmt), NUMBER), td(amountCell(r.after, fmt), NUMBER));
    } else {
      cells.push(td(p.label, TEXT, true));
      if (options.names) cells.push(td(p.kind === "chapter-total" ? (p.chapterName ?? "") : "", TEXT, true), td("", TEXT, true));
      cells.push(td(amountCell(p.totals.before, fmt), NUMBER, bold), td(amountCell(p.totals.change, fmt), NUMBER, bold), td(amountCell(p.totals.after, fmt), NUMBER, bold));
    }
    out.push(`<tr>${cells.join("")}</tr>`);
  }
  out.push("</tbody></table>");
  return out.join("");
}
