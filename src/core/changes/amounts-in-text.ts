// Where a sentence names an amount: "1 mill. kroner", "500 000 kr", "2,5 mill. kr", or a bare
// number right after "med" ("økes med 1 000"). This only locates the words; parseAmountText
// (src/core/amounts) reads them. Years, dates and kap/post numbers are left alone: a bare
// number counts only after "med".
import { type ParsedAmount, parseAmountText } from "../amounts/parse-amount";
import { INLINE_SPACE } from "../sheet/text";

export interface AmountInText {
  readonly amount: ParsedAmount;
  readonly text: string;
  readonly index: number;
}

const NUMBER = String.raw`[-\u2212]?\d{1,3}(?:(?:${INLINE_SPACE}|\.)\d{3})+(?:,\d+)?|[-\u2212]?\d+(?:,\d+)?`;
const UNIT = String.raw`(?:mill\.?|millioner|million|mrd\.?|milliarder|milliard|tusen)?\s*(?:kroner|kr\.?|nok)|mill\.|millioner|mrd\.|milliarder`;
const WITH_UNIT = new RegExp(String.raw`(?<![\d,./])(${NUMBER})\s*(${UNIT})(?![\p{L}])`, "giu");
const AFTER_MED = new RegExp(String.raw`\bmed\s+(${NUMBER})(?![\d,./]*\d)(?!\s*(?:prosent|%))`, "giu");

export function findAmountsInText(text: string): AmountInText[] {
  const out: AmountInText[] = [];
  const taken: Array<[number, number]> = [];
  WITH_UNIT.lastIndex = 0;
  for (let m = WITH_UNIT.exec(text); m !== null; m = WITH_UNIT.exec(text)) {
    const words = m[0];
    const parsed = parseAmountText(words);
    if (parsed.ok) {
      out.push({ amount: parsed.value, text: words, index: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  AFTER_MED.lastIndex = 0;
  for (let m = AFTER_MED.exec(text); m !== null; m = AFTER_MED.exec(text)) {
    const index = m.index + m[0].indexOf(m[1]);
    if (taken.some(([a, b]) => index >= a && index < b)) continue;
    const parsed = parseAmountText(m[1]);
    if (parsed.ok) out.push({ amount: parsed.value, text: m[1], index });
  }
  return out.sort((a, b) => a.index - b.index);
}
