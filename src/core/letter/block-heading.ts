// The headings a letter writes above each line's text (blockOf in letter-table writes them):
// `Kap. 351 Likestilling`, then `Post 70 Tilskudd til likestilling`. Read back here for both
// pasted letter tables and pasted letter text, so the two readers agree on what a heading is.
import { type BudgetCode, parseBudgetCode } from "../codes/budget-code";

const CHAPTER = /^kap\.?\s*(\d{1,4})(?:\s+(\D.*))?$/i;
const POST = /^post\s*(\d{1,2}(?:\.\d{1,2})?)(?:\s+(\D.*))?$/i;

export interface ChapterHeading {
  readonly number: number;
  readonly name?: string;
}

export interface PostHeading {
  /** Null when the chapter and post make no valid code. */
  readonly code: BudgetCode | null;
  readonly name?: string;
}

/** `Kap. 351 Likestilling` as a heading, or null when the line is not one (spaces already normalised). */
export function chapterHeading(line: string): ChapterHeading | null {
  const m = CHAPTER.exec(line);
  return m ? { number: Number(m[1]), name: m[2] } : null;
}

/** `Post 70 Tilskudd til likestilling` under `chapter`, or null when the line is not a post heading. */
export function postHeading(line: string, chapter: ChapterHeading): PostHeading | null {
  const m = POST.exec(line);
  if (!m) return null;
  const code = parseBudgetCode(`${chapter.number}/${m[1]}`);
  return { code: code.ok ? code.value : null, name: m[2] };
}
