// A letter as the readers see it, whatever it came from (.txt, .md, .docx, .pdf, pasted text, the
// open Word document): paragraphs and tables in reading order, each with where it stood, so every
// item read can quote its source ("side 3, avsnitt 12: «… økes med 1 mill. kr.»").

/** Where a piece of the letter stood: the page (PDFs) and the paragraph or line number, 1-based. */
export interface LetterPlace {
  readonly page?: number;
  readonly paragraph: number;
}

export type LetterBlock =
  | { readonly kind: "paragraph"; readonly text: string; readonly place: LetterPlace; readonly heading?: boolean }
  | { readonly kind: "table"; readonly rows: ReadonlyArray<ReadonlyArray<string>>; readonly place: LetterPlace };

export interface LetterDocument {
  readonly blocks: readonly LetterBlock[];
  /**
   * True when a paragraph block is one line of running text (plain text, PDF) rather than a whole
   * paragraph (Word): then wrapped sentences continue on the next block.
   */
  readonly blocksAreLines: boolean;
}

/** What an item was read from: its place and the words quoted. */
export interface LetterSource extends LetterPlace {
  readonly text: string;
}

/** "side 3, avsnitt 12" / "page 3, paragraph 12" style key, for the messages' {where}. */
export function placeLabel(place: LetterPlace): string {
  return place.page === undefined ? `¶${place.paragraph}` : `s. ${place.page} ¶${place.paragraph}`;
}

/**
 * Plain text as a letter: one paragraph block per line, numbered by its line in the text.
 * Text extracted from PDFs often has an empty line after every line; then the empty lines are
 * line breaks and only lines of spaces separate paragraphs, which the line flow reader handles.
 */
export function documentFromText(text: string): LetterDocument {
  const blocks: LetterBlock[] = [];
  let table: { rows: string[][]; place: LetterPlace } | null = null;
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    // Markdown and e-mail tables: "| Kap/post | Endring |", with a "|---|---|" rule under the header.
    if (/^\s*\|.*\|\s*$/u.test(line)) {
      const cells = line.trim().slice(1, -1).split("|").map((c) => c.trim());
      if (cells.every((c) => /^:?-{2,}:?$/u.test(c))) return;
      if (table) table.rows.push(cells);
      else blocks.push((table = { kind: "table", rows: [cells], place: { paragraph: i + 1 } } as { rows: string[][]; place: LetterPlace } & LetterBlock));
      return;
    }
    table = null;
    blocks.push({ kind: "paragraph", text: line, place: { paragraph: i + 1 } });
  });
  return { blocks, blocksAreLines: true };
}
