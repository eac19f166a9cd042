// The change table as tab-separated text: what a letter's table looks like when pasted, and what
// the clipboard carries beside the HTML. The default prints exactly the letter form:
//   Kap/post<TAB>Tildeling før tillegget<TAB>Endring<TAB>Ny tildeling
//   351/70<TAB>57 625<TAB>1 000<TAB>58 625
import type { GroupSeparator } from "../amounts/format-amount";
import { formatBudgetCode } from "../codes/budget-code";
import type { ChangeRow, ChangeTable } from "../changes/types";
import type { Lang } from "../i18n/catalog";
import { type ChangeTableLabels, amountCell, changeTableLabels, chapterTotalLabel } from "./change-table-labels";

export interface ChangeTableRenderOptions {
  readonly lang?: Lang;
  /** Column labels in place of the catalog's ("Tildeling før" instead of "Tildeling før tillegget"). */
  readonly header?: Partial<ChangeTableLabels>;
  /** Add a "Sum" row (default false, as the letter's one-line table). */
  readonly totals?: boolean;
  /** Add a "Sum kap. N" row after each chapter (default false). */
  readonly chapterTotals?: boolean;
  /** Add chapter and post name columns (default false). */
  readonly names?: boolean;
  /** Also list new lines (with an empty "before"); default false. */
  readonly newLines?: boolean;
  /** Thousands separator; default a plain space for text, a no-break space for HTML. */
  readonly group?: GroupSeparator;
  /** "minus" (U+2212, default) or "hyphen" (ASCII, for targets that must read the number back). */
  readonly minus?: "minus" | "hyphen";
}

/** The rows a renderer prints, in order, with chapter totals placed after their chapter. */
export type PrintedRow =
  | { readonly kind: "row"; readonly row: ChangeRow }
  | { readonly kind: "chapter-total"; readonly chapter: number; readonly label: string; readonly chapterName?: string; readonly totals: ChangeTable["total"] }
  | { readonly kind: "total"; readonly label: string; readonly totals: ChangeTable["total"] };

export function printedRows(table: ChangeTable, options: ChangeTableRenderOptions): PrintedRow[] {
  const labels = changeTableLabels(options.lang, options.header);
  const body = options.newLines ? [...table.rows, ...table.otherRows.filter((r) => r.status === "new")] : [...table.rows];
  const out: PrintedRow[] = [];
  for (let i = 0; i < body.length; i++) {
    out.push({ kind: "row", row: body[i] });
    const chapter = body[i].code.chapter;
    const lastOfChapter = i + 1 >= body.length || body[i + 1].code.chapter !== chapter || body[i + 1].before === null;
    if (options.chapterTotals && body[i].before !== null && lastOfChapter) {
      const t = table.chapterTotals.find((c) => c.chapter === chapter);
      if (t) out.push({ kind: "chapter-total", chapter, label: chapterTotalLabel(chapter, options.lang), chapterName: t.chapterName, totals: t });
    }
  }
  if (options.totals) out.push({ kind: "total", label: labels.total, totals: table.total });
  return out;
}

/** The text table's cells, row by row (header first): what renderChangeTableText joins with tabs. */
export function changeTableTextRows(table: ChangeTable, options: ChangeTableRenderOptions = {}): string[][] {
  const labels = changeTableLabels(options.lang, options.header);
  const fmt = { group: options.group ?? "space", minus: options.minus ?? "minus" } as const;
  const clean = (s: string | undefined) => (s ?? "").replace(/[\t\r\n]+/g, " ");
  const rows: string[][] = [];
  rows.push(options.names ? [labels.code, labels.chapter, labels.post, labels.before, labels.change, labels.after] : [labels.code, labels.before, labels.change, labels.after]);
  const lineCells = (r: ChangeRow): string[] => {
    const before = amountCell(r.before, fmt);
    const change = amountCell(r.change, fmt);
    const after = amountCell(r.after, fmt);
    const code = formatBudgetCode(r.code);
    return options.names ? [code, clean(r.chapterName), clean(r.postName), before, change, after] : [code, before, change, after];
  };
  const totalCells = (label: string, name: string, t: ChangeTable["total"]): string[] => {
    const before = amountCell(t.before, fmt);
    const change = amountCell(t.change, fmt);
    const after = amountCell(t.after, fmt);
    return options.names ? [label, name, "", before, change, after] : [label, before, change, after];
  };
  if (!options.chapterTotals) {
    // The plain table (what the command line prints for 50 000 lines): its rows straight from
    // the table, without a printed-row object for each.
    for (const r of table.rows) rows.push(lineCells(r));
    if (options.newLines) for (const r of table.otherRows) if (r.status === "new") rows.push(lineCells(r));
    if (options.totals) rows.push(totalCells(labels.total, "", table.total));
    return rows;
  }
  for (const p of printedRows(table, options)) {
    if (p.kind === "row") rows.push(lineCells(p.row));
    else rows.push(totalCells(p.label, p.kind === "chapter-total" ? clean(p.chapterName) : "", p.totals));
  }
  return rows;
}

export function renderChangeTableText(table: ChangeTable, options: ChangeTableRenderOptions = {}): string {
  return changeTableTextRows(table, options)
    .map((cells) => cells.join("\t"))
    .join("\n");
}
