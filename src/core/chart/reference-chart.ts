// The reference chart: for one budget year (or one workbook), every kap/post with its chapter
// name, post name, stikkord, owning ministry and Gul bok amount. Posts that Gul bok splits into
// underposts (01.1 Lønn og godtgjørelser, 01.2 Varer og tjenester) are looked up both whole, with
// the underposts summed, and one underpost at a time.
import Decimal from "decimal.js";
import { sum } from "../amounts/exact";
import { type BudgetCode, budgetCode } from "../codes/budget-code";
import type { Diagnostic } from "../diagnostics";
import type { ChartData } from "./chart-data";
import { NearestIndex } from "./nearest";

export interface Ministry {
  readonly number: number;
  readonly name: string;
}

export interface ChartEntry {
  readonly code: BudgetCode;
  readonly chapterName: string;
  readonly postName: string;
  /** Stikkord as Gul bok writes it ("kan overføres, kan nyttes under post 21"); "" when none. */
  readonly keywords: string;
  readonly ministry: Ministry | undefined;
  /** Gul bok amount in kroner, underposts summed into their post; undefined when a workbook's own chart gives none. */
  readonly amount: Decimal | undefined;
  /** The underposts of a post that has them, in order. */
  readonly subPosts?: readonly BudgetCode[];
}

export interface ReferenceChart {
  /** The budget year, or null for a workbook's own chart. */
  readonly year: number | null;
  /** "Gul bok 2025.xlsx", or the sheet a workbook's chart came from. */
  readonly source: string;
  /** Number of posts (not counting underposts). */
  readonly size: number;
  lookup(code: BudgetCode): ChartEntry | undefined;
  chapterName(chapter: number): string | undefined;
  ministryOf(chapter: number): Ministry | undefined;
  /** Up to n existing codes closest to a code that is not in the chart, best first. */
  nearest(code: BudgetCode, n: number): BudgetCode[];
  /** Every post (not underpost), in budget order. */
  entries(): readonly ChartEntry[];
  /** Rows of a workbook's chart that could not be read. Empty for a generated chart. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A chart line. Its Gul bok amount is made into a Decimal only when asked for: a year's chart has
 * thousands of lines, every check and apply loads one, and none of them needs its amounts.
 */
class Entry implements ChartEntry {
  private made: Decimal | undefined | null = null;

  constructor(
    readonly code: BudgetCode,
    readonly chapterName: string,
    readonly postName: string,
    readonly keywords: string,
    readonly ministry: Ministry | undefined,
    /** The amount as the data writes it ("" for none), or the underposts it is the sum of. */
    private readonly source: string | readonly ChartEntry[],
    readonly subPosts?: readonly BudgetCode[],
  ) {}

  get amount(): Decimal | undefined {
    if (this.made === null) this.made = amountOf(this.source);
    return this.made;
  }

