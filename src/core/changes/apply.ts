// Applying change entries to allocation lines: one row per kap/post a change touches (or per
// line, on request) with before, change and after, the names from the chart, and totals per
// chapter and overall. Exact decimal arithmetic throughout: after = before + change, always.
import type Decimal from "decimal.js";
import type { AllocationLine, AllocationSheet, SheetKind } from "../allocations/types";
import { formatAmount } from "../amounts/format-amount";
import { type Unit, convertAmount } from "../amounts/unit";
import type { ReferenceChart } from "../chart/reference-chart";
import { codeFinding } from "../chart/validate-code";
import { compareBudgetCodes, formatBudgetCode } from "../codes/budget-code";
import { codeNumber, postNumber } from "./code-number";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type IndexedAllocation, indexAllocations } from "./allocation-index";
import { ZERO, add } from "../amounts/exact";
import { checkTransfers } from "./transfers";
import { type ScalePair, checkScale } from "./scale-check";
import { totalsOf } from "./totals";
import type { ChangeEntry, ChangeRow, ChangeSheet, ChangeTable } from "./types";

export interface ApplyOptions {
  /** Names for the rows, and a check of every changed code (an invalid code is not applied). */
  readonly chart?: ReferenceChart;
  /** "allocation" (default): a negative new allocation is an error. "budget-data": it is a fact. */
  readonly kind?: SheetKind;
  /** A row for every allocation line, not only the changed ones. */
  readonly allLines?: boolean;
  /** Unit of the table; default the allocations' unit. */
  readonly unit?: Unit;
  /** "code" (default): budget order; "sheet": the allocation sheet's order, new lines last. */
  readonly order?: "code" | "sheet";
}

export type AllocationInput = AllocationSheet | { readonly lines: readonly AllocationLine[]; readonly unit: Unit; readonly diagnostics?: readonly Diagnostic[] };
export type ChangeInput = ChangeSheet | { readonly entries: readonly ChangeEntry[]; readonly diagnostics?: readonly Diagnostic[] } | readonly ChangeEntry[];

/** The entries of one code, and what they add up to. */
interface Group {
  readonly entries: ChangeEntry[];
  change: Decimal;
}

