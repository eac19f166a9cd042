// The change table as plain JSON (what the CLI prints for `apply --json`): amounts as exact
// decimal strings ("57625", "-1000", "1234.5"), never as binary floating-point numbers.
import type Decimal from "decimal.js";
import type { ChangeEntry, ChangeRow, ChangeTable, ChangeTotals } from "../changes/types";
import { formatBudgetCode } from "../codes/budget-code";
import { diagnosticToJson } from "../diagnostics";
import type { Lang } from "../i18n/catalog";
import { wholeNumberOf } from "../amounts/whole-number";
import { jsonField, jsonString } from "./json-text";

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

/** An amount as exact() writes it, as JSON text: its digits need no escaping. */
function exactText(d: Decimal | null): string {
  const text = exact(d);
  return text === null ? "null" : `"${text}"`;
}

/** entryJson(e)'s JSON text, as JSON.stringify(entryJson(e), null, 2) writes it on a line indented by `indent`. */
function entryText(e: ChangeEntry, indent: string): string {
  const k = `${indent}  `;
  let out = `{\n${k}"amount": ${exactText(e.amount)}`;
  if (e.text !== undefined) out += jsonField(k, "text", e.text);
  if (e.reference !== undefined) out += jsonField(k, "reference", e.reference);
  if (e.date !== undefined) out += jsonField(k, "date", e.date);
  if (e.transfer !== undefined) out += jsonField(k, "transfer", e.transfer);
  if (e.amountCell) out += jsonField(k, "cell", e.amountCell.address);
  else if (e.codeCell) out += jsonField(k, "cell", e.codeCell.address);
  return `${out}\n${indent}}`;
}

/** rowJson(r)'s JSON text, as JSON.stringify(rowJson(r), null, 2) writes it on a line indented by `indent`. */
function rowText(r: ChangeRow, indent: string): string {
  const k = `${indent}  `;
  let out = `{\n${k}"code": ${jsonString(formatBudgetCode(r.code))},\n${k}"before": ${exactText(r.before)},\n${k}"change": ${exactText(r.change)},\n${k}"after": ${exactText(r.after)}`;
  out += jsonField(k, "status", r.status);
  if (r.chapterName !== undefined) out += jsonField(k, "chapterName", r.chapterName);
  if (r.postName !== undefined) out += jsonField(k, "postName", r.postName);
  if (r.allocation) out += jsonField(k, "cell", r.allocation.amountCell);
  if (r.entries.length === 0) out += `,\n${k}"entries": []`;
  else {
    const e = `${k}  `;
    out += `,\n${k}"entries": [`;
    for (let i = 0; i < r.entries.length; i++) out += `${i > 0 ? "," : ""}\n${e}${entryText(r.entries[i], e)}`;
    out += `\n${k}]`;
  }
  return `${out}\n${indent}}`;
}

function totalsJson(t: ChangeTotals): { [key: string]: JsonValue } {
  return { before: exact(t.before), change: exact(t.change), after: exact(t.after) };
}

export interface ChangeTableJsonOptions {
  readonly diagnostics?: boolean;
  /**
   * How the rows become the JSON's lines: by default each row's object, all at once. A writer
   * that streams its output can hand back a stand-in that makes each row's object (or, with
   * `toText`, its JSON text directly) as it is written.
   */
  readonly list?: (rows: readonly ChangeRow[], toJson: (row: ChangeRow) => JsonValue, toText: (row: ChangeRow, indent: string) => string) => JsonValue;
}

/**
 * @param options.diagnostics false leaves the diagnostics out, for a caller that reports them
 *   itself (the CLI orders them with the workbook's own): rendering tens of thousands twice is slow.
 */
export function changeTableToJson(table: ChangeTable, lang: Lang = "nb", options: ChangeTableJsonOptions = {}): { [key: string]: JsonValue } {
  const list = options.list ?? ((rows: readonly ChangeRow[], toJson: (row: ChangeRow) => JsonValue) => rows.map(toJson));
  const json: { [key: string]: JsonValue } = {
    unit: table.unit,
    lines: list(table.rows, rowJson, rowText),
    otherLines: list(table.otherRows, rowJson, rowText),
    totals: {
      ...totalsJson(table.total),
      chapters: table.chapterTotals.map((c) => ({ chapter: c.chapter, ...(c.chapterName ? { chapterName: c.chapterName } : {}), ...totalsJson(c) })),
    },
  };
  if (options.diagnostics !== false) json.diagnostics = table.diagnostics.map((d) => diagnosticToJson(d, lang));
  return json;
}