  /** The same line listing its underposts (a workbook's chart may list a post whole and split). */
  withSubPosts(subPosts: readonly BudgetCode[]): Entry {
    return new Entry(this.code, this.chapterName, this.postName, this.keywords, this.ministry, this.source, subPosts);
  }
}

function amountOf(source: string | readonly ChartEntry[]): Decimal | undefined {
  if (typeof source === "string") return source === "" ? undefined : new Decimal(source);
  const amounts = source.map((s) => s.amount);
  return amounts.every((a): a is Decimal => a !== undefined) ? sum(amounts) : undefined;
}

/** A number key: cheaper than a string in the validation hot path. */
function numericKey(chapter: number, post: number, subPost: number): number {
  return (chapter * 100 + post) * 100 + subPost;
}

export function chartFromData(data: ChartData, diagnostics: readonly Diagnostic[] = []): ReferenceChart {
  const ministries = new Map<number, Ministry>();
  for (const [number, name] of data.ministries) ministries.set(number, { number, name });
  const chapters = new Map<number, { name: string; ministry: Ministry | undefined }>();
  for (const [chapter, name, ministry] of data.chapters) chapters.set(chapter, { name, ministry: ministries.get(ministry) });
  const postNames = new Map<number, string>();
  for (const [chapter, post, name] of data.postNames) postNames.set(numericKey(chapter, post, 0), name);

  const entries = new Map<number, Entry>();
  const posts: Entry[] = [];
  const postsOfChapter = new Map<number, number[]>();
  // Underposts first collected per post, then summed into one post entry.
  const split = new Map<number, { subs: Entry[]; keywords: string }>();
  for (const [chapter, post, sub, name, keywordIndex, amountText] of data.lines) {
    const ch = chapters.get(chapter);
    const entry = new Entry(budgetCode(chapter, post, sub), ch?.name ?? "", name, keywordIndex > 0 ? data.keywords[keywordIndex - 1] : "", ch?.ministry, amountText);
    entries.set(numericKey(chapter, post, sub), entry);
    if (sub === 0) posts.push(entry);
    else {
      const key = numericKey(chapter, post, 0);
      const group = split.get(key) ?? { subs: [], keywords: "" };
      group.subs.push(entry);
      if (group.keywords === "") group.keywords = entry.keywords;
      split.set(key, group);
    }
  }
  for (const [key, { subs, keywords }] of split) {
    const first = subs[0];
    const listed = entries.get(key);
    if (listed) {
      // A workbook chart may list the post itself as well as its underposts: its own row counts.
      const withSubs = listed.withSubPosts(subs.map((s) => s.code));
      entries.set(key, withSubs);
      posts[posts.indexOf(listed)] = withSubs;
      continue;
    }
    const entry = new Entry(budgetCode(first.code.chapter, first.code.post), first.chapterName, postNames.get(key) ?? "", keywords, first.ministry, subs, subs.map((s) => s.code));
    entries.set(key, entry);
    posts.push(entry);
  }
  posts.sort((a, b) => a.code.chapter - b.code.chapter || a.code.post - b.code.post);
  for (const p of posts) {
    const list = postsOfChapter.get(p.code.chapter) ?? [];
    list.push(p.code.post);
    postsOfChapter.set(p.code.chapter, list);
  }
  const index = new NearestIndex(postsOfChapter, [...chapters.keys()].filter((c) => postsOfChapter.has(c)));

  const suggestionCache = new Map<number, BudgetCode[]>();
  function nearest(code: BudgetCode, n: number): BudgetCode[] {
    if (n <= 0) return [];
    const key = numericKey(code.chapter, code.post, code.subPost ?? 0) * 100 + Math.min(n, 99);
    const cached = suggestionCache.get(key);
    if (cached) return cached.slice();
    let out: BudgetCode[];
    const whole = entries.get(numericKey(code.chapter, code.post, 0));
    if (code.subPost !== undefined && whole) {
      // The post exists: offer its underposts (or the post itself when it has none).
      out = whole.subPosts ? whole.subPosts.slice(0, n) : [whole.code];
    } else if (postsOfChapter.has(code.chapter)) {
      out = index.closestPosts(code.chapter, code.post, n).map((p) => budgetCode(code.chapter, p));
    } else {
      // A chapter that does not exist: most often a typo; within a chapter, the same post or the closest one.
      const hasPost = (c: number, p: number) => entries.has(numericKey(c, p, 0));
      out = index.closestChapters(code.chapter, code.post, n, hasPost).map((c) => budgetCode(c, index.closestPosts(c, code.post, 1)[0]));
    }
    if (suggestionCache.size < 10_000) suggestionCache.set(key, out);
    return out.slice();
  }

  return {
    year: data.year,
    source: data.source,
    size: posts.length,
    diagnostics,
    lookup: (code) => entries.get(numericKey(code.chapter, code.post, code.subPost ?? 0)),
    chapterName: (chapter) => chapters.get(chapter)?.name,
    ministryOf: (chapter) => chapters.get(chapter)?.ministry,
    nearest,
    entries: () => posts,
  };
}
