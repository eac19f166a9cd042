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
/** Items written per call to io.out: fewer calls than one per item, never the whole array. */
const BATCH = 500;

export function writeJson(io: CliIo, value: unknown): void {
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
  let at = 0;
  for (const m of text.matchAll(marker)) {
    io.out(text.slice(at, m.index));
    at = m.index + m[0].length;
    // The array's closing bracket lines up with the line that opens it.
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const indent = /^ */.exec(text.slice(lineStart, m.index))![0];
    writeArray(io, lazy[Number(m[1])], indent);
  }
  io.out(text.slice(at));
  io.out("\n");
}

/** A flat object of strings and numbers (a finding), written as JSON.stringify(value, null, 2) writes it, indented by `inner`. */
function flatObjectText(value: Record<string, unknown>, inner: string): string | null {
  let text = "{";
  let first = true;
  for (const key in value) {
    const v = value[key];
    if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) return null;
    text += `${first ? "" : ","}\n${inner}  ${JSON.stringify(key)}: ${JSON.stringify(v)}`;
    first = false;
  }
  return first ? "{}" : `${text}\n${inner}}`;
}

function itemText(value: unknown, inner: string): string {
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const flat = flatObjectText(value as Record<string, unknown>, inner);
    if (flat !== null) return flat;
  }
  const item = JSON.stringify(value, null, 2) ?? "null";
  return item.replace(/\n/g, `\n${inner}`);
}

function writeArray(io: CliIo, array: LazyJsonArray<unknown>, indent: string): void {
  if (array.items.length === 0) {
    io.out("[]");
    return;
  }
  const inner = `${indent}  `;
  let chunk = "[\n";
  for (let i = 0; i < array.items.length; i++) {
    chunk += inner + itemText(array.toJson(array.items[i]), inner) + (i < array.items.length - 1 ? ",\n" : "\n");
    if ((i + 1) % BATCH === 0) {
      io.out(chunk);
      chunk = "";
    }
  }
  io.out(`${chunk}${indent}]`);
}
