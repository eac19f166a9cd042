// Opens a letter file for the letter reader: Word (.docx), PDF with a text layer, or text
// (.txt, .md, an e-mail saved as text). Only ever reads the file. Anything that is not a letter
// this can read is a diagnostic naming the file, never a stack trace or an empty result.
import { promises as fs } from "node:fs";
import { extname } from "node:path";
import { type Diagnostic, diagnostic } from "../../core/diagnostics";
import { type LetterDocument, documentFromText } from "../../core/letter-reading/document";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";

export type LetterFileResult = { ok: true; document: LetterDocument } | { ok: false; diagnostic: Diagnostic };

const TEXT = new Set([".txt", ".md", ".text", ".eml"]);

function damaged(file: string, error: unknown): LetterFileResult {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { ok: false, diagnostic: diagnostic("error", "LR-FILE-DAMAGED", { file, reason }) };
}

export async function readLetterFile(file: string): Promise<LetterFileResult> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, diagnostic: diagnostic("error", "XLSX-FILE-NOT-FOUND", { file }) };
    return damaged(file, error);
  }
  const ext = extname(file).toLowerCase();
  if (TEXT.has(ext)) return { ok: true, document: documentFromText(data.toString("utf8")) };
  if (ext === ".docx") {
    try {
      return { ok: true, document: await readDocx(data) };
    } catch (error) {
      return damaged(file, error);
    }
  }
  if (ext === ".pdf") {
    let document: LetterDocument;
    try {
      document = await readPdf(new Uint8Array(data));
    } catch (error) {
      return damaged(file, error);
    }
    const hasText = document.blocks.some((b) => b.kind === "paragraph" && /\p{L}{2,}/u.test(b.text));
    return hasText ? { ok: true, document } : { ok: false, diagnostic: diagnostic("error", "LR-NO-TEXT-PDF", { file }) };
  }
  return { ok: false, diagnostic: diagnostic("error", "LR-FILE-TYPE", { file }) };
}
