// The letter's running text as lines and paragraphs. Letters arrive with their lines broken
// wherever the PDF or the e-mail broke them ("… reduseres med 1 mill. kroner mot en" / "tilsvarende
// økning på kap. 858, post 01 …"), so sentences are read from paragraphs: lines joined until a
// paragraph break, a heading or a bullet. Tables are kept apart, as rows of cells.
import { normalizeSpaces } from "../sheet/text";
import type { LetterDocument, LetterPlace } from "./document";

export interface FlowLine {
  /** Spaces normalised. */
  readonly text: string;
  readonly place: LetterPlace;
  /** A paragraph ends before this line (a blank line, a new Word paragraph). */
  readonly breakBefore: boolean;
  /** The document marks it as a heading (a Word heading style). */
  readonly heading?: boolean;
}

export interface FlowTable {
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  readonly place: LetterPlace;
  /** Index of the first line after the table, to keep reading order. */
  readonly beforeLine: number;
}

export interface Paragraph {
  readonly text: string;
  /** A heading line standing alone: it ends the section before it. */
  readonly heading: boolean;
  /** The lines it was joined from, in order. */
  readonly lines: readonly FlowLine[];
}

export interface LetterFlow {
  readonly lines: readonly FlowLine[];
  readonly tables: readonly FlowTable[];
}

/**
 * Plain text and PDFs often carry an empty line after every line of text: then empty lines are
 * only line ends, and a paragraph is ended by a line of spaces. Decided on the whole text.
 */
function isDoubleSpaced(raw: readonly string[]): boolean {
  let content = 0;
  let followedByEmpty = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i].trim() === "") continue;
    content++;
    if (raw[i + 1] === "") followedByEmpty++;
  }
  return content >= 4 && followedByEmpty / content >= 0.8;
}

export function letterFlow(doc: LetterDocument): LetterFlow {
  const lines: FlowLine[] = [];
  const tables: FlowTable[] = [];
  const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.text : ""));
  const doubleSpaced = doc.blocksAreLines && isDoubleSpaced(paragraphs);
  let pendingBreak = true;
  for (const block of doc.blocks) {
    if (block.kind === "table") {
      tables.push({ rows: block.rows.map((r) => r.map(normalizeSpaces)), place: block.place, beforeLine: lines.length });
      pendingBreak = true;
      continue;
    }
    for (const raw of doc.blocksAreLines ? [block.text] : block.text.split(/\r\n|\r|\n/)) {
      const text = normalizeSpaces(raw);
      if (text === "") {
        // In double-spaced text only a line of spaces (not an empty one) ends a paragraph.
        if (!doubleSpaced || raw !== "") pendingBreak = true;
        continue;
      }
      lines.push({ text, place: block.place, breakBefore: pendingBreak, ...(block.heading ? { heading: true } : {}) });
      pendingBreak = false;
    }
    if (!doc.blocksAreLines) pendingBreak = true;
  }
  return { lines, tables };
}

/** How a line stands in the flow: it starts a paragraph, or it is a heading that is a paragraph by itself. */
export type LineRole = (line: string) => "starts" | "alone" | null;

// Headings that end a section: the usual section words of a letter, numbered headings ("2. Oppdrag",
// "IV. Rapportering", "DEL III RAPPORTERING") and the signature. A line like "1. april 2025" is no heading.
const SECTION_WORDS = /^(?:nye oppdrag|pågående oppdrag|nye og pågående oppdrag|oppdrag|annet|andre saker|finansiering|budsjett|budsjettendringer|endringer i tildelingen|tildeling|rapportering|med (?:vennleg |vennlig )?h(?:ilsen|elsing)\b.*)$/iu;
const NUMBERED_HEADING = /^(?:(?:DEL|Del)\s+[IVX]+\b[^.]{0,80}|[IVX]+\.\s+\p{Lu}[^.]{0,80}|\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.:]{0,80})$/u;
const SECTION_HEADING = { test: (text: string): boolean => SECTION_WORDS.test(text) || NUMBERED_HEADING.test(text) };

export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(text);
}

// A dash starts a bullet only before a capital or a digit: "– til oppdrag 2022:55" goes on a line.
const BULLET = /^(?:[•*▪◦·]\s+|[-–]\s+(?=[\p{Lu}\d]))/u;

/** Paragraphs of running text: joined lines, split at breaks, headings (as `role` says) and bullets. */
export function paragraphsOf(lines: readonly FlowLine[], role: LineRole): Paragraph[] {
  const out: Paragraph[] = [];
  let current: FlowLine[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      const text = joinLines(current.map((l) => l.text));
      out.push({ text, lines: current, heading: current.length === 1 && (current[0].heading === true || SECTION_HEADING.test(text)) });
    }
    current = [];
  };
  for (const line of lines) {
    const r = line.heading || SECTION_HEADING.test(line.text) ? "alone" : role(line.text);
    if (line.breakBefore || BULLET.test(line.text) || r !== null) flush();
    current.push(line);
    if (r === "alone") flush();
  }
  flush();
  return out;
}

/** Wrapped lines joined; a word broken with a hyphen at a line end keeps its hyphen ("helse-" + "og"). */
export function joinLines(lines: readonly string[]): string {
  return lines.join(" ");
}

export function isBullet(text: string): boolean {
  return BULLET.test(text);
}

export function withoutBullet(text: string): string {
  return text.replace(BULLET, "");
}

// A full stop before a digit or a small letter is an abbreviation or an ordinal ("kap. 671",
// "2. tertial"), not a sentence end.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«"])/u;

/** The sentences of a paragraph. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}
