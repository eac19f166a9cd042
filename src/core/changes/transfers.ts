// A transfer moves money between codes ("reduseres ... mot en tilsvarende økning på ..."):
// its entries must sum to zero. One that does not is an error that says by how much.
import { formatAmount } from "../amounts/format-amount";
import type { Unit } from "../amounts/unit";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { ZERO, add } from "../amounts/exact";
import type { ChangeEntry } from "./types";

/** Entries must already be in `unit`. */
export function checkTransfers(entries: readonly ChangeEntry[], unit: Unit): Diagnostic[] {
  const groups = new Map<string, { sum: typeof ZERO; first: ChangeEntry }>();
  for (const e of entries) {
    if (e.transfer === undefined) continue;
    const g = groups.get(e.transfer);
    if (g) g.sum = add(g.sum, e.amount);
    else groups.set(e.transfer, { sum: e.amount, first: e });
  }
  const out: Diagnostic[] = [];
  for (const [group, { sum, first }] of groups) {
    if (sum.isZero()) continue;
    out.push(diagnostic("error", "CHG-TRANSFER-UNBALANCED", { group, difference: formatAmount(sum), unit }, { cell: first.amountCell?.address ?? first.codeCell?.address }));
  }
  return out;
}

/** Each transfer group and what it sums to (zero when balanced). */
export function transferSums(entries: readonly ChangeEntry[]): Map<string, typeof ZERO> {
  const out = new Map<string, typeof ZERO>();
  for (const e of entries) if (e.transfer !== undefined) out.set(e.transfer, add(out.get(e.transfer) ?? ZERO, e.amount));
  return out;
}
