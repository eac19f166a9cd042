// JSON written as text by hand must be the very text JSON.stringify(value, null, 2) writes (Node's
// own serialiser is the independent oracle): for strings with everything JSON escapes, for
// objects nested at any depth, and for the change table's rows with entries of every kind.
import Decimal from "decimal.js";
import type { ChangeEntry, ChangeRow, ChangeTable } from "../../../src/core/changes/types";
import { changeTableToJson } from "../../../src/core/render/change-table-json";
import { jsonObjectText, jsonString } from "../../../src/core/render/json-text";

const TRICKY = [
  "",
  "plain",
  'a "quoted" word',
  "back\\slash",
  "line\nbreak\r\ttab",
  "\u0000\u0001\u001f\u007f",
  "\u2028\u2029",
  "æøå Økes",
  "😀 pair",
  "lone \ud800 high",
  "lone \udc00 low",
  "\udc00\ud800 reversed",
  "</script>",
];

describe("jsonString", () => {
  it("writes every string as JSON.stringify does", () => {
    for (const s of TRICKY) expect(jsonString(s)).toBe(JSON.stringify(s));
    for (let c = 0; c < 0x10000; c += 7) {
      const s = `x${String.fromCharCode(c)}y`;
      expect(jsonString(s)).toBe(JSON.stringify(s));
    }
  });
});

describe("jsonObjectText", () => {
  it("writes an object as JSON.stringify does where it sits, at any depth", () => {
    const objects: Record<string, unknown>[] = [
      {},
      { severity: "warning", code: "KP-NOT-IN-CHART", message: TRICKY.join("|"), cell: "Tildeling!A7" },
      { n: 1.5, zero: -0, big: 1e21, nan: NaN, yes: true, no: null, skip: undefined, f: () => 1, 2: "two", 1: "one" },
      { nested: { list: [1, [2, { a: "b" }], [], {}], empty: {} }, after: "x" },
    ];
    for (const object of objects) {
      for (const depth of [0, 1, 3]) {
        let wrapped: unknown = object;
        for (let i = 0; i < depth; i++) wrapped = [wrapped];
        const expected = JSON.stringify(wrapped, null, 2);
        const indent = "  ".repeat(depth);
        const head = Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}[\n`).join("");
        const tail = Array.from({ length: depth }, (_, i) => `\n${"  ".repeat(depth - 1 - i)}]`).join("");
        expect(head + indent + jsonObjectText(object, indent) + tail).toBe(expected);
      }
    }
  });
});

describe("the change table's rows as JSON text", () => {
  const cell = (address: string) => ({ address, row: 1, col: 1 });
  const entry = (amount: string, extra: Partial<ChangeEntry>): ChangeEntry => ({
    code: { chapter: 351, post: 70 },
    key: "351/70",
    amount: new Decimal(amount),
    unit: "1000 kr",
    ...extra,
  });
  const row = (extra: Partial<ChangeRow>): ChangeRow => ({
    code: { chapter: 351, post: 70 },
    key: "351/70",
    before: new Decimal(57625),
    change: new Decimal(1000),
    after: new Decimal(58625),
    status: "changed",
    entries: [],
    ...extra,
  });
  const rows: ChangeRow[] = [
    row({}),
    row({ chapterName: 'Likestilling "og" <mer>', postName: "Tilskudd\nlinje", allocation: { sheet: "T", row: 1, sheetRow: 3, codeCell: "T!A3", amountCell: "'Mitt ark'!C3" } }),
    row({ code: { chapter: 855, post: 1, subPost: 1 }, before: null, after: null, change: new Decimal("-2500.5"), status: "rejected" }),
    row({
      before: new Decimal("123456789012345678901.5"),
      entries: [
        entry("1e-3", {}),
        entry("-1000", { text: "Økes \u0001 😀", reference: "ref\\1", date: "2026-03-01", transfer: "A", amountCell: cell("Endringer!B2"), codeCell: cell("Endringer!A2") }),
        entry("7", { codeCell: cell("Endringer!A9"), text: "\ud800" }),
      ],
    }),
  ];
  const table: ChangeTable = {
    unit: "1000 kr",
    rows,
    otherRows: rows.slice(2),
    total: { before: new Decimal(1), change: new Decimal(2), after: new Decimal(3) },
    chapterTotals: [],
    diagnostics: [],
  } as unknown as ChangeTable;

  it("writes each row exactly as JSON.stringify writes the row's object", () => {
    const texts: ((r: ChangeRow, indent: string) => string)[] = [];
    changeTableToJson(table, "nb", {
      diagnostics: false,
      list: (items, toJson, toText) => {
        texts.push(toText);
        return items.map(toJson);
      },
    });
    const objects = changeTableToJson(table, "nb", { diagnostics: false }).lines as unknown[];
    for (const indent of ["", "    ", "  ".repeat(5)]) {
      rows.forEach((r, i) => {
        const expected = JSON.stringify(objects[i], null, 2).replace(/\n/g, `\n${indent}`);
        expect(texts[0](r, indent)).toBe(expected);
      });
    }
  });
});
