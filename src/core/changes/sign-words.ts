// The words that give a change its direction in Norwegian budget text: "økes", "forhøyes",
// "styrkes" (up); "reduseres", "nedsettes", "kuttes" (down); Nynorsk "auke", "auka", "vert redusert",
// "reduserast" too. Nouns count as well, as in "mot en tilsvarende økning på kap. 858, post 01" and
// "mot ein tilsvarande auke på kap. 858, post 01".

export type Direction = 1 | -1;

export interface SignWord {
  readonly word: string;
  readonly direction: Direction;
  readonly index: number;
  /** "tilsvarende økning", "like stor reduksjon", "økes tilsvarende": the amount is the one named before. */
  readonly corresponding: boolean;
}

const UP = [
  "økes", "øke", "økt", "økte", "økning", "økningen", "forhøyes", "forhøye", "forhøyet", "forhøyelse", "forhøyelsen", "styrkes", "styrking",
  "styrket", "styrkt", "styrka", "styrkast", "styrkjast",
  "auke", "aukast", "aukar", "auka", "auken", "auking", "aukinga", "tilføres", "tilføre", "tilført", "tilførast", "tilleggsbevilgning",
  "tilleggsløyving", "oppjusteres", "oppjustert", "oppjustering", "heves", "hevet",
];
const DOWN = [
  "reduseres", "redusere", "redusert", "reduksjon", "reduksjonen", "nedsettes", "nedsette", "nedsatt", "nedsettelse", "kuttes", "kutt",
  "trekkes", "nedjusteres", "nedjustert", "nedjustering", "senkes", "reduserast", "reduserer", "reduserte", "redusera", "reduksjonen",
  "minskes", "minka", "minkast", "kutta", "kuttast", "kuttet", "trekt", "trekkast",
];

// "tilsvarende økning" (Bokmål), "tilsvarande auke" (Nynorsk); "økes tilsvarende" after the verb.
const SAME = new Set(["tilsvarende", "tilsvarande", "samme", "same"]);
const SAME_AFTER = new Set(["tilsvarende", "tilsvarande"]);
const WORDS = new Map<string, Direction>([...UP.map((w) => [w, 1] as const), ...DOWN.map((w) => [w, -1] as const)]);
const WORD = /[\p{L}]+/gu;

/**
 * Any direction word anywhere in the lower-cased text, even inside another word. Text with none
 * (most change texts) has no direction word: a word of the text lower-cased is a piece of the text
 * lower-cased, as lower-casing goes letter by letter (Greek final sigma aside, in no word here).
 */
const ANY_WORD = new RegExp([...WORDS.keys()].join("|"));

/** Every direction word in the text, in order. */
export function findSignWords(text: string): SignWord[] {
  if (!ANY_WORD.test(text.toLowerCase())) return [];
  const out: SignWord[] = [];
  WORD.lastIndex = 0;
  const words: Array<{ word: string; index: number }> = [];
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.push({ word: m[0], index: m.index });
  const lower = words.map((w) => w.word.toLowerCase());
  lower.forEach((word, i) => {
    const direction = WORDS.get(word);
    if (direction === undefined) return;
    const previous = lower[i - 1] ?? "";
    const corresponding =
      SAME.has(previous) || (lower[i - 2] === "like" && (previous === "stor" || previous === "store")) || SAME_AFTER.has(lower[i + 1] ?? "");
    out.push({ word: words[i].word, direction, index: words[i].index, corresponding });
  });
  return out;
}

/** The one direction the text gives, or null when it gives none or both. */
export function directionOf(text: string): { direction: Direction; word: string } | null {
  const words = findSignWords(text);
  if (words.length === 0) return null;
  const first = words[0];
  return words.every((w) => w.direction === first.direction) ? { direction: first.direction, word: first.word } : null;
}
