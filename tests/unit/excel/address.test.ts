import fc from "fast-check";
import { formatRangeAddress, parseRangeAddress } from "../../../src/excel/address";
import { ownedName } from "../../../src/excel/owned";
import { cellValueFromExcel, utf8Length } from "../../../src/excel/values";

describe("range addresses as Excel prints them", () => {
  it.each([
    ["Tildeling!A1:D5", { sheet: "Tildeling", top: 1, left: 1, rows: 5, columns: 4 }],
    ["'Gul bok'!$B$7", { sheet: "Gul bok", top: 7, left: 2, rows: 1, columns: 1 }],
    ["=Ark1!$E$1:$G$20", { sheet: "Ark1", top: 1, left: 5, rows: 20, columns: 3 }],
    ["'Brukers ''ark'''!C:C", { sheet: "Brukers 'ark'", top: 1, left: 3, rows: 1_048_576, columns: 1 }],
    ["2:9", { sheet: null, top: 2, left: 1, rows: 8, columns: 16_384 }],
  ])("reads %s", (text, rect) => {
    expect(parseRangeAddress(text)).toEqual(rect);
  });

  it.each(["=#REF!", "A1,B2", "Ark!", "A:3", "XFE1"])("refuses %s", (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });

  it("reads back every address it writes", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[\\/?*[\]:]/.test(s) && !s.startsWith("'") && s.trim() !== ""),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 16_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        (sheet, top, left, rows, columns) => {
          const rect = { top, left, rows, columns };
          expect(parseRangeAddress(formatRangeAddress(sheet, rect))).toEqual({ sheet, ...rect });
        },
      ),
    );
  });
});

describe("cell values from Office.js", () => {
  it("reads empty as blank, error texts as errors, and keeps the rest", () => {
    expect(["", "#REF!", "#N/A", "351/70", 57625, true].map(cellValueFromExcel)).toEqual([null, { error: "#REF!" }, { error: "#N/A" }, "351/70", 57625, true]);
  });

  it("counts bytes as UTF-8 does", () => {
    for (const s of ["Beløp", "Tildeling før – ny", "😀 x"]) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});

describe("names of the add-in's ranges", () => {
  it("are valid Excel names, distinct for sheets whose names differ only in punctuation", () => {
    const a = ownedName("endring", "Tildeling 2025");
    const b = ownedName("endring", "Tildeling-2025");
    expect(a).toMatch(/^tildeling\.endring\.[\p{L}\p{N}_.]+$/u);
    expect(a).not.toBe(b);
    expect(ownedName("frist", "Oppdrag/Oppdragsliste")).not.toBe(ownedName("frist", "Oppdrag"));
  });
});
