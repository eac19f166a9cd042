// Structural facts that follow from the numbers alone (the budget's own rules, DOMAIN.md):
// the side, the official post group, and the expenditure/revenue chapter pairing (+3000).
// Facts that need the year's data (names, ministry, whether a chapter exists) come from a chart;
// give one and the pairing answers only with chapters that exist in it.
import { formatMessage, type Lang } from "../i18n/catalog";
import type { BudgetCode } from "./budget-code";

export type Side = "expenditure" | "revenue";

/** Anything that can say whether a chapter exists, such as a ReferenceChart. */
export interface ChapterSource {
  chapterName(chapter: number): string | undefined;
}

export const REVENUE_OFFSET = 3000;
export const FIRST_REVENUE_CHAPTER = 3000;

function chapterNumber(codeOrChapter: BudgetCode | number): number {
  return typeof codeOrChapter === "number" ? codeOrChapter : codeOrChapter.chapter;
}

/** Expenditure chapters are 1–2999; revenue chapters 3000–5999. */
export function sideOf(codeOrChapter: BudgetCode | number): Side {
  return chapterNumber(codeOrChapter) >= FIRST_REVENUE_CHAPTER ? "revenue" : "expenditure";
}

export function sideName(side: Side, lang: Lang = "nb"): string {
  return formatMessage(side === "revenue" ? "KP-SIDE-REVENUE" : "KP-SIDE-EXPENDITURE", {}, lang);
}

export interface PostGroup {
  readonly side: Side;
  /** 1–4, in the order of the budget's post groups. */
  readonly group: 1 | 2 | 3 | 4;
  readonly firstPost: number;
  readonly lastPost: number;
  /** Catalog key of the group's name. */
  readonly key: string;
  /** The official name in Norwegian Bokmål. */
  readonly name: string;
}

const GROUP_BOUNDS: ReadonlyArray<readonly [1 | 2 | 3 | 4, number, number]> = [
  [1, 1, 29],
  [2, 30, 49],
  [3, 50, 89],
  [4, 90, 99],
];

/**
 * The official post group (01–29, 30–49, 50–89, 90–99) and its name on the code's side.
 * The finer 60–69/70–79 split inside 50–89 is common usage, not a rule, and is not reported.
 */
export function postGroupOf(code: BudgetCode, lang: Lang = "nb"): PostGroup | undefined {
  const bounds = GROUP_BOUNDS.find(([, first, last]) => code.post >= first && code.post <= last);
  if (!bounds) return undefined;
  const side = sideOf(code);
  const key = `KP-GROUP-${side.toUpperCase()}-${bounds[0]}`;
  return { side, group: bounds[0], firstPost: bounds[1], lastPost: bounds[2], key, name: formatMessage(key, {}, lang) };
}

/**
 * General state revenue with no expenditure chapter behind it: taxes (5501–5583), interest and
 * dividends (5600–5693), the National Insurance scheme (5700–5706) and the fund transfer (5800).
 */
const GENERAL_REVENUE: ReadonlyArray<readonly [number, number]> = [
  [5501, 5583],
  [5600, 5693],
  [5700, 5706],
  [5800, 5800],
];

export function isGeneralRevenueChapter(chapter: number): boolean {
  return GENERAL_REVENUE.some(([a, b]) => chapter >= a && chapter <= b);
}

/** The revenue chapter that belongs to an expenditure chapter (855 -> 3855), if the chart has it. */
export function revenueChapterFor(chapter: number, chart?: ChapterSource): number | undefined {
  if (!Number.isInteger(chapter) || chapter < 1 || chapter >= FIRST_REVENUE_CHAPTER) return undefined;
  const revenue = chapter + REVENUE_OFFSET;
  if (revenue > 5999 || isGeneralRevenueChapter(revenue)) return undefined;
  if (chart && chart.chapterName(revenue) === undefined) return undefined;
  return revenue;
}

/** The expenditure chapter a revenue chapter belongs to (4510 -> 1510), if the chart has it. */
export function expenditureChapterFor(chapter: number, chart?: ChapterSource): number | undefined {
  if (!Number.isInteger(chapter) || chapter < FIRST_REVENUE_CHAPTER || chapter > 5999) return undefined;
  if (isGeneralRevenueChapter(chapter)) return undefined;
  const expenditure = chapter - REVENUE_OFFSET;
  if (expenditure < 1) return undefined;
  if (chart && chart.chapterName(expenditure) === undefined) return undefined;
  return expenditure;
}
