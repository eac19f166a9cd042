// A minimal reader of zip archives (the container of every .xlsx): the central directory gives
// each entry's name, compression and place; an entry is inflated by Node's own zlib as a stream,
// so a large sheet is parsed while it is being decompressed and never held whole in memory.
// Written here because exceljs's streaming reader drops the last zip entry now and then (its
// unzip stream ends early), and the last entry of exceljs's own files is xl/workbook.xml.
import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** General-purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  readonly method: number;
  /** MS-DOS time and date words, kept so a copied entry keeps its timestamp. */
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

export type ZipOpen = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65 535 bytes, at the very end of the file.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export function openZip(zip: Buffer): ZipOpen {
  if (zip.length < 22) return { ok: false, reason: "too short to be a zip archive" };
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) return { ok: false, reason: "the zip directory is missing (the file is cut off)" };
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff || at + size > eocd) return { ok: false, reason: "unsupported or damaged zip directory" };
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: "damaged zip directory" };
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** A stream that fails when read: how damage to an entry reaches the reader. */
function failing(message: string): Readable {
  return new Readable({
    read() {
      this.destroy(new Error(message));
    },
  });
}

/** The entry's stored (still compressed) bytes, or why they cannot be found. */
export function entryRawBytes(zip: Buffer, entry: ZipEntry): Buffer | string {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return `damaged zip entry ${entry.name}`;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) return `zip entry ${entry.name} is cut off`;
  return zip.subarray(start, end);
}

/** A small entry's whole decompressed bytes (package parts such as xl/workbook.xml); throws on damage. */
export function entryBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const data = entryRawBytes(zip, entry);
  if (typeof data === "string") throw new Error(data);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}`);
  return inflateRawSync(data);
}

/** The entry's bytes as a stream of decompressed chunks; damage shows up as a stream error. */
export function entryStream(zip: Buffer, entry: ZipEntry): Readable {
  const data = entryRawBytes(zip, entry);
  if (typeof data === "string") return failing(data);
  if (entry.method === STORED) return Readable.from([data]);
  if (entry.method !== DEFLATED) {
    return failing(`zip entry ${entry.name} uses compression method ${entry.method}`);
  }
  // Fed in slices so decompression keeps pace with the parser instead of inflating all at once.
  const SLICE = 1 << 16;
  const source = Readable.from((function* () {
    for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
  })());
  // Output chunks of 64 KB: few hand-overs between zlib's thread and the parser, yet each chunk's
  // text stays below V8's large-object size, so it dies young instead of growing the old heap
  // (a 200 MB sheet passed through as 256 KB strings made the heap four times its live size).
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  source.on("error", (e) => inflate.destroy(e));
  return source.pipe(inflate);
}
