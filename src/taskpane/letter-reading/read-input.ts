// A letter as the pane gets it (a chosen file, or pasted text) -> what the reader found in it.
// The file formats' libraries (mammoth, pdf.js) are loaded only when a letter of that kind is
// read: they are separate chunks, so the pane's first download does not grow.
import { type Diagnostic, diagnostic } from "../../core/diagnostics";
import { documentFromText, type LetterDocument } from "../../core/letter-reading/document";
import { type ReadLetterOptions, readLetter } from "../../core/letter-reading/read-letter";
import type { LetterReading } from "../../core/letter-reading/types";

export type LetterRead = { readonly ok: true; readonly reading: LetterReading; readonly sourceName: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** The reading, with a warning when the letter gave nothing at all (so "nothing" is never silent). */
export function readDocument(document: LetterDocument, sourceName: string, options: ReadLetterOptions = {}): LetterRead {
  const reading = readLetter(document, options);
  const nothing = reading.allocations.length + reading.changes.length + reading.assignments.length === 0;
  return { ok: true, sourceName, reading: nothing ? { ...reading, diagnostics: [...reading.diagnostics, diagnostic("warning", "LR-NOTHING-FOUND")] } : reading };
}

/** What the file chooser offers: the kinds src/letter-input reads. */
export const LETTER_FILE_ACCEPT = ".docx,.pdf,.txt,.md,.text,.eml";

export function readPastedText(text: string, sourceName: string, options: ReadLetterOptions = {}): LetterRead {
  return readDocument(documentFromText(text), sourceName, options);
}

/** Blob.arrayBuffer where the webview has it, else FileReader (older Safari webviews). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export async function readLetterFile(file: File, options: ReadLetterOptions = {}): Promise<LetterRead> {
  let data: Uint8Array;
  try {
    data = await bytesOf(file);
  } catch (error) {
    return { ok: false, diagnostic: diagnostic("error", "LR-FILE-DAMAGED", { file: file.name, reason: error instanceof Error ? error.message : String(error) }) };
  }
  const { readLetterBytes } = await import(/* webpackChunkName: "letter-input" */ "../../letter-input/read-letter-bytes");
  const opened = await readLetterBytes(file.name, data);
  return opened.ok ? readDocument(opened.document, file.name, options) : opened;
}
