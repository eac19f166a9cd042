import { gridFromRows } from "../../../src/core/grid";
import { findHeaderRows } from "../../../src/core/sheet/header";

const roles = [
  { key: "code", patterns: [/^kap\s*\/\s*post$/] },
  { key: "before", patterns: [/^tildeling før/] },
  { key: "change", patterns: [/^endring$/] },
  { key: "after", patterns: [/^ny tildeling$/] },
];

describe("findHeaderRows", () => {
  it("finds the header below title rows and every table on the sheet", () => {
    const grid = gridFromRows("Ark1", [
      ["Tillegg nr. 3 til tildelingsbrev"],
      ["(i 1 000 kr)"],
      ["Kap/post", "Tildeling før\u00a0tillegget", "Endring ", "Ny tildeling:"],
      ["351/70", 57625, 1000, 58625],
      [],
      ["KAP / POST", "Endring"],
      ["858/01", 1000],
    ]);
    const found = findHeaderRows(grid, roles, { required: [["code"]] });
    expect(found.map((h) => h.row)).toEqual([2, 5]);
    expect([...found[0].columns]).toEqual([["code", 0], ["before", 1], ["change", 2], ["after", 3]]);
    expect(found[1].columns.get("change")).toBe(1);
  });
  it("ignores rows that lack a required role", () => {
    const grid = gridFromRows("Ark1", [["Endring", "Ny tildeling"]]);
    expect(findHeaderRows(grid, roles, { required: [["code"]] })).toEqual([]);
  });
});