export function applyChanges(allocations: AllocationInput, changes: ChangeInput, options: ApplyOptions = {}): ChangeTable {
  const unit = options.unit ?? allocations.unit;
  const kind = options.kind ?? "allocation";
  const input = Array.isArray(changes) ? { entries: changes as readonly ChangeEntry[], diagnostics: undefined } : (changes as Exclude<ChangeInput, readonly ChangeEntry[]>);
  const diagnostics: Diagnostic[] = (allocations.diagnostics ?? []).concat(input.diagnostics ?? []);

  // Entries in the table's unit, each code checked once against the chart, and grouped by code
  // in the same pass: several changes to one code add up. A code the chart refuses has no group
  // (null): each of its entries becomes a rejected row of its own.
  const convertedFrom = new Set<Unit>();
  const byKey = new Map<number, Group | null>();
  const entries: ChangeEntry[] = [];
  const rejected: ChangeRow[] = [];
  // Posts whose underposts a change names keep their underposts; the rest are summed.
  const splitPosts = new Set<number>();
  for (const e of input.entries) {
    const entry = e.unit === unit ? e : { ...e, amount: convertAmount(e.amount, e.unit, unit), unit };
    if (e.unit !== unit) convertedFrom.add(e.unit);
    const n = codeNumber(entry.code);
    let group = byKey.get(n);
    if (group === undefined) {
      group = { entries: [], change: entry.amount };
      if (options.chart) {
        const found = codeFinding(entry.code, options.chart, entry.codeCell?.address);
        if (found !== null) {
          diagnostics.push(found);
          if (found.severity === "error") group = null;
        }
        if (group === null) diagnostics.push(diagnostic("error", "CHG-INVALID-CODE", { code: formatBudgetCode(entry.code) }, { cell: entry.codeCell?.address }));
      }
      byKey.set(n, group);
    } else if (group !== null) {
      group.change = add(group.change, entry.amount);
    }
    if (group === null) {
      rejected.push(rowOf(entry.code, entry.key, null, entry.amount, null, "rejected", [entry], options.chart));
      continue;
    }
    group.entries.push(entry);
    entries.push(entry);
    if (entry.code.subPost !== undefined) splitPosts.add(postNumber(entry.code));
  }
  for (const from of convertedFrom) diagnostics.push(diagnostic("info", "CHG-UNIT-CONVERTED", { from, to: unit }));
  if (allocations.unit !== unit) diagnostics.push(diagnostic("info", "CHG-ALLOC-UNIT-CONVERTED", { from: allocations.unit, to: unit }));
  for (const d of checkTransfers(entries, unit)) diagnostics.push(d);

  const fromUnit = allocations.unit;
  const convert = fromUnit === unit ? (a: Decimal) => a : (a: Decimal) => convertAmount(a, fromUnit, unit);
  const index = indexAllocations(allocations.lines, splitPosts, convert, diagnostics);
  const postsWithSubs = new Set<number>();
  for (const l of allocations.lines) if (l.code.subPost !== undefined && splitPosts.has(postNumber(l.code))) postsWithSubs.add(postNumber(l.code));

  const rows: ChangeRow[] = [];
  const otherRows: ChangeRow[] = [...rejected];
  // Sheet position of each row, kept only when rows are to be in sheet order.
  const bySheet = options.order === "sheet";
  const positions: number[] = [];
  for (const [n, group] of byKey) {
    if (group === null) continue;
    const { entries: list, change } = group;
    const code = list[0].code;
    const key = list[0].key;
    const alloc = index.get(n);
    if (!alloc) {
      if (code.subPost === undefined && postsWithSubs.has(n)) {
        diagnostics.push(diagnostic("error", "CHG-POST-SPLIT", { code: key }, at(list)));
        otherRows.push(rowOf(code, key, null, change, null, "rejected", list, options.chart));
      } else if (change.isNegative() && kind === "allocation") {
        diagnostics.push(diagnostic("error", "CHG-NEW-LINE-NEGATIVE", { code: key, after: formatAmount(change) }, at(list)));
        otherRows.push(rowOf(code, key, null, change, null, "rejected", list, options.chart));
      } else {
        diagnostics.push(diagnostic("warning", "CHG-NEW-LINE", { code: key, change: formatAmount(change) }, at(list)));
        otherRows.push(rowOf(code, key, null, change, change, "new", list, options.chart));
      }
      continue;
    }
    if (alloc.amount === null) {
      otherRows.push(rowOf(code, key, null, change, null, "rejected", list, options.chart, alloc));
      continue;
    }
    const before = alloc.amount;
    const after = add(before, change);
    if (after.isNegative() && kind === "allocation") {
      const params = { code: key, before: formatAmount(before), change: formatAmount(change), after: formatAmount(after) };
      diagnostics.push(diagnostic("error", "CHG-AFTER-NEGATIVE", params, at(list)));
    } else if (after.isZero() && !before.isZero()) {
      diagnostics.push(diagnostic("info", "CHG-AFTER-ZERO", { code: key, before: formatAmount(before) }, at(list)));
    }
    const row = rowOf(alloc.code, key, before, change, after, "changed", list, options.chart, alloc);
    rows.push(row);
    if (bySheet) positions.push(alloc.order);
  }
  if (options.allLines) {
    for (const [n, alloc] of index) {
      if (byKey.get(n) || alloc.amount === null) continue;
      const row = rowOf(alloc.code, alloc.key, alloc.amount, ZERO, alloc.amount, "unchanged", [], options.chart, alloc);
      rows.push(row);
      if (bySheet) positions.push(alloc.order);
    }
  }
  if (bySheet) {
    const sorted = rows.map((row, i) => ({ row, at: positions[i] })).sort((a, b) => a.at - b.at);
    for (let i = 0; i < sorted.length; i++) rows[i] = sorted[i].row;
  } else {
    sortByCode(rows);
    otherRows.sort((a, b) => compareBudgetCodes(a.code, b.code));
  }
  const pairs: ScalePair[] = [];
  for (const r of rows) if (r.status === "changed" && r.before !== null) pairs.push(new RowPair(r, r.before));
  for (const d of checkScale({ pairs, unit, written: input.entries })) diagnostics.push(d);
  const { chapterTotals, total } = totalsOf(rows, options.chart);
  return { unit, rows, otherRows, chapterTotals, total, diagnostics };
}

