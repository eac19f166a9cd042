// What kind of file is this, judged by its bytes rather than its name? A password-protected
// .xlsx is not a zip at all but an OLE compound file (the same container as old .xls files),
// so the first bytes tell "encrypted" and "legacy .xls" apart from a broken workbook.

export type FileKind = "zip" | "encrypted-ooxml" | "legacy-xls" | "ole-other" | "empty" | "other";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** Directory entry names in a compound file are UTF-16LE. */
function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, "utf16le"));
}

/**
 * Classify a file from its contents. Give the whole file: a compound file's directory, which
 * names its streams, may sit anywhere in it.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // Office stores an encrypted OOXML package as the streams EncryptionInfo + EncryptedPackage.
    if (containsUtf16Name(bytes, "EncryptedPackage") || containsUtf16Name(bytes, "EncryptionInfo")) return "encrypted-ooxml";
    if (containsUtf16Name(bytes, "Workbook") || containsUtf16Name(bytes, "Book")) return "legacy-xls";
    return "ole-other";
  }
  return "other";
}
