// The change table as plain JSON (what the CLI prints for `apply --json`): amounts as exact
// decimal strings ("57625", "-1000", "1234.5"), never as binary floating-point numbers.
import type Decimal from "decimal.js";
import type { ChangeEntry, ChangeRow, ChangeTable, ChangeTotals } from "../changes/types";
import { formatBudgetCode } from "../codes/budget-code";
import { diagnosticToJson } from "../diagnostics";
import type { Lang } from "../i18n/catalog";
import { wholeNumberOf } from "../amounts/whole-number";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A whole number a double holds exactly is written as toFixed would write it, far faster. */
function exact(d: Decimal | null): string | null {
  if (d === null) return null;
  const n = wholeNumberOf(d);
  return n === n ? String(n) : d.toFixed();
}

function entryJson(e: ChangeEntry): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = { amount: exact(e.amount) };
  if (e.text !== undefined) out.text = e.text;
  if (e.reference !== undefined) out.reference = e.reference;
  if (e.date !== undefined) out.date = e.date;
  if (e.transfer !== undefined) out.transfer = e.transfer;
  if (e.amountCell) out.cell = e.amountCell.address;
  else if (e.codeCell) out.cell = e.codeCell.address;
  return out;
}

function rowJson(r: ChangeRow): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {
    code: formatBudgetCode(r.code),
    before: exact(r.before),
    change: exact(r.change),
    after: exact(r.after),
    status: r.status,
  };
  if (r.chapterName !== undefined) out.chapterName = r.chapterName;
  if (r.postName !== undefined) out.postName = r.postName;
  if (r.allocation) out.cell = r.allocation.amountCell;
  out.entries = r.entries.map(entryJson);
  return out;
}

function totalsJson(t: ChangeTotals): { [key: string]: JsonValue } {
  return { before: exact(t.before), change: exact(t.change), after: exact(t.after) };
}

export interface ChangeTableJsonOptions {
  readonly diagnostics?: boolean;
  /**
   * How the rows become the JSON's lines: by default each row's object, all at once. A writer
   * that streams its output can hand back a stand-in that makes each row's object as it is written.
   */
  readonly list?: (rows: readonly ChangeRow[], toJson: (row: ChangeRow) => JsonValue) => JsonValue;
}

/**
 * @param options.diagnostics false leaves the diagnostics out, for a caller that reports them
 *   itself (the CLI orders them with the workbook's own): rendering tens of thousands twice is slow.
 */
export function changeTableToJson(table: ChangeTable, lang: Lang = "nb", options: ChangeTableJsonOptions = {}): { [key: string]: JsonValue } {
  const list = options.list ?? ((rows: readonly ChangeRow[], toJson: (row: ChangeRow) => JsonValue) => rows.map(toJson));
  const json: { [key: string]: JsonValue } = {
    unit: table.unit,
    lines: list(table.rows, rowJson),
    otherLines: list(table.otherRows, rowJson),
    totals: {
      ...totalsJson(table.total),
      chapters: table.chapterTotals.map((c) => ({ chapter: c.chapter, ...(c.chapterName ? { chapterName: c.chapterName } : {}), ...totalsJson(c) })),
    },
  };
  if (options.diagnostics !== false) json.diagnostics = table.diagnostics.map((d) => diagnosticToJson(d, lang));
  return json;
}
