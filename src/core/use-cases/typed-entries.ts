// Change rows typed in the pane (kap/post and the change, as the user wrote them) as change
// entries, in the allocation sheet's unit unless a row names its own ("1 mill. kr").
import { parseAmount } from "../amounts/parse-amount";
import type { Unit } from "../amounts/unit";
import type { ChangeEntry } from "../changes/types";
import { budgetCodeKey, parseBudgetCode } from "../codes/budget-code";
import type { Diagnostic } from "../diagnostics";

export interface TypedChangeRow {
  readonly code: string;
  readonly change: string;
}

export function typedEntries(rows: readonly TypedChangeRow[], unit: Unit): { entries: ChangeEntry[]; diagnostics: Diagnostic[] } {
  const entries: ChangeEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of rows) {
    if (row.code.trim() === "" && row.change.trim() === "") continue;
    const code = parseBudgetCode(row.code);
    const amount = parseAmount(row.change);
    if (!code.ok) diagnostics.push(code.diagnostic);
    if (!amount.ok) diagnostics.push(amount.diagnostic);
    if (!code.ok || !amount.ok) continue;
    entries.push({ code: code.value, key: budgetCodeKey(code.value), amount: amount.value.value, unit: amount.value.unit ?? unit, text: `${row.code} ${row.change}`.trim() });
  }
  return { entries, diagnostics };
}
