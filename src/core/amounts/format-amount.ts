// Writing amounts as Norwegian letters do: `57 625`, `−1 000` (a real minus sign), `1,5`, and
// in words: `1 mill. kroner`, `1,5 mill. kroner`, `500 000 kroner`. Exact: no float on the way.
import Decimal from "decimal.js";
import { wholeNumberOf } from "./whole-number";

export type GroupSeparator = "space" | "nbsp" | "narrow";

export interface FormatAmountOptions {
  /** Thousands separator: a plain space (default), a no-break space (U+00A0) or a narrow no-break space (U+202F). */
  readonly group?: GroupSeparator;
  /** "minus" (U+2212, default, as typeset text) or "hyphen" (ASCII, for plain-text and TSV targets). */
  readonly minus?: "minus" | "hyphen";
  /** Fixed number of decimals (rounded half up); default: exactly as many as the value has. */
  readonly decimals?: number;
}

const GROUP_CHAR: Record<GroupSeparator, string> = { space: " ", nbsp: "\u00a0", narrow: "\u202f" };

function groupThousands(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let out = "";
  const head = int.length % 3;
  if (head > 0) out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += (out === "" ? "" : sep) + int.slice(i, i + 3);
  return out;
}

/** `57 625`, `−1 000`, `1 234,5`. */
export function formatAmount(value: Decimal, options: FormatAmountOptions = {}): string {
  const sep = GROUP_CHAR[options.group ?? "space"];
  // Whole numbers (nearly every budget amount) are written without decimal.js's string work.
  const n = wholeNumberOf(value);
  if (n === n) {
    const decimals = options.decimals ?? 0;
    const body = groupThousands(String(n < 0 ? -n : n), sep) + (decimals > 0 ? `,${"0".repeat(decimals)}` : "");
    return n < 0 ? (options.minus === "hyphen" ? "-" : "\u2212") + body : body;
  }
  const fixed = options.decimals === undefined ? value.abs().toFixed() : value.abs().toFixed(options.decimals, Decimal.ROUND_HALF_UP);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? "" : fixed.slice(dot + 1);
  const body = groupThousands(int, sep) + (frac === "" ? "" : `,${frac}`);
  // A value that rounds to zero is written without a sign.
  const isZero = /^[0.]*$/.test(fixed);
  if (!value.isNegative() || isZero) return body;
  return (options.minus === "hyphen" ? "-" : "\u2212") + body;
}

export interface AmountInWordsOptions {
  /** "kroner" (default, as in running text) or "kr". */
  readonly currency?: "kroner" | "kr";
  readonly group?: GroupSeparator;
}

const MILLION = new Decimal(1_000_000);
const BILLION = new Decimal(1_000_000_000);

/**
 * An amount in kroner as a letter writes it in running text: whole millions and billions with up
 * to two decimals (`1 mill. kroner`, `1,5 mill. kroner`, `2,25 mrd. kroner`), anything else in
 * kroner (`500 000 kroner`, `57 625 500 kroner`), so the words never round the amount.
 */
export function formatAmountInWords(valueInKroner: Decimal, options: AmountInWordsOptions = {}): string {
  const currency = options.currency ?? "kroner";
  const fmt = { group: options.group, minus: "minus" } as const;
  const abs = valueInKroner.abs();
  for (const [size, word] of [
    [BILLION, "mrd."],
    [MILLION, "mill."],
  ] as const) {
    if (abs.gte(size)) {
      const scaled = valueInKroner.div(size);
      if (scaled.decimalPlaces() <= 2) return `${formatAmount(scaled, fmt)} ${word} ${currency}`;
    }
  }
  return `${formatAmount(valueInKroner, fmt)} ${currency}`;
}
