// The Word side of "Sett inn endringstabell": one batch, one sync. Tables built cell by cell
// (insert, sync, fill, sync ...) get slow fast, so the table is created by a single insertTable
// call that carries every value, and its formatting and the paragraphs after it are queued in
// the same batch. Requires WordApi 1.3 (Paragraph.insertTable, Table.headerRowCount, Table.font).
import type { LetterInsert } from "../core/letter/letter-insert";

export const WORD_TABLE_API = { name: "WordApi", version: "1.3" } as const;

/** Queue the whole insert at the cursor and sync once. */
export async function insertLetterTable(context: Word.RequestContext, insert: LetterInsert): Promise<void> {
  const width = insert.cells[0]?.length ?? 0;
  if (insert.cells.length === 0 || width === 0) return;

  // Range.insertTable only takes Before/After and misbehaves inside a half-selected paragraph;
  // the paragraph holding the cursor is a clean anchor, and the table goes right after it.
  const anchor = context.document.getSelection().paragraphs.getLast();
  const beforeTable = insert.caption ? anchor.insertParagraph(insert.caption, "After") : anchor;

  const values = insert.cells.map((row) => [...row]);
  const table = beforeTable.insertTable(values.length, width, "After", values);
  // "TableGrid" is Word's plain bordered table, the look of the letters' own tables; the
  // built-in name is locale-independent, unlike the style's display name.
  table.styleBuiltIn = "TableGrid" as Word.BuiltInStyleName;
  table.headerRowCount = insert.headerRows;
  const boldRows = new Set<number>(insert.totalRows);
  for (let r = 0; r < insert.headerRows; r++) boldRows.add(r);
  for (const r of boldRows) {
    for (let c = 0; c < width; c++) table.getCell(r, c).body.font.bold = true;
  }
  for (let r = 0; r < values.length; r++) {
    for (const c of insert.amountColumns) table.getCell(r, c).horizontalAlignment = "Right";
  }

  let after: Word.Table | Word.Paragraph = table;
  for (const text of insert.paragraphs) after = after.insertParagraph(text, "After");

  await context.sync();
}

/** The Word actions the pane receives as props; `run` is Word.run unless a test passes its own. */
export interface WordActions {
  readonly insertLetterTable: (insert: LetterInsert) => Promise<void>;
  readonly canInsertTables: () => boolean;
}

type WordRun = (batch: (context: Word.RequestContext) => Promise<void>) => Promise<void>;

export function wordActions(
  run: WordRun = (batch) => Word.run(batch),
  isSetSupported: (name: string, version: string) => boolean = (name, version) =>
    typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(name, version),
): WordActions {
  return {
    insertLetterTable: (insert) => run((context) => insertLetterTable(context, insert)),
    canInsertTables: () => isSetSupported(WORD_TABLE_API.name, WORD_TABLE_API.version),
  };
}
