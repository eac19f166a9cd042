// The words that give a change its direction in Norwegian budget text: "økes", "forhøyes",
// "styrkes" (up); "reduseres", "nedsettes", "kuttes" (down); Nynorsk "auke", "redusere" too.
// Nouns count as well, as in "mot en tilsvarende økning på kap. 858, post 01".

export type Direction = 1 | -1;

export interface SignWord {
  readonly word: string;
  readonly direction: Direction;
  readonly index: number;
  /** Preceded by "tilsvarende" / "like stor": the amount is the one named before. */
  readonly corresponding: boolean;
}

const UP = [
  "økes", "øke", "økt", "økning", "økningen", "forhøyes", "forhøye", "forhøyet", "forhøyelse", "forhøyelsen", "styrkes", "styrking",
  "auke", "aukast", "aukar", "auka", "tilføres", "tilføre", "tilleggsbevilgning", "oppjusteres", "oppjustering", "heves",
];
const DOWN = [
  "reduseres", "redusere", "redusert", "reduksjon", "reduksjonen", "nedsettes", "nedsette", "nedsatt", "nedsettelse", "kuttes", "kutt",
  "trekkes", "nedjusteres", "nedjustering", "senkes", "reduserast", "reduserer", "minskes",
];

const WORDS = new Map<string, Direction>([...UP.map((w) => [w, 1] as const), ...DOWN.map((w) => [w, -1] as const)]);
const WORD = /[\p{L}]+/gu;

/** Every direction word in the text, in order. */
export function findSignWords(text: string): SignWord[] {
  const out: SignWord[] = [];
  let previous = "";
  let beforePrevious = "";
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    const direction = WORDS.get(word);
    if (direction !== undefined) {
      const corresponding = previous === "tilsvarende" || (beforePrevious === "like" && previous === "stor") || previous === "samme";
      out.push({ word: m[0], direction, index: m.index, corresponding });
    }
    beforePrevious = previous;
    previous = word;
  }
  return out;
}

/** The one direction the text gives, or null when it gives none or both. */
export function directionOf(text: string): { direction: Direction; word: string } | null {
  const words = findSignWords(text);
  if (words.length === 0) return null;
  const first = words[0];
  return words.every((w) => w.direction === first.direction) ? { direction: first.direction, word: first.word } : null;
}
