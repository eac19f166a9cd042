// The allocation lines by code, as the changes need them: underposts summed into their post
// unless a change names one of that post's underposts; two lines for one code kept together so
// applyChanges can refuse to guess between them.
import type Decimal from "decimal.js";
import type { AllocationLine } from "../allocations/types";
import { type BudgetCode, budgetCodeKey, formatBudgetCode, postOf } from "../codes/budget-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { formatAmount } from "../amounts/format-amount";
import { codeNumber, postNumber } from "./code-number";
import { sum } from "../amounts/exact";

/** One code's allocation: a line, a post made of underposts, or several lines (an error). */
export interface IndexedAllocation {
  readonly code: BudgetCode;
  readonly key: string;
  /** The code's own lines (one, or several: a duplicate). Empty for a post made only of underposts. */
  readonly lines: readonly AllocationLine[];
  /** The amount in the table's unit, when it is unambiguous. */
  readonly amount: Decimal | null;
  /** Underposts summed into this post. */
  readonly parts: readonly AllocationLine[];
  /** Index of its first line, for sheet order. */
  readonly order: number;
}

interface Slot {
  code: BudgetCode;
  key: string;
  lines: AllocationLine[];
  amount: Decimal | null;
  parts: AllocationLine[];
  order: number;
}

const NONE: AllocationLine[] = [];

/** How many cells a duplicate-line error lists: a sheet can repeat one code thousands of times. */
const LISTED_CELLS = 5;

/** Two or more lines for one code: an error at the line that repeats it, naming the first few lines' cells. */
function duplicateLines(code: string, lines: readonly AllocationLine[], at: AllocationLine): Diagnostic {
  const listed = lines.slice(0, LISTED_CELLS).map((l) => l.codeCell.address);
  if (lines.length > LISTED_CELLS) listed.push("…");
  return diagnostic("error", "CHG-DUPLICATE-LINE", { code, count: lines.length, cells: listed.join(", ") }, { cell: at.codeCell.address });
}

/**
 * @param splitPosts post numbers (see code-number.ts) whose underposts the changes name: those stay underposts.
 * @param convert turns a line amount into the table's unit.
 */
export function indexAllocations(
  lines: readonly AllocationLine[],
  splitPosts: ReadonlySet<number>,
  convert: (amount: Decimal) => Decimal,
  diagnostics: Diagnostic[],
): Map<number, IndexedAllocation> {
  const slots = new Map<number, Slot>();
  let hasParts = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const summed = line.code.subPost !== undefined && !splitPosts.has(postNumber(line.code));
    const n = summed ? postNumber(line.code) : codeNumber(line.code);
    let slot = slots.get(n);
    if (!slot) {
      const code = summed ? postOf(line.code) : line.code;
      slot = { code, key: summed ? budgetCodeKey(code) : line.key, lines: NONE, amount: null, parts: NONE, order: i };
      slots.set(n, slot);
    }
    if (summed) {
      if (slot.parts === NONE) slot.parts = [];
      slot.parts.push(line);
      hasParts = true;
    } else if (slot.lines === NONE) {
      slot.lines = [line];
      slot.amount = convert(line.amount);
    } else {
      slot.lines.push(line);
    }
  }
  for (const slot of slots.values()) {
    if (slot.lines.length > 1) {
      slot.amount = null;
      diagnostics.push(duplicateLines(formatBudgetCode(slot.code), slot.lines, slot.lines[1]));
      continue;
    }
    if (!hasParts || slot.parts.length === 0) continue;
    const seen = new Set<string>();
    const twice = slot.parts.filter((p) => (seen.has(p.key) ? true : (seen.add(p.key), false)));
    if (twice.length > 0) {
      slot.amount = null;
      const keys = new Set(twice.map((t) => t.key));
      diagnostics.push(duplicateLines(twice[0].key, slot.parts.filter((p) => keys.has(p.key)), twice[0]));
      continue;
    }
    const partSum = sum(slot.parts.map((l) => convert(l.amount)));
    if (slot.lines.length === 0) {
      slot.amount = partSum;
    } else if (!partSum.eq(slot.amount!)) {
      // A post given both whole and split must agree with itself; when it does, the whole post counts.
      const params = { code: slot.key, sum: formatAmount(partSum), amount: formatAmount(slot.amount!) };
      diagnostics.push(diagnostic("error", "CHG-POST-AND-SUBPOSTS", params, { cell: slot.lines[0].amountCell.address }));
      slot.amount = null;
    }
  }
  return slots;
}
