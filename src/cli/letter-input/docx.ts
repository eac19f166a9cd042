// A Word letter (.docx) as paragraphs and tables, through mammoth's document model (its
// `transformDocument` hook hands over the parsed document before HTML is made). Tables stay
// tables, cell by cell; numbered and bulleted paragraphs get a bullet, as the letter shows them.
import mammoth from "mammoth";
import type { LetterBlock, LetterDocument } from "../../core/letter-reading/document";

interface Element {
  readonly type: string;
  readonly value?: string;
  readonly numbering?: unknown;
  readonly styleName?: string | null;
  readonly children?: readonly Element[];
}

function textOf(element: Element): string {
  switch (element.type) {
    case "text":
      return element.value ?? "";
    case "tab":
      return "\t";
    case "break":
      return "\n";
    default:
      return (element.children ?? []).map(textOf).join("");
  }
}

function paragraphText(p: Element): string {
  const text = textOf(p);
  return p.numbering ? `• ${text}` : text;
}

function cellText(cell: Element): string {
  return (cell.children ?? []).map((c) => (c.type === "paragraph" ? paragraphText(c) : textOf(c))).join("\n");
}

export async function readDocx(buffer: Buffer): Promise<LetterDocument> {
  const blocks: LetterBlock[] = [];
  let paragraph = 0;
  const walk = (elements: readonly Element[]): void => {
    for (const e of elements) {
      if (e.type === "paragraph") {
        const heading = /^(?:heading|overskrift|title|tittel)/iu.test(e.styleName ?? "");
        blocks.push({ kind: "paragraph", text: paragraphText(e), place: { paragraph: ++paragraph }, ...(heading ? { heading } : {}) });
      } else if (e.type === "table") {
        const rows = (e.children ?? []).filter((r) => r.type === "tableRow").map((r) => (r.children ?? []).filter((c) => c.type === "tableCell").map(cellText));
        blocks.push({ kind: "table", rows, place: { paragraph: ++paragraph } });
      } else if (e.children) {
        walk(e.children);
      }
    }
  };
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: Element) => {
        walk(document.children ?? []);
        return document;
      },
    },
  );
  return { blocks, blocksAreLines: false };
}
