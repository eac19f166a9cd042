// Which unit a table's amounts are in, by evidence and in this order: the amount column's own
// header ("Beløp (i 1 000 kr)", "Kroner", "MNOK"); a caption row directly above or directly under
// the header ("(i 1 000 kr)", a "(kr)" row under the amount); the other headers of the row; the
// sheet's title rows and its name. The user's choice wins over all of it (with a warning when the
// sheet says otherwise). A sentence that carries an amount ("Samlet reduksjon: 0,4 mill. kroner")
// names the unit of its own amount, never the table's. Every guess that can change a number is a
// warning: a unit taken from the table above, from the allocation, or assumed.
import type { FactSource } from "../use-cases/facts";
import { type Unit, unitCaption } from "../amounts/unit";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type Grid, cellAddress, isBlank } from "../grid";
import { headerKey } from "../sheet/text";

export type UnitEvidenceSource = "header" | "caption" | "title";

export interface UnitEvidence {
  readonly unit: Unit;
  readonly source: UnitEvidenceSource;
  /** The text that says it, as written. */
  readonly text: string;
  /** Where it says it: `Tildeling!C4` (the sheet's name for a unit in the tab name). */
  readonly cell: string;
}

export interface UnitPlace {
  /** 0-based header row. */
  readonly headerRow: number;
  /** 0-based amount column, when the table has one. */
  readonly amountCol: number | null;
  /** 0-based rows above the header that title the table, top to bottom. */
  readonly titleRows: readonly number[];
  /** The other header cells' columns (0-based). */
  readonly headerCols: readonly number[];
  /** Gul bok's published data: its amount column (GB, Saldert budsjett) is in kroner. */
  readonly budgetData?: boolean;
}

const GUL_BOK_AMOUNT = /^(gb|beløp|belop|saldert budsjett|vedtatt budsjett|forslag|saldert_budsjett)$/;

function textAt(grid: Grid, row: number, col: number): string | null {
  const v = grid.values[row]?.[col];
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** A row that is only a caption: text cells, none of them a code or an amount. */
function captionCells(grid: Grid, row: number): { col: number; text: string }[] | null {
  const cells = grid.values[row];
  if (!cells) return null;
  const out: { col: number; text: string }[] = [];
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (isBlank(v)) continue;
    if (typeof v !== "string") return null;
    out.push({ col, text: v });
  }
  return out.length > 0 && out.length <= 3 ? out : null;
}

function fromCells(grid: Grid, row: number, cells: readonly { col: number; text: string }[], source: UnitEvidenceSource, preferCol: number | null): UnitEvidence[] {
  const ordered = preferCol === null ? cells : [...cells.filter((c) => c.col === preferCol), ...cells.filter((c) => c.col !== preferCol)];
  const out: UnitEvidence[] = [];
  for (const c of ordered) {
    const unit = unitCaption(c.text);
    if (unit) out.push({ unit, source, text: c.text.trim(), cell: cellAddress(grid, row, c.col) });
  }
  return out;
}

/** Every piece of evidence for a table's unit, strongest first. */
export function unitEvidence(grid: Grid, place: UnitPlace): UnitEvidence[] {
  const out: UnitEvidence[] = [];
  const { headerRow, amountCol } = place;
  // 1. The amount column's own header.
  if (amountCol !== null) {
    const label = textAt(grid, headerRow, amountCol);
    if (label !== null) {
      const unit = place.budgetData && GUL_BOK_AMOUNT.test(headerKey(label)) ? "kr" : unitCaption(label);
      if (unit) out.push({ unit, source: "header", text: label.trim(), cell: cellAddress(grid, headerRow, amountCol) });
    }
  }
  // 2. A caption row directly above the header (a blank row may part them) or directly under it.
  const above = place.titleRows.length > 0 ? place.titleRows[place.titleRows.length - 1] : -1;
  const captionRows = new Set<number>();
  if (above >= 0 && headerRow - above <= 2) captionRows.add(above);
  const under = captionCells(grid, headerRow + 1);
  if (under) {
    captionRows.add(headerRow + 1);
    out.push(...fromCells(grid, headerRow + 1, under, "caption", amountCol));
  }
  if (captionRows.has(above)) {
    const cells = captionCells(grid, above);
    if (cells) out.push(...fromCells(grid, above, cells, "caption", amountCol));
  }
  // 3. The other headers of the row ("Kap/post | Navn | 1 000 kr" over an unnamed amount column).
  for (const col of place.headerCols) {
    if (col === amountCol) continue;
    const label = textAt(grid, headerRow, col);
    const unit = label !== null ? unitCaption(label) : null;
    if (unit && label !== null) out.push({ unit, source: "header", text: label.trim(), cell: cellAddress(grid, headerRow, col) });
  }
  // 4. The sheet's title rows, then its name.
  for (const row of place.titleRows) {
    if (captionRows.has(row)) continue;
    const cells = (grid.values[row] ?? []).flatMap((v, col) => (typeof v === "string" && v.trim() !== "" ? [{ col, text: v }] : []));
    out.push(...fromCells(grid, row, cells, "title", null));
  }
  const fromName = unitCaption(grid.sheet);
  if (fromName) out.push({ unit: fromName, source: "title", text: grid.sheet, cell: grid.sheet });
  return out;
}

