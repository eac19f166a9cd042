// "Skriv til arket": Tildeling før, Endring and Ny tildeling beside the allocation table (on the
// rows of its lines) or as a change table on a sheet of the add-in's own. Ny tildeling is a
// formula over the two cells before it, so a controller can audit it in Excel; amounts are
// numbers formatted #,##0; each table gets a total row of SUM formulas.
// Beside a table the columns go where placement.ts says; a re-run replaces the earlier columns.
import { unitLabel } from "../core/amounts/unit";
import { columnLetters } from "../core/grid";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { type Rect, formatRangeAddress, parseRangeAddress, rightOf } from "./address";
import { formatBudgetCode } from "../core/codes/budget-code";
import { rowName } from "../app/change-preview";
import type { ChangeRead } from "./changes";
import { ownedName, queueOwnedName, queueReplaceOwned, sourceKey } from "./owned";
import { chooseLeft, previousOutput } from "./placement";
import type { SourceRef } from "../app/pane-actions";
import type { Formula, WriteOp } from "./write-batch";

export const AMOUNT_FORMAT = "#,##0";
export const CHANGES_SHEET_NAME = ownedName("ark", "endringer");

export interface WritePlan {
  readonly ops: WriteOp[];
  readonly sheet: string;
  readonly rect: Rect;
  readonly rows: number;
  /** The sheet to show when done (a new sheet). */
  readonly activate?: string;
}

const num = (d: { toNumber(): number } | null): Formula => (d === null ? "" : d.toNumber());

interface TableRows {
  readonly header: number;
  readonly lines: ReadonlyArray<{ sheetRow: number; before: Formula; change: Formula; known: boolean }>;
  readonly total: number;
}

function tableRows(read: ChangeRead): TableRows[] {
  const grid = read.allocationGrid;
  const rowsByTable = new Map<number, TableRows["lines"][number][]>();
  const tableOfRow = new Map<number, number>();
  for (const line of read.allocations.lines) tableOfRow.set(line.sheetRow, line.table);
  for (const row of read.table.rows) {
    const at = row.allocation;
    if (!at) continue;
    const t = tableOfRow.get(at.sheetRow) ?? 0;
    const list = rowsByTable.get(t) ?? [];
    list.push({ sheetRow: at.sheetRow, before: num(row.before), change: num(row.change), known: row.before !== null && row.after !== null });
    rowsByTable.set(t, list);
  }
  return read.allocations.tables
    .filter((t) => rowsByTable.has(t.index))
    .map((t) => {
      const lines = rowsByTable.get(t.index) ?? [];
      const lastLine = Math.max(...lines.map((l) => l.sheetRow));
      const lastTotal = t.totalRows[t.totalRows.length - 1];
      const total = lastTotal && grid.top + lastTotal.row > lastLine ? grid.top + lastTotal.row : grid.top + t.lastRow + 1;
      return { header: grid.top + t.headerRow, lines, total: Math.max(total, lastLine + 1) };
    });
}

export function planBeside(read: ChangeRead, source: SourceRef, lang: Lang, tableCheck: { candidate: Rect; usedAddress: string | null } | null): WritePlan | null {
  const tables = tableRows(read);
  if (tables.length === 0) return null;
  const top = Math.min(...tables.map((t) => t.header));
  const bottom = Math.max(...tables.map((t) => t.total));
  const sheet = read.allocationShape.sheet;
  const name = ownedName("endring", sourceKey(source));
  const tablesRight = Math.max(...read.allocations.tables.map((t) => rightOf(parseRangeAddress(t.range) ?? { top: 1, left: 1, rows: 1, columns: 1 })));
  const left = chooseLeft({
    grid: read.allocationGrid,
    top,
    bottom,
    columns: 3,
    besideLeft: tablesRight + 1,
    previous: previousOutput(read.owned, name, sheet),
    sheetUsed: read.sheetUsed,
    tableCheck,
  });
  const rect: Rect = { top, left, rows: bottom - top + 1, columns: 3 };
  const [B, C] = [columnLetters(left), columnLetters(left + 1)];
  const formulas: Formula[][] = Array.from({ length: rect.rows }, () => ["", "", ""]);
  const formats: string[][] = Array.from({ length: rect.rows }, () => ["General", "General", "General"]);
  const boldRows: number[] = [];
  const headers = ["XL-HEADER-BEFORE", "XL-HEADER-CHANGE", "XL-HEADER-AFTER"].map((k) => formatMessage(k, {}, lang));
  let count = 0;
  for (const t of tables) {
    formulas[t.header - top] = headers;
    boldRows.push(t.header, t.total);
    for (const l of t.lines) {
      formulas[l.sheetRow - top] = [l.before, l.change, l.known ? `=${B}${l.sheetRow}+${C}${l.sheetRow}` : ""];
      formats[l.sheetRow - top] = [AMOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_FORMAT];
      count++;
    }
    const first = Math.min(...t.lines.map((l) => l.sheetRow));
    const last = Math.max(...t.lines.map((l) => l.sheetRow));
    formulas[t.total - top] = [`=SUM(${B}${first}:${B}${last})`, `=SUM(${C}${first}:${C}${last})`, `=${B}${t.total}+${C}${t.total}`];
    formats[t.total - top] = [AMOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_FORMAT];
  }
  const ops: WriteOp[] = [
    { kind: "queue", queue: (context) => queueReplaceOwned(context, read.owned, name, sheet, rect) },
    { kind: "cells", sheet, rect, formulas, numberFormat: formats },
    ...boldRows.map((row): WriteOp => ({ kind: "cells", sheet, rect: { top: row, left, rows: 1, columns: 3 }, formulas: [formulas[row - top]], bold: true })),
  ];
  return { ops, sheet, rect, rows: count };
}

