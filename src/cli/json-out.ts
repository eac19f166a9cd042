// JSON output written piece by piece. A report on a large sheet can list a million findings:
// building every finding's object and then one string of the whole report would hold all of it
// at once (hundreds of MB). A LazyJsonArray makes each item when it is written; the text is the
// same as JSON.stringify(value, null, 2) would give.
import type { CliIo } from "./io";

export class LazyJsonArray<T> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown,
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** The whole array at once. No toJSON on purpose: JSON.stringify would call it before writeJson could stream the items. */
  toArray(): unknown[] {
    return this.items.map(this.toJson);
  }
}

/** Stands in for a lazy array in the first pass; random, so no text in a workbook can look like it. */
const PLACEHOLDER = `lazy-json-array-${Math.random().toString(36).slice(2)}-`;
/** Items stringified and written at first; later batches are sized to make about CHUNK characters. */
const FIRST_BATCH = 50;
const CHUNK = 48 * 1024;

export function writeJson(io: CliIo, value: unknown): void {
  writeJsonAt(io, value, "");
  io.out("\n");
}

/**
 * `value` as JSON.stringify(value, null, 2) writes it, each line after the first indented by
 * `base` further: a value placed inside a larger JSON text that is written piece by piece.
 */
export function writeJsonAt(io: CliIo, value: unknown, base: string): void {
  const lazy: LazyJsonArray<unknown>[] = [];
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof LazyJsonArray) {
        lazy.push(v as LazyJsonArray<unknown>);
        return `${PLACEHOLDER}${lazy.length - 1}`;
      }
      return v;
    },
    2,
  );
  const marker = new RegExp(`"${PLACEHOLDER}(\\d+)"`, "g");
  const shifted = (piece: string) => (base === "" ? piece : piece.replace(/\n/g, `\n${base}`));
  let at = 0;
  for (const m of text.matchAll(marker)) {
    io.out(shifted(text.slice(at, m.index)));
    at = m.index + m[0].length;
    // The array's closing bracket lines up with the line that opens it.
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const indent = /^ */.exec(text.slice(lineStart, m.index))![0];
    writeArray(io, lazy[Number(m[1])], base + indent);
  }
  io.out(shifted(text.slice(at)));
}

/**
 * The array's items, a batch at a time. A batch wrapped in as many arrays as the indent has levels
 * and stringified comes out with its items exactly as deep as one stringify of the whole value
 * would put them; the wrappers' brackets are cut off. (Re-indenting each line after the fact
 * costs more than the stringify itself.)
 */
function writeArray(io: CliIo, array: LazyJsonArray<unknown>, indent: string): void {
  const n = array.items.length;
  if (n === 0) {
    io.out("[]");
    return;
  }
  const levels = indent.length / 2;
  let head = "";
  let tail = "";
  for (let j = 0; j <= levels; j++) {
    head += `${"  ".repeat(j)}[\n`;
    tail = `\n${"  ".repeat(j)}]${tail}`;
  }
  io.out("[\n");
  let count = FIRST_BATCH;
  for (let start = 0, end = 0; start < n; start = end) {
    end = Math.min(start + count, n);
    let wrapped: unknown[] = [];
    for (let i = start; i < end; i++) wrapped.push(array.toJson(array.items[i]) ?? null);
    for (let j = 0; j < levels; j++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const body = text.slice(head.length, text.length - tail.length);
    io.out(end < n ? `${body},\n` : `${body}\n`);
    // As many items next time as make about CHUNK characters: a larger string costs more to
    // encode for the output than its length says (fresh memory for each), a smaller one more calls.
    count = Math.max(1, Math.round(((end - start) * CHUNK) / Math.max(1, text.length)));
  }
  io.out(`${indent}]`);
}
