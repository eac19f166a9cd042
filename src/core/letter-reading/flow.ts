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
}

export interface FlowTable {
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  readonly place: LetterPlace;
  /** Index of the first line after the table, to keep reading order. */
  readonly beforeLine: number;
}

export interface Paragraph {
  readonly text: string;
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
      lines.push({ text, place: block.place, breakBefore: pendingBreak });
      pendingBreak = false;
    }
    if (!doc.blocksAreLines) pendingBreak = true;
  }
  return { lines, tables };
}

/** How a line stands in the flow: it starts a paragraph, or it is a heading that is a paragraph by itself. */
export type LineRole = (line: string) => "starts" | "alone" | null;

// A dash starts a bullet only before a capital or a digit: "– til oppdrag 2022:55" goes on a line.
const BULLET = /^(?:[•*▪◦·]\s+|[-–]\s+(?=[\p{Lu}\d]))/u;

/** Paragraphs of running text: joined lines, split at breaks, headings (as `role` says) and bullets. */
export function paragraphsOf(lines: readonly FlowLine[], role: LineRole): Paragraph[] {
  const out: Paragraph[] = [];
  let current: FlowLine[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push({ text: joinLines(current.map((l) => l.text)), lines: current });
    current = [];
  };
  for (const line of lines) {
    const r = role(line.text);
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
