// A letter file's bytes -> the letter reader's document: Word (.docx), PDF with a text layer, or
// text (.txt, .md, an e-mail saved as text). The command line hands over what it read from disk,
// the pane what the user chose with its file button; both get the same document and the same
// messages. Anything that is not a letter this can read is a diagnostic naming the file, never a
// stack trace or an empty result: a PDF without text (a scan) says so.
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import { type LetterDocument, documentFromText } from "../core/letter-reading/document";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";

export type LetterFileResult = { ok: true; document: LetterDocument } | { ok: false; diagnostic: Diagnostic };

const TEXT = new Set(["txt", "md", "text", "eml"]);

function damaged(file: string, error: unknown): LetterFileResult {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { ok: false, diagnostic: diagnostic("error", "LR-FILE-DAMAGED", { file, reason }) };
}

function extensionOf(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** `file` names the letter in messages (a path or the chosen file's name); only its extension decides the format. */
export async function readLetterBytes(file: string, data: Uint8Array): Promise<LetterFileResult> {
  const ext = extensionOf(file);
  if (TEXT.has(ext)) return { ok: true, document: documentFromText(new TextDecoder("utf-8").decode(data)) };
  if (ext === "docx") {
    try {
      return { ok: true, document: await readDocx(data) };
    } catch (error) {
      return damaged(file, error);
    }
  }
  if (ext === "pdf") {
    let document: LetterDocument;
    try {
      // pdf.js takes the bytes over: give it a copy, so the caller's stay readable.
      document = await readPdf(data.slice());
    } catch (error) {
      return damaged(file, error);
    }
    const hasText = document.blocks.some((b) => b.kind === "paragraph" && /\p{L}{2,}/u.test(b.text));
    return hasText ? { ok: true, document } : { ok: false, diagnostic: diagnostic("error", "LR-NO-TEXT-PDF", { file }) };
  }
  return { ok: false, diagnostic: diagnostic("error", "LR-FILE-TYPE", { file }) };
}
