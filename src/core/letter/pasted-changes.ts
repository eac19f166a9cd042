// Change entries pasted as letter text: paragraphs such as "Tildelingen på kap. 671, post 62
// reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01", optionally under
// the letter's `Kap. 351 Likestilling` / `Post 70 Tilskudd til likestilling` headings, which give
// the code (and names) to a paragraph that names none. The sentences themselves are read by the
// change-text parser (src/core/changes); this file only finds paragraphs and headings.
import Decimal from "decimal.js";
import type { Unit } from "../amounts/unit";
import { findAmountsInText } from "../changes/amounts-in-text";
import { parseChangeText } from "../changes/change-text";
import { findSignWords } from "../changes/sign-words";
import { type BudgetCode, budgetCodeKey } from "../codes/budget-code";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { normalizeSpaces } from "../sheet/text";
import { type ChapterHeading, chapterHeading, postHeading } from "./block-heading";
import type { LetterLine } from "./letter-table";
import type { SentenceChange } from "./sentences";

export interface PastedChanges {
  /** One per kap/post, in the order first named; before and after are unknown. */
  readonly lines: LetterLine[];
  /** Every entry, in text order, for the sentences (transfers keep their group). */
  readonly sentenceChanges: SentenceChange[];
  readonly unit: Unit;
  readonly diagnostics: Diagnostic[];
}

interface Paragraph {
  text: string;
  /** A tab-separated row (copied cells), kept apart from the sentences around it. */
  row?: { line: number; cells: string };
  code?: BudgetCode;
  chapterName?: string;
  postName?: string;
}

/** Paragraphs are separated by blank lines or headings; wrapped lines are joined. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let chapter: ChapterHeading | null = null;
  let heading: Omit<Paragraph, "text"> = {};
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push({ text: current.join(" "), ...heading });
    current = [];
  };
  // A blank line ends a paragraph, except inside a sentence: text copied from a PDF puts blank
  // lines between the lines of one paragraph ("... reduseres med 1 mill. kroner mot en" /
  // "" / "tilsvarende økning på kap. 858, post 01"), and cutting there would drop half a transfer.
  let blank = false;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    // Copied cells are a row, never part of the sentence around them.
    if (raw.includes("\t") && raw.split("\t").some((c) => c.trim() !== "")) {
      flush();
      blank = false;
      const cells = raw.split("\t").map((c) => normalizeSpaces(c)).filter((c) => c !== "");
      out.push({ text: cells.join(" "), row: { line: index + 1, cells: cells.join(" | ") }, ...heading });
      return;
    }
    const line = normalizeSpaces(raw);
    if (line === "") {
      blank = current.length > 0;
      return;
    }
    if (blank && !continuesSentence(current[current.length - 1], line)) flush();
    blank = false;
    const ch = chapterHeading(line);
    if (ch) {
      flush();
      chapter = ch;
      heading = {};
      return;
    }
    const post = chapter && postHeading(line, chapter);
    if (post && chapter) {
      flush();
      heading = post.code ? { code: post.code, chapterName: chapter.name, postName: post.name } : {};
      return;
    }
    current.push(line);
  });
  flush();
  return out;
}

/** The next line goes on with the sentence the previous one left open (no end mark, lower-case start). */
function continuesSentence(previous: string | undefined, next: string): boolean {
  return previous !== undefined && !/[.!?:]$/u.test(previous) && /^\p{Ll}/u.test(next);
}

export function readPastedChanges(text: string, unit: Unit = "1000 kr"): PastedChanges {
  const diagnostics: Diagnostic[] = [];
  const sentenceChanges: SentenceChange[] = [];
  const lines = new Map<string, { -readonly [K in keyof LetterLine]: LetterLine[K] }>();
  paragraphsOf(text).forEach((p, i) => {
    const result = parseChangeText(p.text, { unit, ...(p.code ? { code: p.code } : {}) });
    if (p.row && result.entries.length === 0) {
      // A row that reads as no change is left out, and said so, before anything is inserted.
      diagnostics.push(diagnostic("warning", "LTR-PASTE-ROW-UNREAD", { line: p.row.line }, { text: p.row.cells }));
      return;
    }
    // A paragraph with neither an amount nor a direction word (a title under the heading, a
    // background sentence) cannot change a number: a note, not an error.
    const prose = result.entries.length === 0 && findAmountsInText(p.text).length === 0 && findSignWords(p.text).length === 0;
    diagnostics.push(...(prose ? result.diagnostics.map((d) => ({ ...d, severity: "info" as const })) : result.diagnostics));
    // The paragraph explains the first line it creates (in a transfer, the line it starts from).
    let textGiven = false;
    for (const e of result.entries) {
      // The parser numbers transfers T1, T2 ... per call; keep paragraphs' transfers apart.
      const transfer = e.transfer === undefined ? undefined : `${i + 1}.${e.transfer}`;
      sentenceChanges.push({ code: e.code, change: e.amount, ...(transfer ? { transfer } : {}) });
      const key = budgetCodeKey(e.code);
      const line = lines.get(key);
      if (line) {
        line.change = line.change.plus(e.amount);
        continue;
      }
      const own = p.code && budgetCodeKey(p.code) === key;
      lines.set(key, {
        code: e.code,
        before: null,
        change: new Decimal(e.amount),
        after: null,
        ...(own && p.chapterName ? { chapterName: p.chapterName } : {}),
        ...(own && p.postName ? { postName: p.postName } : {}),
        ...(textGiven || p.row ? {} : { text: p.text }),
      });
      textGiven = true;
    }
  });
  return { lines: [...lines.values()], sentenceChanges, unit, diagnostics };
}
