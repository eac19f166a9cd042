// A Word letter (.docx) as paragraphs and tables, through mammoth's document model (its
// `transformDocument` hook hands over the parsed document before HTML is made). Tables stay
// tables, cell by cell; numbered and bulleted paragraphs get a bullet, as the letter shows them.
// Shared by the command line (Node) and the pane (the browser): mammoth is loaded when a .docx
// is first read, so the pane's first download does not carry it.
import type { LetterBlock, LetterDocument } from "../core/letter-reading/document";

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

export async function readDocx(data: Uint8Array): Promise<LetterDocument> {
  const { default: mammoth } = await import(/* webpackChunkName: "letter-docx" */ "mammoth");
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
  // Node's mammoth opens `buffer`, its browser build (package.json "browser") `arrayBuffer`;
  // both hand the bytes to JSZip, which takes a Uint8Array.
  const input = { buffer: data, arrayBuffer: data } as unknown as { arrayBuffer: ArrayBuffer };
  await mammoth.convertToHtml(
    input,
    {
      transformDocument: (document: Element) => {
        walk(document.children ?? []);
        // Only the document model is read: an empty document spares mammoth making HTML of it all.
        return { ...document, children: [] };
      },
    },
  );
  return { blocks, blocksAreLines: paragraphsAreLines(blocks) };
}

/**
 * A .docx made from a plain-text letter (LibreOffice, or text pasted into Word) has one paragraph
 * per wrapped line, so a sentence runs on into the next paragraph. Read as whole paragraphs, such a
 * letter loses the ends of its sentences (a new deadline, a closing); read as lines, it reads like
 * the text it came from. The sign: many paragraphs run on into one that starts in lower case.
 */
function paragraphsAreLines(blocks: readonly LetterBlock[]): boolean {
  // Text that had an empty line after every line (as PDF text often has) gives an empty paragraph
  // between the lines: the line after is then the next paragraph with any text.
  const texts = blocks.map((b) => (b.kind === "paragraph" ? b.text.trim() : "")).filter((t) => t !== "");
  let runOn = 0;
  texts.forEach((text, i) => {
    const next = texts[i + 1] ?? "";
    if (!/[.:;!?]$/u.test(text) && /^\p{Ll}/u.test(next)) runOn++;
  });
  const filled = texts.length;
  return filled >= 10 && runOn * 5 >= filled;
}
