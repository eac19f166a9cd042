// Checking a code against a chart. The structural rules are errors (a code that cannot exist);
// a well-formed code that is absent from the year's Gul bok is a warning with suggestions,
// because a letter may name a post the budget has since gained or lost.
import { type BudgetCode, CHAPTER_MAX, CHAPTER_MIN, formatBudgetCode, POST_MAX, POST_MIN, SUBPOST_MAX, SUBPOST_MIN } from "../codes/budget-code";
import { diagnostic, type Diagnostic, type Severity } from "../diagnostics";
import type { ReferenceChart } from "./reference-chart";

/** How many nearby codes a "not in the chart" warning suggests. */
export const SUGGESTIONS = 3;

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

function where(cell: string | undefined, text: string | undefined): { cell?: string; text?: string } {
  const w: { cell?: string; text?: string } = {};
  if (cell !== undefined) w.cell = cell;
  if (text !== undefined) w.text = text;
  return w;
}

function structural(code: BudgetCode, text: string): Diagnostic | null {
  if (!Number.isInteger(code.chapter) || code.chapter < CHAPTER_MIN || code.chapter > CHAPTER_MAX) {
    return diagnostic("error", "KP-CHAPTER-RANGE", { chapter: code.chapter }, { text });
  }
  if (!Number.isInteger(code.post) || code.post < POST_MIN || code.post > POST_MAX) return diagnostic("error", "KP-POST-RANGE", { post: code.post }, { text });
  if (code.subPost !== undefined && (!Number.isInteger(code.subPost) || code.subPost < SUBPOST_MIN || code.subPost > SUBPOST_MAX)) {
    return diagnostic("error", "KP-SUBPOST", { subPost: code.subPost }, { text });
  }
  return null;
}

function inRange(code: BudgetCode): boolean {
  const sub = code.subPost;
  return code.chapter >= CHAPTER_MIN && code.chapter <= CHAPTER_MAX && code.post >= POST_MIN && code.post <= POST_MAX && (sub === undefined || sub >= SUBPOST_MIN);
}

/**
 * The severity of what validateCode finds for a code, without making the finding (its message,
 * suggestions and text): null when the chart has the code. A million-line check needs only this
 * per line, and makes the finding when it is read (finding-list.ts).
 */
export function codeSeverity(code: BudgetCode, chart: ReferenceChart): Severity | null {
  if (inRange(code) && chart.lookup(code) !== undefined) return null;
  return structural(code, "") ? "error" : "warning";
}

/**
 * The finding for one code against a chart: null when the chart has it, else one finding of
 * codeSeverity's severity. A change list with tens of thousands of unknown codes makes one each.
 */
export function codeFinding(code: BudgetCode, chart: ReferenceChart, cell?: string, text?: string): Diagnostic | null {
  if (inRange(code) && chart.lookup(code) !== undefined) return null;
  const shown = formatBudgetCode(code);
  const bad = structural(code, text ?? shown);
  if (bad) return cell === undefined ? bad : { ...bad, cell };
  const suggestions = chart.nearest(code, SUGGESTIONS).map(formatBudgetCode);
  const own = chart.year === null;
  const key = (own ? "KP-NOT-IN-OWN-CHART" : "KP-NOT-IN-CHART") + (suggestions.length === 0 ? "-BARE" : "");
  const params = { code: shown, year: chart.year ?? "", source: chart.source, suggestions: suggestions.join(", ") };
  return diagnostic("warning", key, params, where(cell, text ?? shown));
}

/** codeFinding as a list: empty (shared and frozen, so a valid code allocates nothing) or one finding. */
export function validateCode(code: BudgetCode, chart: ReferenceChart, cell?: string, text?: string): readonly Diagnostic[] {
  const found = codeFinding(code, chart, cell, text);
  return found === null ? NO_DIAGNOSTICS : [found];
}
