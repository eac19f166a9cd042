// The text tables the command line prints (the change table, batch summaries): columns padded to
// the widest cell, amounts right-aligned, no blanks at line ends. alignColumns builds its lines
// piece by piece and trims only lines that end blank; a plain padStart/padEnd version is the oracle.
import { alignColumns } from "../../src/cli/report";

/** The plain way: pad every cell with padStart/padEnd by code points, join, trim every line. */
function reference(rows: string[][], right: ReadonlySet<number>): string {
  const width = (s: string) => [...s].length;
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows
    .map((row) =>
      row
        .map((c, i) => {
          const pad = " ".repeat(widths[i] - width(c));
          return right.has(i) ? pad + c : i === row.length - 1 ? c : c + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("alignColumns", () => {
  it("pads to the widest cell, right-aligns amounts and leaves no blank at a line's end", () => {
    const rows = [
      ["Kap/post", "Beløp", "Merknad"],
      ["1/01", "1 000", "ok"],
      ["Sum", "", ""],
      ["351/70", "−57 625"],
    ];
    expect(alignColumns(rows, new Set([1]))).toBe(["Kap/post    Beløp  Merknad", "1/01        1 000  ok", "Sum", "351/70    −57 625"].join("\n"));
  });

  it("counts a character outside the BMP as one column", () => {
    expect(alignColumns([["😀", "a"], ["ab", "b"]])).toBe("😀   a\nab  b");
  });

  it("gives the same text as plain padding for ragged rows, blanks and odd characters", () => {
    const pieces = ["", "x", "12 345", " ", "a ", "\u00a0", "b\u202f", "😀", "\ud800", "\t", "c\u0085", "\u3000", "Sum kap. 351"];
    const next = random(18);
    for (let n = 0; n < 3000; n++) {
      const rows: string[][] = [];
      const height = 1 + Math.floor(next() * 5);
      for (let r = 0; r < height; r++) {
        const length = 1 + Math.floor(next() * 5);
        rows.push(Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)] + (next() < 0.3 ? pieces[Math.floor(next() * pieces.length)] : "")));
      }
      const right = new Set([0, 1, 2, 3, 4].filter(() => next() < 0.4));
      expect(alignColumns(rows, right)).toBe(reference(rows, right));
    }
  });
});
