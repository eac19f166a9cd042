// Per-table decisions shared by the allocation and change readers: which columns play which
// role, which column holds the amounts, and which unit the table is written in.
import type { Unit } from "../amounts/unit";
import { type Grid, cellAt, isBlank } from "../grid";
import type { FactSource } from "../use-cases/facts";
import { type AmountCandidate, type AmountColumnDecision, chooseAmountColumn as pickAmountColumn } from "../readers/amount-column";
import type { HeaderMatch } from "../sheet/header";
import { cellText } from "../sheet/text";
import { type UnitChoiceOptions, type UnitDecision, chooseUnit, unitEvidence } from "../readers/unit-evidence";
import type { AddressBook } from "./cells";
import type { CodeColumns } from "./row-code";
import type { TableSpan } from "./table-scan";
import type { ColumnInfo } from "./types";

export function columnsOf(header: HeaderMatch, book: AddressBook): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (const [role, cols] of header.allColumns) {
    for (const col of cols) out.push({ role, col, letters: book.lettersOf(col), label: header.labels.get(col) ?? "" });
  }
  return out.sort((a, b) => a.col - b.col);
}

export function codeColumnsOf(header: HeaderMatch, grid?: Grid, span?: TableSpan): CodeColumns {
  const c = header.columns;
  // "Kap./post" merged over two columns: the kap and the post stand in separate cells below it.
  const code = c.get("code");
  if (code !== undefined && grid && span && mergedOverTwo(grid, span, code)) return { chapter: code, post: code + 1, subPost: c.get("subPost") };
  // A "Kap" column with no "Post" column holds whole codes ("351/70") or chapter headings.
  if (!c.has("code") && c.has("chapter") && !c.has("post")) return { code: c.get("chapter"), subPost: c.get("subPost") };
  return { code: c.get("code"), chapter: c.get("chapter"), post: c.get("post"), subPost: c.get("subPost") };
}

/** How many body rows mergedOverTwo weighs at most. */
export const MERGE_WEIGHED_ROWS = 30;

const WHOLE = /^\s*\d{1,4}\s*$/;

function wholeIn(value: unknown, min: number, max: number): boolean {
  const n = typeof value === "number" ? value : typeof value === "string" && WHOLE.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max;
}

/**
 * The code column whose header may be merged over kap and post (mergedOverTwo looks at up to 30
 * body rows to tell), or undefined when the header rules it out at once.
 */
export function mergeLookaheadColumn(grid: Grid, header: HeaderMatch): number | undefined {
  const col = header.columns.get("code");
  if (col === undefined || header.labels.has(col + 1) || !isBlank(cellAt(grid, header.row, col + 1))) return undefined;
  return col;
}

/** Whether a body row's code cell is one of the (at most 30) rows mergedOverTwo weighs. */
export function weighedForMerge(kap: unknown): boolean {
  return !(isBlank(kap as never) || (typeof kap === "string" && !/^\s*\d/.test(kap)));
}

/**
 * A code header whose right-hand neighbour is blank, over body rows whose code cell is a chapter
 * (1–5999) and whose neighbour is a post (1–99): the header cell is merged over kap and post.
 */
function mergedOverTwo(grid: Grid, span: TableSpan, col: number): boolean {
  if (span.header.labels.has(col + 1) || !isBlank(cellAt(grid, span.header.row, col + 1))) return false;
  let split = 0;
  let other = 0;
  for (let r = span.firstRow; r <= span.lastRow && split + other < MERGE_WEIGHED_ROWS; r++) {
    const kap = cellAt(grid, r, col);
    if (!weighedForMerge(kap)) continue;
    if (wholeIn(kap, 1, 5999) && wholeIn(cellAt(grid, r, col + 1), 1, 99)) split++;
    else other++;
  }
  return split > 0 && split >= other * 4;
}

export interface AmountChoice {
  readonly column: ColumnInfo | null;
  /** Other amount-like columns the table has. */
  readonly others: readonly ColumnInfo[];
  /** The asked-for column was not found. */
  readonly missing: string | null;
  /** Why this column, as the report facts say it, and the notes on the choice. */
  readonly decision: AmountColumnDecision;
}

export interface AmountColumnChoiceOptions {
  readonly roles: readonly string[];
  readonly asked?: string;
  readonly year?: number | null;
  readonly yearSource?: FactSource;
  /** Take the first role's column without weighing meanings (a change list's «Endring»). */
  readonly byRoleOnly?: boolean;
}

/** The amount column of a table, by meaning (see readers/amount-column). */
export function chooseAmountColumn(grid: Grid, header: HeaderMatch, columns: readonly ColumnInfo[], book: AddressBook, options: AmountColumnChoiceOptions): AmountChoice {
  const hidden = new Set(grid.hiddenColumns ?? []);
  const width = header.inferred ? Math.max(0, ...header.labels.keys()) + 1 : (grid.values[header.row]?.length ?? 0);
  const headers: AmountCandidate[] = [];
  for (let col = 0; col < width; col++) {
    const label = header.inferred ? (header.labels.get(col) ?? "") : cellText(cellAt(grid, header.row, col)).trim();
    if (label === "") continue;
    const role = columns.find((c) => c.col === col)?.role ?? "";
    headers.push({ col, label, role, hidden: hidden.has(col), cell: book.address(Math.max(header.row, 0), col) });
  }
  // A change table (before, change, after) read as an allocation: its allocation is the one before.
  const changeTable = header.columns.has("change") && (header.columns.has("before") || header.columns.has("after"));
  const decision = options.byRoleOnly && !options.asked
    ? (() => {
        const first = options.roles.flatMap((r) => headers.filter((h) => h.role === r))[0] ?? null;
        return { column: first, source: "header" as FactSource, why: "only-one" as const, alternatives: [], missing: null, diagnostics: [] };
      })()
    : pickAmountColumn(headers, { roles: options.roles, asked: options.asked, year: options.year, yearSource: options.yearSource, changeTable });
  const picked = decision.column;
  const asInfo = (c: AmountCandidate): ColumnInfo => columns.find((x) => x.col === c.col) ?? { role: "amount", col: c.col, letters: book.lettersOf(c.col), label: c.label };
  const column = picked ? asInfo(picked) : null;
  return { column, others: decision.alternatives.map(asInfo), missing: decision.missing, decision };
}

export type UnitChoice = UnitDecision;

export interface TableUnitOptions extends Omit<UnitChoiceOptions, "previous" | "hasAmounts"> {
  /** Gul bok's published data: its GB column is in kroner. */
  readonly budgetData?: boolean;
}

/** The unit a table is written in, by evidence (see readers/unit-evidence), with a warning for every guess. */
export function tableUnit(grid: Grid, span: TableSpan, amountCol: ColumnInfo | null, options: TableUnitOptions, previous: Unit | null, headerCell: string, hasAmounts = true): UnitChoice {
  const headerCols = [...span.header.labels.keys()];
  const evidence = unitEvidence(grid, { headerRow: span.header.row, amountCol: amountCol?.col ?? null, titleRows: span.titleRows, headerCols, budgetData: options.budgetData });
  return chooseUnit(evidence, headerCell, { ...options, previous, hasAmounts });
}