export type UnitSource = Extract<FactSource, "option" | "header" | "caption" | "title" | "allocation" | "default"> | "previous-table";

export interface UnitDecision {
  readonly unit: Unit;
  readonly source: UnitSource;
  /** What the sheet itself said (its strongest evidence), when it said something. */
  readonly found: Unit | null;
  /** The evidence the unit was taken from (or that the user's choice overrode). */
  readonly evidence: UnitEvidence | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Evidence of the same rank names two units: the table must not be read (an error says so). */
  readonly ambiguous?: boolean;
}

export interface UnitChoiceOptions {
  /** The user's choice (--unit, --changes-unit, the pane's setting). */
  readonly unit?: Unit;
  /** The unit of the table above on the same sheet, when there was one. */
  readonly previous?: Unit | null;
  /** A change list's allocation: its unit is taken when the list names none. */
  readonly allocationUnit?: Unit;
  /** The product's default when nothing says it. */
  readonly fallback: Unit;
  /** The option that chooses, for the messages: "--unit" or "--changes-unit". */
  readonly optionName?: string;
  /** Whether the table has amounts at all (no warning about the unit of a table without amounts). */
  readonly hasAmounts?: boolean;
}

/** The table's unit from its evidence and the user's choice, with a warning for every guess. */
export function chooseUnit(evidence: readonly UnitEvidence[], headerCell: string, options: UnitChoiceOptions): UnitDecision {
  const option = options.optionName ?? "--unit";
  const best = evidence[0] ?? null;
  const found = best?.unit ?? null;
  const notes: Diagnostic[] = [];
  const loud = options.hasAmounts !== false;
  if (options.unit) {
    if (best && best.unit !== options.unit) {
      notes.push(diagnostic("warning", "ALLOC-UNIT-CONFLICT", { found: best.unit, unit: options.unit, text: best.text, where: best.cell }, { text: best.text, cell: best.cell }));
    }
    return { unit: options.unit, source: "option", found, evidence: best, diagnostics: notes };
  }
  if (best) {
    // Evidence of the same rank that disagrees ("(i 1 000 kr)" above the header, "(kr)" under it):
    // either could be right, so the table is not read until the user chooses.
    const rival = evidence.find((e) => e.unit !== best.unit && e.source === best.source);
    if (rival) {
      const params = { unit: best.unit, text: best.text, where: best.cell, other: rival.unit, otherText: rival.text, otherWhere: rival.cell, option };
      notes.push(diagnostic("error", "UNIT-EVIDENCE-CONFLICT", params, { cell: best.cell }));
      return { unit: best.unit, source: best.source, found, evidence: best, diagnostics: notes, ambiguous: true };
    }
    // Weaker evidence that disagrees: the choice is named with the alternative.
    const other = evidence.find((e) => e.unit !== best.unit);
    if (other && loud) {
      notes.push(
        diagnostic(
          "warning",
          "UNIT-EVIDENCE-OVERRULED",
          { unit: best.unit, text: best.text, where: best.cell, other: other.unit, otherText: other.text, otherWhere: other.cell, option },
          { cell: best.cell },
        ),
      );
    }
    return { unit: best.unit, source: best.source, found, evidence: best, diagnostics: notes };
  }
  if (options.previous) {
    if (loud) notes.push(diagnostic("warning", "UNIT-FROM-TABLE-ABOVE", { cell: headerCell, unit: options.previous, option }, { cell: headerCell }));
    return { unit: options.previous, source: "previous-table", found: null, evidence: null, diagnostics: notes };
  }
  if (options.allocationUnit) {
    if (loud) notes.push(diagnostic("warning", "CHG-UNIT-FROM-ALLOCATION", { cell: headerCell, unit: options.allocationUnit, option }, { cell: headerCell }));
    return { unit: options.allocationUnit, source: "allocation", found: null, evidence: null, diagnostics: notes };
  }
  if (loud) notes.push(diagnostic("warning", "ALLOC-UNIT-ASSUMED", { cell: headerCell, unit: options.fallback, option }, { cell: headerCell }));
  return { unit: options.fallback, source: "default", found: null, evidence: null, diagnostics: notes };
}
