// The allocation lines by code, as the changes need them: underposts summed into their post
// unless a change names one of that post's underposts; two lines for one code kept together so
// applyChanges can refuse to guess between them.
import type Decimal from "decimal.js";
import type { AllocationLine } from "../allocations/types";
import { type BudgetCode, budgetCodeKey, formatBudgetCode, postOf } from "../codes/budget-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { formatAmount } from "../amounts/format-amount";
import { codeNumber, postNumber } from "./code-number";
import { ZERO } from "./exact";

/** One code's allocation: a line, a post made of underposts, or several lines (an error). */
export interface IndexedAllocation {
  readonly code: BudgetCode;
  readonly key: string;
  /** Every line behind the code; more than one "own" line is a duplicate. */
  readonly lines: readonly AllocationLine[];
  /** The amount, when it is unambiguous. */
  readonly amount: Decimal | null;
  /** Underposts summed into this post. */
  readonly parts: readonly AllocationLine[];
  /** First sheet position, for sheet order. */
  readonly order: number;
}

/**
 * @param splitPosts keys of posts whose underposts the changes name: those stay underposts.
 * @param convert turns a line amount into the result unit.
 */
export function indexAllocations(
  lines: readonly AllocationLine[],
  splitPosts: ReadonlySet<number>,
  convert: (amount: Decimal) => Decimal,
  diagnostics: Diagnostic[],
): Map<number, IndexedAllocation> {
  const own = new Map<number, AllocationLine[]>();
  const subs = new Map<number, AllocationLine[]>();
  const order = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let key = codeNumber(line.code);
    let target = own;
    if (line.code.subPost !== undefined) {
      const post = postNumber(line.code);
      if (!splitPosts.has(post)) {
        key = post;
        target = subs;
      }
    }
    const list = target.get(key);
    if (list) list.push(line);
    else {
      target.set(key, [line]);
      if (!order.has(key)) order.set(key, i);
    }
  }

  const out = new Map<number, IndexedAllocation>();
  for (const [key, list] of own) {
    const parts = subs.get(key) ?? [];
    let amount: Decimal | null = list.length === 1 ? convert(list[0].amount) : null;
    if (list.length > 1) {
      const cells = list.map((l) => l.codeCell.address).join(", ");
      diagnostics.push(diagnostic("error", "CHG-DUPLICATE-LINE", { code: formatBudgetCode(list[0].code), cells }, { cell: list[1].codeCell.address }));
    }
    if (amount !== null && parts.length > 0) {
      // A post given both whole and split: fine when they agree (the whole post counts).
      const partSum = parts.reduce((s, l) => s.plus(convert(l.amount)), ZERO);
      if (!partSum.eq(amount)) {
        diagnostics.push(
          diagnostic("error", "CHG-POST-AND-SUBPOSTS", { code: list[0].key, sum: formatAmount(partSum), amount: formatAmount(amount) }, { cell: list[0].amountCell.address }),
        );
        amount = null;
      }
    }
    out.set(key, { code: list[0].code, key: list[0].key, lines: list, amount, parts, order: order.get(key)! });
  }
  for (const [key, parts] of subs) {
    if (out.has(key)) continue;
    const first = parts[0];
    const seen = new Set<string>();
    let duplicate = false;
    for (const p of parts) {
      if (seen.has(p.key)) duplicate = true;
      seen.add(p.key);
    }
    const amount = duplicate ? null : parts.reduce((s, l) => s.plus(convert(l.amount)), ZERO);
    const code = postOf(first.code);
    out.set(key, { code, key: budgetCodeKey(code), lines: duplicate ? parts : [], amount, parts, order: order.get(key)! });
    if (duplicate) {
      const cells = parts.map((p) => p.codeCell.address).join(", ");
      diagnostics.push(diagnostic("error", "CHG-DUPLICATE-LINE", { code: formatBudgetCode(postOf(first.code)), cells }, { cell: first.codeCell.address }));
    }
  }
  return out;
}
