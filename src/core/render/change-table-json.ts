// The change table as plain JSON (what the CLI prints for `apply --json`): amounts as exact
// decimal strings ("57625", "-1000", "1234.5"), never as binary floating-point numbers.
import type Decimal from "decimal.js";
import type { ChangeEntry, ChangeRow, ChangeTable, ChangeTotals } from "../changes/types";
import { formatBudgetCode } from "../codes/budget-code";
import { diagnosticToJson } from "../diagnostics";
import type { Lang } from "../i18n/catalog";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const exact = (d: Decimal | null): string | null => (d === null ? null : d.toFixed());

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

/**
 * @param options.diagnostics false leaves the diagnostics out, for a caller that reports them
 *   itself (the CLI orders them with the workbook's own): rendering tens of thousands twice is slow.
 */
export function changeTableToJson(table: ChangeTable, lang: Lang = "nb", options: { readonly diagnostics?: boolean } = {}): { [key: string]: JsonValue } {
  const json: { [key: string]: JsonValue } = {
    unit: table.unit,
    lines: table.rows.map(rowJson),
    otherLines: table.otherRows.map(rowJson),
    totals: {
      ...totalsJson(table.total),
      chapters: table.chapterTotals.map((c) => ({ chapter: c.chapter, ...(c.chapterName ? { chapterName: c.chapterName } : {}), ...totalsJson(c) })),
    },
  };
  if (options.diagnostics !== false) json.diagnostics = table.diagnostics.map((d) => diagnosticToJson(d, lang));
  return json;
}
