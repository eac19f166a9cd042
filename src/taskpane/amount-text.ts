// Amounts and counts as the pane shows, copies and inserts them: thousands grouped with a narrow
// no-break space (U+202F), so "57 625" never breaks across lines and reads as one number, and
// "−" for a minus. One place, so every surface writes them the same way.
import Decimal from "decimal.js";
import { formatAmount } from "../core/amounts/format-amount";

/** "57 625", "−1 000" (with U+202F). */
export function amountText(value: Decimal): string {
  return formatAmount(value, { group: "narrow" });
}

/** A count as words use it: "3 000 rader" (U+202F from 1 000 up). */
export function countText(n: number): string {
  return formatAmount(new Decimal(n), { group: "narrow" });
}

/** How many rows an address spans ("Tildeling!A1:C3000" -> 3000); null when it is not a range. */
export function rowsOfAddress(address: string | undefined): number | null {
  if (!address) return null;
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^[A-Z]{1,3}(\d+)(?::[A-Z]{1,3}(\d+))?$/i.exec(ref);
  if (!m) return null;
  return m[2] ? Number(m[2]) - Number(m[1]) + 1 : 1;
}
