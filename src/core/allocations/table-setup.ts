// Per-table decisions shared by the allocation and change readers: which columns play which
// role, which column holds the amounts, and which unit the table is written in.
import { type Unit, detectUnit } from "../amounts/unit";
import { type Grid, cellAt } from "../grid";
import type { HeaderMatch } from "../sheet/header";
import { cellText, headerKey } from "../sheet/text";
import type { AddressBook } from "./cells";
import type { CodeColumns } from "./row-code";
import type { TableSpan } from "./table-scan";
import type { ColumnInfo, UnitSource } from "./types";

export function columnsOf(header: HeaderMatch, book: AddressBook): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (const [role, cols] of header.allColumns) {
    for (const col of cols) out.push({ role, col, letters: book.lettersOf(col), label: header.labels.get(col) ?? "" });
  }
  return out.sort((a, b) => a.col - b.col);
}

export function codeColumnsOf(header: HeaderMatch): CodeColumns {
  const c = header.columns;
  // A "Kap" column with no "Post" column holds whole codes ("351/70") or chapter headings.
  if (!c.has("code") && c.has("chapter") && !c.has("post")) return { code: c.get("chapter"), subPost: c.get("subPost") };
  return { code: c.get("code"), chapter: c.get("chapter"), post: c.get("post"), subPost: c.get("subPost") };
}

export interface AmountChoice {
  readonly column: ColumnInfo | null;
  /** Other amount-like columns the table has (for the "read from" note). */
  readonly others: readonly ColumnInfo[];
  /** The asked-for column was not found. */
  readonly missing: string | null;
}

/**
 * The amount column: the one the caller names, else the first column of the first role in
 * `preference` that the table has (an allocation prefers "Tildeling før" over a plain amount over
 * "Ny tildeling", so a change table read as allocations gives the allocation before the change).
 */
export function chooseAmountColumn(grid: Grid, header: HeaderMatch, columns: readonly ColumnInfo[], preference: readonly string[], asked?: string): AmountChoice {
  const candidates = preference.flatMap((role) => columns.filter((c) => c.role === role));
  let column: ColumnInfo | null = candidates[0] ?? null;
  let missing: string | null = null;
  if (asked !== undefined && asked.trim() !== "") {
    const want = headerKey(asked);
    const width = grid.values[header.row]?.length ?? 0;
    let found: ColumnInfo | null = null;
    for (let col = 0; col < width && !found; col++) {
      const label = cellText(cellAt(grid, header.row, col));
      if (headerKey(label) === want) found = columns.find((c) => c.col === col) ?? { role: "amount", col, letters: "", label: label.trim() };
    }
    for (let col = 0; col < width && !found; col++) {
      const label = cellText(cellAt(grid, header.row, col));
      if (want !== "" && headerKey(label).includes(want)) found = columns.find((c) => c.col === col) ?? { role: "amount", col, letters: "", label: label.trim() };
    }
    if (found) column = found;
    else missing = asked;
  }
  const others = candidates.filter((c) => c !== column && c.col !== column?.col);
  return { column, others, missing };
}

export interface UnitChoice {
  readonly unit: Unit;
  readonly source: UnitSource;
  /** What the sheet itself said, when it said something. */
  readonly found: Unit | null;
}

/** The unit a table is written in: its caption or titles, its headers, the table above it, or the fallback. */
export function tableUnit(
  grid: Grid,
  span: TableSpan,
  amountCol: ColumnInfo | null,
  options: { unit?: Unit; fallback: Unit },
  previous: Unit | null,
): UnitChoice {
  let found: Unit | null = null;
  let source: UnitSource = "assumed";
  for (const row of span.titleRows) {
    for (const v of grid.values[row] ?? []) {
      if (typeof v !== "string") continue;
      const u = detectUnit(v);
      if (u) {
        found = u;
        source = "caption";
      }
    }
  }
  if (found === null && amountCol) {
    // Gul bok's GB column is in kroner; other headers may say it: "Beløp (1000 kr)".
    const key = headerKey(amountCol.label);
    found = key === "gb" ? "kr" : detectUnit(amountCol.label);
    if (found) source = "header";
  }
  if (found === null) {
    for (const label of span.header.labels.values()) {
      const u = detectUnit(label);
      if (u) {
        found = u;
        source = "header";
        break;
      }
    }
  }
  if (options.unit) return { unit: options.unit, source: "option", found };
  if (found) return { unit: found, source, found };
  if (previous) return { unit: previous, source: "previous-table", found: null };
  return { unit: options.fallback, source: "assumed", found: null };
}