/** Where a finding about a code's changes points: its first entry's amount (or code) cell. */
function at(list: readonly ChangeEntry[]): { cell?: string } {
  const cell = cellOf(list);
  return cell === undefined ? {} : { cell };
}

function cellOf(list: readonly ChangeEntry[]): string | undefined {
  return list[0].amountCell?.address ?? list[0].codeCell?.address;
}

/** A changed row as the scale check sees it; its cell is spelt out only if a finding names it. */
class RowPair implements ScalePair {
  readonly code: string;
  readonly change: Decimal;
  constructor(
    private readonly row: ChangeRow,
    readonly before: Decimal,
  ) {
    this.code = row.key;
    this.change = row.change;
  }

  get cell(): string | undefined {
    return cellOf(this.row.entries);
  }
}

const isSmall = (n: number) => Number.isInteger(n) && n >= 0 && n < 100;

/** Budget order. Codes in range sort by their number (see code-number.ts), far faster than by their parts. */
function sortByCode(rows: ChangeRow[]): void {
  const inRange = rows.every((r) => isSmall(r.code.post) && isSmall(r.code.subPost ?? 0));
  if (!inRange) {
    rows.sort((a, b) => compareBudgetCodes(a.code, b.code));
    return;
  }
  const keyed = rows.map((row, i) => ({ row, n: codeNumber(row.code), i }));
  keyed.sort((a, b) => a.n - b.n || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) rows[i] = keyed[i].row;
}

function rowOf(
  code: ChangeRow["code"],
  key: string,
  before: Decimal | null,
  change: Decimal,
  after: Decimal | null,
  status: ChangeRow["status"],
  entries: readonly ChangeEntry[],
  chart: ReferenceChart | undefined,
  alloc?: IndexedAllocation,
): ChangeRow {
  // The optional fields are set here, even when empty, so every row keeps one layout (see diagnostic()).
  const row: { -readonly [K in keyof ChangeRow]: ChangeRow[K] } = { code, key, before, change, after, status, entries, chapterName: undefined, postName: undefined, allocation: undefined };
  const entry = chart?.lookup(code);
  const line = alloc?.lines[0] ?? alloc?.parts[0];
  const chapterName = entry?.chapterName || chart?.chapterName(code.chapter) || line?.chapterName;
  // A post summed from underposts takes its name from the chart, never from an underpost.
  const postName = entry?.postName || alloc?.lines[0]?.postName;
  if (chapterName) row.chapterName = chapterName;
  if (postName) row.postName = postName;
  if (alloc && line) {
    const own = alloc.lines.length === 1 ? alloc.lines[0] : null;
    const first = own ?? alloc.parts[0] ?? alloc.lines[0];
    row.allocation = {
      sheet: first.sheet,
      row: first.row,
      sheetRow: first.sheetRow,
      codeCell: first.codeCell.address,
      amountCell: first.amountCell.address,
      ...(alloc.parts.length > 0 && !own ? { parts: alloc.parts.map((p) => ({ row: p.row, sheetRow: p.sheetRow, amountCell: p.amountCell.address })) } : {}),
    };
  }
  return row;
}
