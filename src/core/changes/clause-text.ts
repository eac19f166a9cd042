// The clause around an amount, for a warning that quotes what was not read:
// "... post 01 med 12 mill. kroner og post 03 med 4 mill. kroner" -> "post 03 med 4 mill. kroner".
// A clause ends at a comma or semicolon followed by a space, a colon, a dash between words, or
// "og", "samt", "mens", "mot" (decimal commas, "mill." and "kap." do not end one).
import type { AmountInText } from "./amounts-in-text";

const BOUNDARY = /[,;]\s|:\s|\s[–—-]\s|\s(?:og|samt|mens|mot)\s/giu;

/** `skip`: spans whose punctuation is no boundary (the codes: "kap. 351, post 70"). */
export function clauseAround(sentence: string, amount: AmountInText, skip: ReadonlyArray<readonly [number, number]> = []): string {
  let start = 0;
  let end = sentence.length;
  const amountEnd = amount.index + amount.text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m !== null; m = BOUNDARY.exec(sentence)) {
    const boundaryEnd = m.index + m[0].length;
    if (skip.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    if (boundaryEnd <= amount.index) start = boundaryEnd;
    else if (m.index >= amountEnd) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end).trim().replace(/[.,;:]+$/u, "");
}
