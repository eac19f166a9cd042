// Writes a zip archive (an .xlsx package) to a file, entry by entry. Entries copied from another
// archive keep their compressed bytes as they are (nothing is inflated and deflated again), so a
// copied part is byte for byte what the input held and copying costs little more than the disk.
// New entries are deflated here. Only what an .xlsx needs: no ZIP64, no encryption, no comments.
import type { FileHandle } from "node:fs/promises";
import * as zlib from "node:zlib";
import type { ZipEntry } from "./zip";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const DEFLATED = 8;
const UTF8_NAME = 0x0800;
/** Bit 3 says sizes follow the data; the headers written here carry them, so it is cleared. */
const DATA_DESCRIPTOR = 0x0008;
const LIMIT = 0xffffffff;
/** Bytes of a new entry's text encoded and handed to the compressor at a time. */
const BATCH_BYTES = 1 << 20;

interface Written {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** Version 2.0 of the format: deflate, folders. */
const VERSION_NEEDED = 20;

/**
 * The fields a local header (at 4) and a central directory entry (at 6) share, in the same order:
 * version needed, flags, method, time, date, CRC-32, sizes, name length. The rest stays zero
 * (no extra field, no comment, no attributes).
 */
function writeEntryFields(header: Buffer, at: number, meta: Omit<Written, "offset">): void {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(meta.flags, at + 2);
  header.writeUInt16LE(meta.method, at + 4);
  header.writeUInt16LE(meta.time, at + 6);
  header.writeUInt16LE(meta.date, at + 8);
  header.writeUInt32LE(meta.crc32, at + 10);
  header.writeUInt32LE(meta.compressedSize, at + 14);
  header.writeUInt32LE(meta.size, at + 18);
  header.writeUInt16LE(meta.name.length, at + 22);
}

let crcTable: Int32Array | null = null;

/** CRC-32 of new entries, continuing from `previous`: Node's own (20.15 and later), else a table-driven one. */
function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v: number) => number }).crc32;
  if (native) return native(data, previous) >>> 0;
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Today as MS-DOS time and date words (local time, as zip tools write it). */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  constructor(private readonly file: FileHandle) {}

  private async write(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.file.write(data, done, data.length - done);
      done += bytesWritten;
    }
    this.offset += data.length;
  }

  private async entry(meta: Omit<Written, "offset">, data: Buffer): Promise<void> {
    if (this.offset + data.length > LIMIT || meta.size > LIMIT) throw new Error("the workbook is larger than 4 GB, which this writer does not support");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    writeEntryFields(header, 4, meta);
    this.written.push({ ...meta, offset: this.offset });
    await this.write(header);
    await this.write(meta.name);
    await this.write(data);
  }

  /** Copy an entry of another archive: its stored bytes, CRC and timestamp unchanged. */
  async copy(entry: ZipEntry, raw: Buffer): Promise<void> {
    const name = Buffer.from(entry.name, "utf8");
    // The reader decoded the name as UTF-8, so a name beyond ASCII is flagged as such.
    const flags = (entry.flags & ~DATA_DESCRIPTOR) | (name.length !== entry.name.length ? UTF8_NAME : 0);
    await this.entry(
      { name, flags, method: entry.method, time: entry.time, date: entry.date, crc32: entry.crc32, compressedSize: raw.length, size: entry.size },
      raw,
    );
  }

  /** A new entry, deflated; given as text pieces, it is compressed as they come and never held whole. */
  async add(name: string, content: Buffer | string | Iterable<string>): Promise<void> {
    const { time, date } = dosNow();
    const meta = { name: Buffer.from(name, "utf8"), flags: UTF8_NAME, method: DEFLATED, time, date };
    if (typeof content === "string" || Buffer.isBuffer(content)) {
      const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      const packed = zlib.deflateRawSync(data, { level: 6 });
      await this.entry({ ...meta, crc32: crc32(data), compressedSize: packed.length, size: data.length }, packed);
      return;
    }
    // One compressor call per batch (its output buffer holds a batch's deflated bytes), so the
    // threadpool compresses a whole batch while this thread makes the next one.
    const deflate = zlib.createDeflateRaw({ level: 6, chunkSize: BATCH_BYTES });
    const packed: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => packed.push(chunk));
    const ended = new Promise<void>((done, failed) => deflate.on("end", done).on("error", failed));
    // A failure also fails the batch being awaited, which is what add reports; not this one, unawaited then.
    ended.catch(() => undefined);
    let crc = 0;
    let size = 0;
    // Pieces are encoded straight into a buffer: joining them into one string first, then
    // encoding it, costs several times as much (the joined string is flattened, then copied).
    let buffer = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    let previous: Promise<void> = Promise.resolve();
    // A batch is handed over, then the one before it awaited: at most two batches wait in the
    // compressor, and this thread never waits for the batch it has just handed over.
    const send = async (data: Buffer) => {
      crc = crc32(data, crc);
      size += data.length;
      const compressed = new Promise<void>((done, failed) => deflate.write(data, (error) => (error ? failed(error) : done())));
      compressed.catch(() => undefined);
      const before = previous;
      previous = compressed;
      await before;
    };
    for (const piece of content) {
      // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair 4 for its two units).
      if (used + piece.length * 3 > buffer.length) {
        if (used > 0) await send(buffer.subarray(0, used));
        buffer = Buffer.allocUnsafe(BATCH_BYTES);
        used = 0;
        if (piece.length * 3 > buffer.length) {
          await send(Buffer.from(piece, "utf8"));
          continue;
        }
      }
      used += buffer.write(piece, used, "utf8");
    }
    if (used > 0) await send(buffer.subarray(0, used));
    await previous;
    deflate.end();
    await ended;
    const data = Buffer.concat(packed);
    await this.entry({ ...meta, crc32: crc, compressedSize: data.length, size }, data);
  }

  /** The central directory and its end record; the archive is complete after this. */
  async finish(): Promise<void> {
    if (this.written.length >= 0xffff) throw new Error("too many parts in the workbook for this writer");
    const start = this.offset;
    for (const w of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      // Made by: version 2.0, as the version needed that follows.
      header.writeUInt16LE(VERSION_NEEDED, 4);
      writeEntryFields(header, 6, w);
      header.writeUInt32LE(w.offset, 42);
      await this.write(header);
      await this.write(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}
