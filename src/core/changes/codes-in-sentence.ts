// The kap/post codes one change sentence names, including posts written without their chapter:
//   "Kap. 1400 økes: post 01 med 12 mill. kroner og post 03 med 4 mill. kroner" -> 1400/01, 1400/03
//   "kap. 858, post 01 og 21" -> 858/01, 858/21;  "postene 01 og 21 under kap. 858" -> the same.
// A bare post takes the chapter named before it in the sentence, or the one it is "under"/"på".
// Without a chapter it is no code: a sentence that names no chapter cannot be read as one.
import { budgetCode, POST_MAX, POST_MIN } from "../codes/budget-code";
import { type BudgetCodeInText, findBudgetReferencesInText } from "../codes/find-in-text";

// "post 03", "posten 03", "postene 01 og 21", "post 01, 21 og 70".
const POSTS = /(?<![\p{L}\d])post(?:en|ene)?\.?\s*(\d{1,2})((?:\s*,\s*\d{1,2}(?![\d,.]\d))*(?:\s+og\s+\d{1,2}(?!\d)(?!\s*(?:mill|mrd|milliard|tusen|kr|kroner|nok|prosent|%)))?)(?![\d/.,]\d)/giu;
// After a full code ("kap. 858, post 01"): more posts of the same chapter (", 21 og 70", " og 21").
const MORE_POSTS = /^((?:\s*,\s*\d{1,2}(?![\d,.]\d))*\s+og\s+\d{1,2})(?!\d)(?!\s*(?:mill|mrd|milliard|tusen|kr|kroner|nok|prosent|%|\.\d|,\d))/iu;
// "post 01 under kap. 858": the chapter named right after the posts.
const UNDER = /^\s*,?\s*(?:under|på|over|i)\s+$/iu;

function validPost(n: number): boolean {
  return n >= POST_MIN && n <= POST_MAX;
}

function listNumbers(text: string): number[] {
  return [...text.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]));
}

/** Every code the sentence names, in order; bare posts get the chapter the sentence gives them. */
export function findCodesInSentence(sentence: string): BudgetCodeInText[] {
  const refs = findBudgetReferencesInText(sentence);
  const out: BudgetCodeInText[] = [];
  const covered: Array<[number, number]> = [];
  for (const ref of refs) {
    covered.push([ref.index, ref.index + ref.text.length]);
    if (!ref.code) continue;
    out.push({ code: ref.code, text: ref.text, index: ref.index });
    const end = ref.index + ref.text.length;
    const more = MORE_POSTS.exec(sentence.slice(end));
    if (more) {
      for (const post of listNumbers(more[1])) if (validPost(post)) out.push({ code: budgetCode(ref.code.chapter, post), text: more[1], index: end });
      covered.push([end, end + more[1].length]);
    }
  }
  POSTS.lastIndex = 0;
  for (let m = POSTS.exec(sentence); m !== null; m = POSTS.exec(sentence)) {
    const at = m.index;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const end = at + m[0].length;
    const chapter = chapterFor(refs, sentence, at, end);
    if (chapter === null) continue;
    const posts = [Number(m[1]), ...listNumbers(m[2] ?? "")];
    for (const post of posts) if (validPost(post)) out.push({ code: budgetCode(chapter, post), text: m[0], index: at });
  }
  return out.sort((a, b) => a.index - b.index);
}

function chapterFor(refs: ReturnType<typeof findBudgetReferencesInText>, sentence: string, start: number, end: number): number | null {
  let before: number | null = null;
  for (const ref of refs) if (ref.index < start) before = ref.chapter;
  if (before !== null) return before;
  const after = refs.find((r) => r.index >= end && !r.code);
  return after && UNDER.test(sentence.slice(end, after.index)) ? after.chapter : null;
}

/** Where the codes' words are, so numbers inside them ("post 01 og 21") are not read as amounts. */
export function codeSpans(codes: readonly BudgetCodeInText[]): Array<[number, number]> {
  return codes.map((c) => [c.index, c.index + c.text.length]);
}
