import { splitTsv } from "../../../src/core/sheet/tsv";

describe("splitTsv (rows copied from Excel)", () => {
  it("splits rows and cells and ignores the trailing line break Excel adds", () => {
    expect(splitTsv("Kap/post\tEndring\r\n351/70\t1 000\r\n")).toEqual([
      ["Kap/post", "Endring"],
      ["351/70", "1 000"],
    ]);
  });

  it("keeps a quoted cell with a line break and doubled quotes as one cell", () => {
    expect(splitTsv('351/70\t"Tildelingen ""Gutter""\nøkes"\t1 000\n')).toEqual([["351/70", 'Tildelingen "Gutter"\nøkes', "1 000"]]);
  });

  it("keeps a cell that merely starts with a quote mark as written", () => {
    expect(splitTsv('"><img src=x onerror=alert(1)>\t1')).toEqual([['"><img src=x onerror=alert(1)>', "1"]]);
  });

  it("keeps empty cells so columns stay in place", () => {
    expect(splitTsv("a\t\tc\n\t\t")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
});
