// Finding the codes nearest to one that is not in the chart, for "did you mean" suggestions. A
// large sheet can hold tens of thousands of unknown codes, so the chart keeps an index: each
// chapter's posts sorted (a binary search finds the closest ones) and the chapter numbers as a
// set, so the chapters one keystroke away from a mistyped one are looked up rather than searched.

/** The distance table digitDistance fills, kept between calls: it is asked hundreds of times per unknown chapter. */
let table = new Int32Array(64);

/** Edit distance between digit strings, counting a swap of neighbours (5811 vs 5181) as one. */
export function digitDistance(a: string, b: string): number {
  const w = b.length + 1;
  const size = (a.length + 1) * w;
  if (table.length < size) table = new Int32Array(size);
  const d = table;
  for (let i = 0; i <= a.length; i++) d[i * w] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length];
}

/** Every digit string one substitution, deletion, insertion or neighbour swap away from `text`. */
function oneEditAway(text: string): Set<string> {
  const out = new Set<string>();
  const digits = "0123456789";
  for (let i = 0; i <= text.length; i++) {
    const head = text.slice(0, i);
    const tail = text.slice(i);
    for (const c of digits) out.add(head + c + tail);
    if (i < text.length) {
      out.add(head + text.slice(i + 1));
      for (const c of digits) if (c !== text[i]) out.add(head + c + text.slice(i + 1));
      if (i + 1 < text.length && text[i] !== text[i + 1]) out.add(head + text[i + 1] + text[i] + text.slice(i + 2));
    }
  }
  out.delete(text);
  return out;
}

/** Each chapter's distance from a written chapter (by index in the sorted chapters), and the indices nearest first. */
interface Distances {
  readonly distances: Uint8Array;
  readonly nearestFirst: Uint32Array;
}

interface Around {
  readonly near: readonly number[] | null;
  distances: Distances | null;
}

/** How many unknown chapters' neighbourhoods are kept (a few hundred bytes each). */
const AROUND_KEPT = 4096;

export class NearestIndex {
  private readonly chapters: readonly number[];
  private readonly chapterTexts: readonly string[];
  private readonly chapterSet: ReadonlySet<number>;
  private readonly around = new Map<string, Around>();

  /**
   * @param postsOfChapter each chapter's posts in ascending order.
   * @param chapters the chapters a mistyped chapter may be taken for.
   */
  constructor(
    private readonly postsOfChapter: ReadonlyMap<number, readonly number[]>,
    chapters: Iterable<number>,
  ) {
    this.chapters = [...chapters].sort((a, b) => a - b);
    this.chapterTexts = this.chapters.map(String);
    this.chapterSet = new Set(this.chapters);
  }

  /** Up to n posts of the chapter, closest to `post` first (the lower of two equally close). */
  closestPosts(chapter: number, post: number, n: number): number[] {
    const list = this.postsOfChapter.get(chapter);
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < post) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    let left = lo - 1;
    let right = lo;
    while (out.length < n && (left >= 0 || right < list.length)) {
      const below = left >= 0 ? post - list[left] : Infinity;
      const above = right < list.length ? list[right] - post : Infinity;
      out.push(below <= above ? list[left--] : list[right++]);
    }
    return out;
  }

  /**
   * Up to n existing chapters for a chapter that does not exist, most likely first: fewest digit
   * edits (a typo), then those that have the same post, then the closest number, then the lower.
   */
  closestChapters(chapter: number, post: number, n: number, hasPost: (chapter: number, post: number) => boolean): number[] {
    if (n <= 0) return [];
    const written = String(chapter);
    const rank = (c: number, d: number) => ({ c, d, samePost: hasPost(c, post) ? 0 : 1, gap: Math.abs(c - chapter) });
    const order = (a: ReturnType<typeof rank>, b: ReturnType<typeof rank>) => a.d - b.d || a.samePost - b.samePost || a.gap - b.gap || a.c - b.c;
    const around = this.aroundOf(written, /^\d+$/.test(written) && !this.chapterSet.has(chapter));
    // No chapter is nearer than one edit away, so when enough are that near, they are the answer.
    if (around.near !== null && around.near.length >= n) return around.near.map((c) => rank(c, 1)).sort(order).slice(0, n).map((r) => r.c);
    // The chapters nearest first, keeping the n best in order: once the n-th best is nearer than
    // the next chapter, no chapter further on can enter.
    const { distances, nearestFirst } = (around.distances ??= this.distancesFrom(written));
    const best: ReturnType<typeof rank>[] = [];
    for (const i of nearestFirst) {
      const d = distances[i];
      if (best.length === n && d > best[n - 1].d) break;
      const r = rank(this.chapters[i], d);
      let at = best.length;
      while (at > 0 && order(r, best[at - 1]) < 0) at--;
      if (at >= n) continue;
      best.splice(at, 0, r);
      if (best.length > n) best.pop();
    }
    return best.map((r) => r.c);
  }

  /**
   * What does not depend on the post: the chapters one edit away (null when `typo` is false) and,
   * once asked for, the distance to every chapter. A sheet may hold the same unknown chapter on
   * thousands of lines, so they are kept, for a bounded number of chapters.
   */
  private aroundOf(written: string, typo: boolean): Around {
    let found = this.around.get(written);
    if (found) return found;
    if (this.around.size >= AROUND_KEPT) this.around.clear();
    let near: number[] | null = null;
    if (typo) {
      near = [];
      for (const text of oneEditAway(written)) {
        if (text === "" || (text[0] === "0" && text.length > 1)) continue;
        const c = Number(text);
        if (this.chapterSet.has(c)) near.push(c);
      }
    }
    found = { near, distances: null };
    this.around.set(written, found);
    return found;
  }

  private distancesFrom(written: string): Distances {
    const distances = new Uint8Array(this.chapters.length);
    for (let i = 0; i < distances.length; i++) distances[i] = Math.min(255, digitDistance(written, this.chapterTexts[i]));
    const nearestFirst = Uint32Array.from(distances.keys()).sort((a, b) => distances[a] - distances[b] || a - b);
    return { distances, nearestFirst };
  }
}