function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 26)} ${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The change table on the add-in's own sheet, made on the first run and rewritten on the next. */
export function planNewSheet(read: ChangeRead, lang: Lang): WritePlan {
  const previous = read.owned.byName(CHANGES_SHEET_NAME);
  const reuse = previous?.sheet && read.sheetNames.some((n) => n.toLowerCase() === previous.sheet?.toLowerCase()) ? previous.sheet : null;
  const sheet = reuse ?? uniqueSheetName(formatMessage("XL-CHANGES-SHEET", {}, lang), read.sheetNames);
  const lines = [...read.table.rows, ...read.table.otherRows.filter((r) => r.status === "new")];
  const headerRow = 3;
  const first = headerRow + 1;
  const totalRow = first + lines.length;
  const at = (row: number) => ({ C: `C${row}`, D: `D${row}` });
  const body: Formula[][] = lines.map((r, i) => {
    const { C, D } = at(first + i);
    return [formatBudgetCode(r.code), rowName(r) ?? "", num(r.before), num(r.change), r.after === null ? "" : `=${C}+${D}`];
  });
  const last = Math.max(first, totalRow - 1);
  const total: Formula[] = [formatMessage("XL-TOTAL", {}, lang), "", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, `=C${totalRow}+D${totalRow}`];
  const headers = ["XL-HEADER-CODE", "XL-HEADER-NAME", "XL-HEADER-BEFORE", "XL-HEADER-CHANGE", "XL-HEADER-AFTER"].map((k) => formatMessage(k, {}, lang));
  const tableRect: Rect = { top: headerRow, left: 1, rows: totalRow - headerRow + 1, columns: 5 };
  const textFormat = (n: number) => Array.from({ length: n }, () => ["@", "General"]);
  const amountFormat = (n: number) => Array.from({ length: n }, () => [AMOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_FORMAT]);
  const ops: WriteOp[] = [
    {
      kind: "queue",
      queue: (context) => {
        const target = reuse ? context.workbook.worksheets.getItem(reuse) : context.workbook.worksheets.add(sheet);
        if (reuse) target.getRange().clear("All");
        queueOwnedName(context, read.owned, CHANGES_SHEET_NAME, sheet, tableRect);
      },
    },
    { kind: "cells", sheet, rect: { top: 1, left: 1, rows: 1, columns: 1 }, formulas: [[formatMessage("XL-CHANGES-TITLE", { unit: unitLabel(read.table.unit, lang) }, lang)]], bold: true },
    { kind: "cells", sheet, rect: { top: headerRow, left: 1, rows: 1, columns: 5 }, formulas: [headers], bold: true },
    // Codes as text first: "858/01" typed into a General cell may turn into a date.
    { kind: "cells", sheet, rect: { top: first, left: 1, rows: lines.length, columns: 2 }, formulas: body.map((r) => r.slice(0, 2)), numberFormat: textFormat(lines.length), formatFirst: true },
    { kind: "cells", sheet, rect: { top: first, left: 3, rows: lines.length, columns: 3 }, formulas: body.map((r) => r.slice(2)), numberFormat: amountFormat(lines.length) },
    { kind: "cells", sheet, rect: { top: totalRow, left: 1, rows: 1, columns: 5 }, formulas: [total], numberFormat: [["General", "General", AMOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_FORMAT]], bold: true },
  ];
  return { ops, sheet, rect: tableRect, rows: lines.length, activate: sheet };
}

export function describeWrite(plan: WritePlan): { address: string; rows: number } {
  return { address: formatRangeAddress(plan.sheet, plan.rect), rows: plan.rows };
}
