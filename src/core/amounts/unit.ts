// The unit a table states its amounts in. Budget tables say it in a heading or caption
// ("(i 1 000 kr)", "alle tall i 1 000 kroner", "mill. kroner"); the seed letter's `57 625` is
// 57 625 000 kroner. Conversion is exact: scaling by powers of ten never rounds.
import Decimal from "decimal.js";
import { formatMessage, type Lang } from "../i18n/catalog";
import { normalizeSpaces } from "../sheet/text";
import { Exact } from "./exact";

export type Unit = "kr" | "1000 kr" | "mill. kr" | "mrd. kr";

export const UNITS: readonly Unit[] = ["kr", "1000 kr", "mill. kr", "mrd. kr"];

/** Kroner per unit: 1, 1 000, 1 000 000 or 1 000 000 000. */
const FACTOR: Record<Unit, Decimal> = {
  kr: new Decimal(1),
  "1000 kr": new Decimal(1000),
  "mill. kr": new Decimal(1_000_000),
  "mrd. kr": new Decimal(1_000_000_000),
};

// Word characters for Norwegian text: a unit word must not be part of a longer word ("krav").
const L = "a-zæøåäöü";
const CUR = "(?:kr|kroner|nok)";
const THOUSAND = new RegExp(`(?:^|[^${L}0-9])(?:(?:1 ?000|tusen|tusener)\\s*${CUR}|${CUR}\\.?\\s*1 ?000|tnok|tkr)(?![${L}0-9])`);
const MILLION = new RegExp(`(?:^|[^${L}])(?:(?:mill|mill\\.|million|millioner|mln\\.?|mio\\.?)\\s*${CUR}|${CUR}\\.?\\s*mill|mnok|mkr)(?![${L}])`);
const BILLION = new RegExp(`(?:^|[^${L}])(?:(?:mrd|mrd\\.|milliard|milliarder)\\s*${CUR}|${CUR}\\.?\\s*mrd|mrdnok)(?![${L}])`);
const KRONER = new RegExp(`(?:^|[^${L}])${CUR}(?![${L}])`);

/** The unit named in a heading or caption, or null when it names none. */
export function detectUnit(text: string): Unit | null {
  if (typeof text !== "string" || text === "") return null;
  const t = normalizeSpaces(text).toLowerCase();
  if (THOUSAND.test(t)) return "1000 kr";
  if (MILLION.test(t)) return "mill. kr";
  if (BILLION.test(t)) return "mrd. kr";
  if (KRONER.test(t)) return "kr";
  return null;
}

// An amount with a unit after it ("0,4 mill. kroner", "57 625 kr"), once the unit phrases that
// name a unit by a number ("1 000 kr", "NOK 1 000") are taken out.
const UNIT_BY_NUMBER = new RegExp(`(?:1 ?000\\s*${CUR}|${CUR}\\.?\\s*1 ?000)(?![0-9])`, "g");
const AMOUNT_WITH_UNIT = new RegExp(`\\d(?:[\\d ,.]*\\d)?\\s*(?:${CUR}|mill(?:ion|ioner)?|mrd|milliard(?:er)?|tusen|mnok)(?![${L}])`);

/**
 * A text that can state a table's unit: it names a unit and carries no amount of its own. A
 * sentence such as "Samlet reduksjon: 0,4 mill. kroner" names a unit only for its own amount.
 */
export function unitCaption(text: string): Unit | null {
  const unit = detectUnit(text);
  if (unit === null) return null;
  const t = normalizeSpaces(text).toLowerCase().replace(UNIT_BY_NUMBER, " ");
  return AMOUNT_WITH_UNIT.test(t) ? null : unit;
}

/** A unit the user names (`--unit 1000`, `--unit "1000 kr"`, `--unit mill`, `--unit kr`), or null. */
export function parseUnitOption(text: string): Unit | null {
  const t = normalizeSpaces(text).toLowerCase();
  const bare: Record<string, Unit> = { kr: "kr", kroner: "kr", nok: "kr", "1000": "1000 kr", "1 000": "1000 kr", tusen: "1000 kr", mill: "mill. kr", "mill.": "mill. kr", mrd: "mrd. kr", "mrd.": "mrd. kr" };
  return bare[t] ?? detectUnit(t);
}

const LABEL_KEY: Record<Unit, string> = {
  kr: "AMT-UNIT-LABEL-KR",
  "1000 kr": "AMT-UNIT-LABEL-1000",
  "mill. kr": "AMT-UNIT-LABEL-MILL",
  "mrd. kr": "AMT-UNIT-LABEL-MRD",
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
