// Oppdrag: the assignment list read and flagged, and the status columns written beside it.
// Three columns, all owned by the add-in: the deadline as a real date (the sheet may say
// "1. april 2025" as text), days left as =date-TODAY(), and the status as an IF over those days;
// conditional formats colour overdue and due-soon rows from the same formula. Everything that
// depends on the day is computed by Excel from TODAY(), so the sheet is still right tomorrow
// without running the add-in again. Done, closed and undated rows get their words as constants.
import { dateToSerial } from "../core/deadlines/excel-serial";
import type { FlaggedItem } from "../core/deadlines/flag";
import { flagName, flagText } from "../core/deadlines/flag-text";
import { columnLetters, parseA1, splitAddress } from "../core/grid";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import type { Grid } from "../core/grid";
import { type Rect, rectRef } from "./address";
import { type OwnedIndex, ownedName, queueReplaceOwned, sourceKey } from "./owned";
import { chooseLeft, contentRight, previousOutput } from "./placement";
import type { SourceRef } from "../app/pane-actions";
import type { Formula, WriteOp } from "./write-batch";
import type { WritePlan } from "./write-change-columns";

export const DATE_FORMAT = "dd.mm.yyyy";
export const OVERDUE_STYLE = { fill: "#FFC7CE", font: "#9C0006" } as const;
export const SOON_STYLE = { fill: "#FFEB9C", font: "#9C5700" } as const;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

interface StatusRow {
  readonly row: number;
  readonly item: FlaggedItem;
}

/** One row per sheet row: the first (most urgent) item flagged on it. */
export function statusRows(items: readonly FlaggedItem[], sheet: string): StatusRow[] {
  const byRow = new Map<number, FlaggedItem>();
  for (const item of items) {
    if (!item.cell) continue;
    const at = splitAddress(item.cell);
    const cell = parseA1(at.ref);
    if (!cell || (at.sheet !== null && at.sheet.toLowerCase() !== sheet.toLowerCase())) continue;
    if (!byRow.has(cell.row)) byRow.set(cell.row, item);
  }
  return [...byRow.entries()].map(([row, item]) => ({ row, item })).sort((a, b) => a.row - b.row);
}

export interface StatusPlanInput {
  readonly grid: Grid;
  readonly sheet: string;
  readonly source: SourceRef;
  readonly items: readonly FlaggedItem[];
  readonly soonDays: number;
  readonly owned: OwnedIndex;
  readonly sheetUsed: Rect | null;
  readonly tableRight: number | null;
  readonly tableCheck: { readonly candidate: Rect; readonly usedAddress: string | null } | null;
  readonly lang: Lang;
}

export function planDeadlineStatus(p: StatusPlanInput): WritePlan | null {
  const rows = statusRows(p.items, p.sheet);
  if (rows.length === 0) return null;
  const first = rows[0].row;
  const last = rows[rows.length - 1].row;
  // The header goes on the row above the first assignment: where the list's own header is.
  const top = Math.max(1, first - 1);
  const name = ownedName("frist", sourceKey(p.source));
  const left = chooseLeft({
    grid: p.grid,
    top,
    bottom: last,
    columns: 3,
    besideLeft: (p.tableRight ?? contentRight(p.grid, top, last)) + 1,
    previous: previousOutput(p.owned, name, p.sheet),
    sheetUsed: p.sheetUsed,
    tableCheck: p.tableCheck,
  });
  const [D, E] = [columnLetters(left), columnLetters(left + 1)];
  const rect: Rect = { top, left, rows: last - top + 1, columns: 3 };
  const words = {
    overdue: quote(flagName("overdue", p.lang)),
    today: quote(flagName("due-today", p.lang)),
    soon: quote(flagName("due-soon", p.lang)),
    onTrack: quote(flagName("on-track", p.lang)),
  };
  const formulas: Formula[][] = Array.from({ length: rect.rows }, () => ["", "", ""]);
  const formats: string[][] = Array.from({ length: rect.rows }, () => [DATE_FORMAT, "0", "General"]);
  const hasHeader = top < first;
  if (hasHeader) formulas[0] = ["XL-HEADER-DEADLINE-DATE", "XL-HEADER-DAYS-LEFT", "XL-HEADER-STATUS"].map((k) => formatMessage(k, {}, p.lang));
  // A day read from a period ("juni 2026") keeps its date value but shows "ca. 30.06.2026".
  const approxFormat = `"${formatMessage("DL-APPROX-DATE", { date: "" }, p.lang).trimEnd()} "${DATE_FORMAT}`;
  for (const { row, item } of rows) {
    const i = row - top;
    const date = item.deadline.kind === "date" && item.deadline.date ? dateToSerial(item.deadline.date) : "";
    if (item.approximate) formats[i][0] = approxFormat;
    const open = item.flag !== "done" && item.flag !== "no-deadline" && item.flag !== "unreadable" && date !== "";
    if (open) {
      const days = `${E}${row}`;
      formulas[i] = [
        date,
        `=${D}${row}-TODAY()`,
        `=IF(${days}<0,${words.overdue},IF(${days}=0,${words.today},IF(${days}<=${p.soonDays},${words.soon},${words.onTrack})))`,
      ];
    } else {
      formulas[i] = [date, "", flagText(item, p.lang)];
    }
  }
  const dataRect: Rect = { top: hasHeader ? top + 1 : top, left: left + 1, rows: last - (hasHeader ? top + 1 : top) + 1, columns: 2 };
  const daysCell = `$${E}${dataRect.top}`;
  const ops: WriteOp[] = [
    { kind: "queue", queue: (context) => queueReplaceOwned(context, p.owned, name, p.sheet, rect, { conditionalFormats: true }) },
    { kind: "cells", sheet: p.sheet, rect, formulas, numberFormat: formats },
    ...(hasHeader ? [{ kind: "cells", sheet: p.sheet, rect: { ...rect, rows: 1 }, formulas: [formulas[0]], bold: true } as WriteOp] : []),
    {
      kind: "queue",
      queue: (context) => {
        const range = context.workbook.worksheets.getItem(p.sheet).getRange(rectRef(dataRect));
        const rules: Array<[string, { fill: string; font: string }]> = [
          [`=AND(ISNUMBER(${daysCell}),${daysCell}<0)`, OVERDUE_STYLE],
          [`=AND(ISNUMBER(${daysCell}),${daysCell}>=0,${daysCell}<=${p.soonDays})`, SOON_STYLE],
        ];
        for (const [formula, style] of rules) {
          const cf = range.conditionalFormats.add("Custom");
          cf.custom.rule.formula = formula;
          cf.custom.format.fill.color = style.fill;
          cf.custom.format.font.color = style.font;
        }
      },
    },
  ];
  return { ops, sheet: p.sheet, rect, rows: rows.length };
}
