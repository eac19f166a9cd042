// "Les dette brevet": the open Word document's body as the letter reader's document, in one
// request: every body paragraph (text, whether it stands in a table, heading style, list item)
// and every table's values are loaded together and synced once (WordApi 1.3). Paragraphs inside
// a table are not read twice: where the paragraphs enter a table, the table comes in as one table
// block, cell by cell, as the .docx reader gives it.
import type { LetterBlock, LetterDocument } from "../core/letter-reading/document";

export interface WordParagraphFacts {
  readonly text: string;
  readonly tableNestingLevel: number;
  readonly styleBuiltIn?: string;
  readonly isListItem?: boolean;
}

export interface WordTableFacts {
  readonly values: readonly (readonly string[])[];
  readonly nestingLevel: number;
}

/** The document from what Word gave; pure, so it is tested without Word. */
export function wordLetterDocument(paragraphs: readonly WordParagraphFacts[], tables: readonly WordTableFacts[]): LetterDocument {
  // A nested table is part of its outer table's cell text; only the outer ones are blocks.
  const outer = tables.filter((t) => t.nestingLevel <= 1);
  const blocks: LetterBlock[] = [];
  let paragraph = 0;
  let nextTable = 0;
  let inTable = false;
  for (const p of paragraphs) {
    if (p.tableNestingLevel > 0) {
      if (!inTable && nextTable < outer.length) {
        blocks.push({ kind: "table", rows: outer[nextTable++].values.map((r) => [...r]), place: { paragraph: ++paragraph } });
        inTable = true;
      }
      // Word said there are fewer tables than the paragraphs show: keep the text rather than drop it.
      if (inTable) continue;
    }
    inTable = false;
    const heading = /^(?:heading|title)/i.test(p.styleBuiltIn ?? "");
    blocks.push({ kind: "paragraph", text: p.isListItem ? `• ${p.text}` : p.text, place: { paragraph: ++paragraph }, ...(heading ? { heading } : {}) });
  }
  return { blocks, blocksAreLines: false };
}

/** Load the body's paragraphs and tables, sync once, and build the document. */
export async function readLetterDocument(context: Word.RequestContext): Promise<LetterDocument> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel,items/styleBuiltIn,items/isListItem");
  const tables = body.tables;
  tables.load("items/values,items/nestingLevel");
  await context.sync();
  return wordLetterDocument(
    paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel, styleBuiltIn: p.styleBuiltIn, isListItem: p.isListItem })),
    tables.items.map((t) => ({ values: t.values, nestingLevel: t.nestingLevel })),
  );
}

type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** What the Word pane's letter reading receives; `run` is Word.run unless a test passes its own. */
export function wordLetterReader(run: WordRun = (batch) => Word.run(batch)): () => Promise<LetterDocument> {
  return () => run((context) => readLetterDocument(context));
}
