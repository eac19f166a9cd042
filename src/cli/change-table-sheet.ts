// The result sheets written by `apply --out`: "Endringstabell" (the change table with live
// formulas: Ny tildeling = Tildeling før + Endring, and sums) and "Merknader" (every finding with
// its cell). Amounts stay Decimal until this edge, where Excel needs numbers.
import Decimal from "decimal.js";
import { unitLabel } from "../core/amounts/unit";
import { wholeNumberOf } from "../core/amounts/whole-number";
import type { ChangeRow, ChangeTable } from "../core/changes/types";
import { formatBudgetCode } from "../core/codes/budget-code";
import { type Diagnostic, messageOf } from "../core/diagnostics";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { changeTableLabels } from "../core/render/change-table-labels";
import { type OutputCell, type OutputRows, type OutputSheet, firstDataRow } from "../xlsx/write-workbook";

const AMOUNT_FORMAT = "#,##0;-#,##0";

export const CHANGE_SHEET = "Endringstabell";
export const NOTES_SHEET = "Merknader";

/** The number Excel stores; a whole number a double holds exactly is that number already. */
function num(d: Decimal | null): number | null {
  if (d === null) return null;
  const n = wholeNumberOf(d);
  return n === n ? n : d.toNumber();
}

/** The amount columns (before, change, after) of a row, as the sheet writes them. */
const AMOUNTS: readonly ((r: ChangeRow) => Decimal | null)[] = [(r) => r.before, (r) => r.change, (r) => r.after ?? r.change];

/**
 * Each row's amounts as whole numbers (NaN where an amount is not one), read once for both the
 * cells and the sums, and the sum Excel shows under each column, as decimal.js (20 digits) adds
 * it. While every amount is a whole number and the sum stays below 2^53 the plain sum is the
 * same number, exactly (no 20-digit rounding can happen below 2^53); anything else is added by
 * decimal.js as before.
 */
function readAmounts(body: readonly ChangeRow[]): { wholes: Float64Array; sums: Decimal[] } {
  const wholes = new Float64Array(body.length * 3);
  const whole = [0, 0, 0];
  const plain = [true, true, true];
  const read = (d: Decimal | null, at: number, c: number) => {
    const n = d === null ? NaN : wholeNumberOf(d);
    wholes[at] = n;
    if (plain[c]) {
      whole[c] += d === null ? 0 : n;
      if (!Number.isSafeInteger(whole[c])) plain[c] = false;
    }
  };
  for (let i = 0; i < body.length; i++) for (let c = 0; c < 3; c++) read(AMOUNTS[c](body[i]), i * 3 + c, c);
  const sums = AMOUNTS.map((pick, c) => (plain[c] ? new Decimal(whole[c]) : body.reduce((s, row) => s.plus(pick(row) ?? 0), new Decimal(0))));
  return { wholes, sums };
}

export function changeTableSheet(table: ChangeTable, lang: Lang, source: string): OutputSheet {
  const labels = changeTableLabels(lang);
  const captions = [unitLabel(table.unit, lang), source];
  const body: ChangeRow[] = [...table.rows, ...table.otherRows.filter((r) => r.status === "new")];
  const first = firstDataRow({ captions });
  const { wholes, sums } = readAmounts(body);
  /** num(d), with d's whole number read already. */
  const cell = (whole: number, d: Decimal | null): number | null => (d === null ? null : whole === whole ? whole : d.toNumber());
  // Each row's cells are made as the sheet is written (50 000 rows of cells held at once cost
  // more in garbage collection than making them).
  const rows: OutputRows = {
    length: body.length,
    row(i) {
      const r = body[i];
      const row = first + i;
      return [
        formatBudgetCode(r.code),
        r.chapterName ?? null,
        r.postName ?? null,
        cell(wholes[i * 3], r.before),
        cell(wholes[i * 3 + 1], r.change),
        { formula: `D${row}+E${row}`, result: cell(wholes[i * 3 + 2], r.after ?? r.change)! },
      ];
    },
  };
  const last = first + body.length - 1;
  const total = (col: string, value: Decimal): OutputCell =>
    body.length === 0 ? 0 : { formula: `SUM(${col}${first}:${col}${last})`, result: num(value)! };
  return {
    name: CHANGE_SHEET,
    captions,
    columns: [
      { header: labels.code, width: 10 },
      { header: labels.chapter, width: 36 },
      { header: labels.post, width: 30 },
      { header: labels.before, width: 22, numFmt: AMOUNT_FORMAT },
      { header: labels.change, width: 14, numFmt: AMOUNT_FORMAT },
      { header: labels.after, width: 16, numFmt: AMOUNT_FORMAT },
    ],
    rows,
    totalRows: [
      [
        labels.total,
        null,
        null,
        total("D", sums[0]),
        total("E", sums[1]),
        total("F", sums[2]),
      ],
    ],
  };
}

/** @param ordered the findings in report order (orderDiagnostics), as the text report lists them. */
export function notesSheet(ordered: readonly Diagnostic[], lang: Lang): OutputSheet {
  const words = new Map<string, string>();
  const severityWord = (d: Diagnostic) => {
    let word = words.get(d.severity);
    if (word === undefined) words.set(d.severity, (word = formatMessage(`CLI-SEVERITY-${d.severity.toUpperCase()}`, {}, lang)));
    return word;
  };
  return {
    name: NOTES_SHEET,
    columns: [
      { header: formatMessage("CLI-COL-SEVERITY", {}, lang), width: 12 },
      { header: formatMessage("CLI-COL-CELL", {}, lang), width: 18 },
      { header: formatMessage("CLI-COL-MESSAGE", {}, lang), width: 100 },
      { header: formatMessage("CLI-COL-CODE", {}, lang), width: 26 },
    ],
    // Each finding's message is made as its row is written.
    rows: { length: ordered.length, row: (i) => [severityWord(ordered[i]), ordered[i].cell ?? null, messageOf(ordered[i], lang), ordered[i].code] },
  };
}
