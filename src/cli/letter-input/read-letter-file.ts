// Opens a letter file from disk for the letter reader (src/letter-input reads its bytes, the same
// way the pane reads a chosen file). Only ever reads the file.
import { promises as fs } from "node:fs";
import { diagnostic } from "../../core/diagnostics";
import { type LetterFileResult, readLetterBytes } from "../../letter-input/read-letter-bytes";

export async function readLetterFile(file: string): Promise<LetterFileResult> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, diagnostic: diagnostic("error", "XLSX-FILE-NOT-FOUND", { file }) };
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, diagnostic: diagnostic("error", "LR-FILE-DAMAGED", { file, reason }) };
  }
  return readLetterBytes(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}
