// The unit a table states its amounts in. Budget tables say it in a heading or caption
// ("(i 1 000 kr)", "alle tall i 1 000 kroner", "mill. kroner"); the seed letter's `57 625` is
// 57 625 000 kroner. Conversion is exact: scaling by powers of ten never rounds.
import Decimal from "decimal.js";
import { formatMessage, type Lang } from "../i18n/catalog";
import { normalizeSpaces } from "../sheet/text";
import { Exact } from "./exact";

export type Unit = "kr" | "1000 kr" | "mill. kr";

export const UNITS: readonly Unit[] = ["kr", "1000 kr", "mill. kr"];

/** Kroner per unit: 1, 1 000 or 1 000 000. */
const FACTOR: Record<Unit, Decimal> = {
  kr: new Decimal(1),
  "1000 kr": new Decimal(1000),
  "mill. kr": new Decimal(1_000_000),
};

// Word characters for Norwegian text: a unit word must not be part of a longer word ("krav").
const L = "a-zæøåäöü";
const THOUSAND = new RegExp(`(?:^|[^${L}0-9])(?:(?:1 ?000|tusen|tusener)\\s*(?:kr|kroner|nok)|(?:kr|nok)\\.?\\s*1 ?000)(?![${L}0-9])`);
const MILLION = new RegExp(`(?:^|[^${L}])(?:(?:mill|mill\\.|million|millioner|mln\\.?)\\s*(?:kr|kroner|nok)|(?:nok|kr)\\.?\\s*mill)(?![${L}])`);
const KRONER = new RegExp(`(?:^|[^${L}])(?:kr|kroner|nok)(?![${L}])`);

/** The unit named in a heading or caption, or null when it names none. */
export function detectUnit(text: string): Unit | null {
  if (typeof text !== "string" || text === "") return null;
  const t = normalizeSpaces(text).toLowerCase();
  if (THOUSAND.test(t)) return "1000 kr";
  if (MILLION.test(t)) return "mill. kr";
  if (KRONER.test(t)) return "kr";
  return null;
}

const LABEL_KEY: Record<Unit, string> = {
  kr: "AMT-UNIT-LABEL-KR",
  "1000 kr": "AMT-UNIT-LABEL-1000",
  "mill. kr": "AMT-UNIT-LABEL-MILL",
};

/** The caption a table carries: "Beløp i 1 000 kr". */
export function unitLabel(unit: Unit, lang: Lang = "nb"): string {
  return formatMessage(LABEL_KEY[unit], {}, lang);
}

// Scaled with the one exact Decimal (./exact: 200 significant digits, far more than an amount a
// person types plus the six digits of 10^6); results are handed back as ordinary Decimals so later
// arithmetic keeps the caller's settings.

/** The same amount in another unit: 57 625 (1000 kr) -> 57 625 000 (kr). Exact. */
export function convertAmount(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return value;
  const scaled = new Exact(value).times(FACTOR[from]).div(FACTOR[to]);
  return new Decimal(scaled);
}
