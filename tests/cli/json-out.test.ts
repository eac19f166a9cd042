// JSON written piece by piece must be the very text JSON.stringify(value, null, 2) gives (Node's
// own serialiser is the independent reference), with the findings made only as they are written.
import { LazyJsonArray, writeJson, writeJsonAt } from "../../src/cli/json-out";

function written(value: unknown): string {
  let out = "";
  writeJson({ out: (t) => void (out += t), err: () => undefined, now: () => new Date(0) }, value);
  return out;
}

describe("writeJson", () => {
  it("writes the same text as JSON.stringify for lazy arrays at any depth, empty or not", () => {
    const items = [
      { severity: "warning", code: "KP-NOT-IN-CHART", message: 'Kap/post 1/01.1 finnes ikke "her"', cell: "Tildeling!A7" },
      { severity: "info", code: "CLI-CHART-USED", nested: { list: [1, 2, { a: null }] } },
    ];
    const value = { file: "tillegg.xlsx", linesRead: 6, sheets: [{ sheet: "Tildeling", tables: ["A1:D9"] }], diagnostics: items, empty: [] as unknown[], last: true };
    const lazy = { ...value, diagnostics: new LazyJsonArray(items, (d) => d), empty: new LazyJsonArray([], (d) => d) };
    expect(written(lazy)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const inArray = [{ inner: new LazyJsonArray([1, 2, 3], (n) => ({ n })) }];
    expect(written(inArray)).toBe(`${JSON.stringify([{ inner: [{ n: 1 }, { n: 2 }, { n: 3 }] }], null, 2)}\n`);
  });

  it("writes every item of a long array of items large and small, in order, none twice", () => {
    // Items of very different sizes, so the writer's batches change size on the way.
    const items = Array.from({ length: 3001 }, (_, i) => (i % 7 === 0 ? { i, text: "x".repeat(i % 500), list: [i, [i]] } : i % 3 === 0 ? null : `item ${i}`));
    const value = { head: 1, deep: { lines: items, more: [items.slice(0, 5)] } };
    const lazy = { head: 1, deep: { lines: new LazyJsonArray(items, (x) => x), more: [new LazyJsonArray(items.slice(0, 5), (x) => x)] } };
    expect(written(lazy)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("writes flat findings as JSON.stringify does: quotes, line breaks, control characters, numbers, empty and missing values", () => {
    const items: unknown[] = [
      { severity: "error", message: 'Linje 1\nlinje 2 "sitat" \\ \u0007 \u2028 kr\u202f1 000', cell: "'Mitt ark'!B7" },
      { code: "X", count: 12.5, negative: -0, big: 1e21 },
      {},
      { left: undefined, right: "kept" },
      { nan: NaN, yes: true, none: null },
      "plain text",
    ];
    const value = { diagnostics: items };
    expect(written({ diagnostics: new LazyJsonArray(items, (d) => d) })).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("makes each item when it is written, not before", () => {
    let made = 0;
    const array = new LazyJsonArray([1, 2, 3, 4], (n) => {
      made++;
      return n;
    });
    const parts: number[] = [];
    writeJson({ out: () => void parts.push(made), err: () => undefined, now: () => new Date(0) }, { a: array });
    expect(made).toBe(4);
    // The head of the report went out before any finding was made.
    expect(parts[0]).toBe(0);
  });

  it("writes a value inside an enclosing one, at its depth, as JSON.stringify of the whole gives it (a file of a many-file --json)", () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({ severity: i % 2 ? "warning" : "info", code: "KP-NOT-IN-CHART", message: `Linje ${i}\n"sitert"`, cell: `Tildeling!A${i + 3}` }));
    const file = (lazy: boolean) => ({ file: "a.xlsx", sheets: [{ sheet: "Tildeling" }], diagnostics: lazy ? new LazyJsonArray(findings, (d) => d) : findings, empty: [] });
    const whole = JSON.stringify({ files: [file(false), file(false)], summary: { files: 2 } }, null, 2);
    // As the many-file writer puts it together: its own brackets, each file at four spaces.
    let out = '{\n  "files": [\n    ';
    const io = { out: (t: string) => void (out += t), err: () => undefined, now: () => new Date(0) };
    writeJsonAt(io, file(true), "    ");
    out += ",\n    ";
    writeJsonAt(io, file(true), "    ");
    out += `\n  ],\n  "summary": {\n    "files": 2\n  }\n}`;
    expect(out).toBe(whole);
  });
});
