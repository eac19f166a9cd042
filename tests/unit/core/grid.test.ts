import { a1, cellAddress, columnLetters, columnNumber, gridFromRows, parseA1, splitAddress } from "../../../src/core/grid";

describe("cell addresses", () => {
  it("names cells as Excel does, quoting sheet names with spaces", () => {
    const grid = gridFromRows("Tildeling", [["Kap/post", "Beløp"], ["351/70", "57 625"]], { top: 6, left: 2 });
    expect(cellAddress(grid, 1, 1)).toBe("Tildeling!C7");
    expect(cellAddress({ ...grid, sheet: "Gul bok" }, 0, 0)).toBe("'Gul bok'!B6");
    expect(cellAddress({ ...grid, sheet: "Bob's" }, 0, 0)).toBe("'Bob''s'!B6");
  });
  it("round-trips column letters and A1 references", () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384]) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnLetters(16384)).toBe("XFD");
    expect(parseA1(a1(1048576, 16384))).toEqual({ row: 1048576, col: 16384 });
    expect(parseA1("B")).toBeNull();
    expect(splitAddress("'Gul bok'!B6")).toEqual({ sheet: "Gul bok", ref: "B6" });
  });
});
