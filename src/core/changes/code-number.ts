// A budget code as one small whole number, (chapter·100 + post)·100 + underpost, for the maps
// of the apply step: 100 000 lookups by number cost a fraction of the same by string key.
import type { BudgetCode } from "../codes/budget-code";

export function codeNumber(code: BudgetCode): number {
  return (code.chapter * 100 + code.post) * 100 + (code.subPost ?? 0);
}

/** The number of the post a code belongs to (its underpost dropped). */
export function postNumber(code: BudgetCode): number {
  return (code.chapter * 100 + code.post) * 100;
}
