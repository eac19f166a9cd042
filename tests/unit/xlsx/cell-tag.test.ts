// A cell tag's address, style and type as every writer spells them, and the same answers as the
// general attribute reader (attributesOf, a regular expression) on thousands of generated tags.
import { type CellTag, readCellTag } from "../../../src/xlsx/cell-tag";
import { attributesOf } from "../../../src/xlsx/xml-scan";

const read = (raw: string) => ({ ...readCellTag(raw, { col: 0, type: "x", style: 9 }) });

describe("readCellTag", () => {
  it.each<[string, CellTag]>([
    [' r="B7" s="3" t="s"', { col: 2, type: "s", style: 3 }],
    [" t='inlineStr' r='AB12'", { col: 28, type: "inlineStr", style: 0 }],
    [' r = "C3"  s =\t"12" ', { col: 3, type: "n", style: 12 }],
    [' t="&#115;" r="xfd1048576"', { col: 16384, type: "s", style: 0 }],
    [' s="4"', { col: undefined, type: "n", style: 4 }],
    [' r="" s=""', { col: undefined, type: "n", style: 0 }],
    [' x:r="D4" x14ac:t="s" r="E5"', { col: 5, type: "n", style: 0 }],
    ["", { col: undefined, type: "n", style: 0 }],
  ])("reads %j", (raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });

  it("agrees with the general attribute reader on generated tags", () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const letters = ["A", "Z", "AA", "AB", "XFD", "b"];
    const types = ["s", "n", "str", "b", "e", "d", "inlineStr", "&#115;"];
    for (let k = 0; k < 5000; k++) {
      const parts: string[] = [];
      const q = next(2) ? '"' : "'";
      const eq = ["=", " = ", "=\t"][next(3)];
      if (next(4)) parts.push(`r${eq}${q}${letters[next(letters.length)]}${1 + next(2000)}${q}`);
      if (next(2)) parts.push(`s${eq}${q}${next(300)}${q}`);
      if (next(2)) parts.push(`t${eq}${q}${types[next(types.length)]}${q}`);
      if (next(3) === 0) parts.push(`x14ac:dyDescent${eq}${q}0.25${q}`);
      parts.sort(() => next(3) - 1);
      const raw = " " + parts.join(" ");
      const a = attributesOf(raw);
      const col = a.r ? [...a.r.matchAll(/[A-Za-z]/g)].reduce((n, m) => n * 26 + (m[0].toUpperCase().charCodeAt(0) - 64), 0) : undefined;
      expect([raw, read(raw)]).toEqual([raw, { col, type: a.t ?? "n", style: a.s ? Number(a.s) : 0 }]);
    }
  });
});
