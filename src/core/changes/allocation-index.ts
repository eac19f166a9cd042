// The allocation lines by code, as the changes need them: underposts summed into their post
// unless a change names one of that post's underposts; two lines for one code kept together so
// applyChanges can refuse to guess between them.
import type Decimal from "decimal.js";
import type { AllocationLine } from "../allocations/types";
import { type BudgetCode, budgetCodeKey, formatBudgetCode, postOf } from "../codes/budget-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { formatAmount } from "../amounts/format-amount";
import { codeNumber, postNumber } from "./code-number";
import { sum } from "./exact";

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
      const cells = slot.lines.map((l) => l.codeCell.address).join(", ");
      diagnostics.push(diagnostic("error", "CHG-DUPLICATE-LINE", { code: formatBudgetCode(slot.code), cells }, { cell: slot.lines[1].codeCell.address }));
      continue;
    }
    if (!hasParts || slot.parts.length === 0) continue;
    const seen = new Set<string>();
    const twice = slot.parts.filter((p) => (seen.has(p.key) ? true : (seen.add(p.key), false)));
    if (twice.length > 0) {
      slot.amount = null;
      const cells = slot.parts.filter((p) => twice.some((t) => t.key === p.key)).map((p) => p.codeCell.address).join(", ");
      diagnostics.push(diagnostic("error", "CHG-DUPLICATE-LINE", { code: twice[0].key, cells }, { cell: twice[0].codeCell.address }));
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
