// Unit words written after an amount: `1,2 mill. kr`, `500 000 kroner`, `2 mrd. kroner`.
import { normalizeSpaces } from "../sheet/text";
import type { Unit } from "./unit";

export interface UnitWords {
  readonly unit: Unit;
  /** Multiplier into `unit` (1 000 for "mrd.", which has no unit of its own). */
  readonly scale: number;
}

const KR: UnitWords = { unit: "kr", scale: 1 };
const THOUSAND: UnitWords = { unit: "1000 kr", scale: 1 };
const MILL: UnitWords = { unit: "mill. kr", scale: 1 };
const BILLION: UnitWords = { unit: "mill. kr", scale: 1000 };

const CURRENCY = ["kr", "kroner", "nok", "krone"];
const PREFIXES: ReadonlyArray<readonly [string[], UnitWords]> = [
  [["mill", "millioner", "million", "mln", "mio"], MILL],
  [["mrd", "milliarder", "milliard"], BILLION],
  [["tusen", "tusener", "1000", "1 000"], THOUSAND],
];

const table = new Map<string, UnitWords>();
for (const c of CURRENCY) {
  table.set(c, KR);
}
for (const [words, unit] of PREFIXES) {
  for (const w of words) {
    // "mill." and "mill" alone also mean million kroner in a budget text.
    table.set(w, unit);
    for (const c of CURRENCY) {
      table.set(`${w} ${c}`, unit);
    }
  }
}

/** The unit named by the words after an amount, or null when they name none we know. */
export function unitFromWords(text: string): UnitWords | null {
  // Full stops are abbreviation marks or the end of a sentence: "mill. kr." -> "mill kr".
  const key = normalizeSpaces(text.toLowerCase().replace(/\./g, " "));
  return table.get(key) ?? null;
}
