// A letter's table that kept its cells (Word): the header row is found by the engine's one header
// finder, whatever rows stand above it, and each column is read by its meaning.
import type { Diagnostic } from "../../../src/core/diagnostics";
import { readCellTable } from "../../../src/core/letter-reading/letter-tables";

const place = { paragraph: 12 };

describe("readCellTable", () => {
  it("finds the header under a caption and reads Kap | Post | Posttekst | Beløp", () => {
    const diagnostics: Diagnostic[] = [];
    const table = readCellTable(
      {
        rows: [
          ["(i 1 000 kr)", "", "", ""],
          [" Kap.", "Post", "Posttekst", "Beløp"],
          ["351", "70", "Tilskudd til likestilling", "57 625"],
          ["858", "01", "Driftsutgifter", "300 000"],
          ["Sum", "", "", "357 625"],
        ],
        place,
        beforeLine: 0,
      },
      diagnostics,
    );
    expect(table?.kind).toBe("allocation");
    expect(table?.unit).toBe("1000 kr");
    expect(table?.rows.map((r) => [r.code.chapter, r.code.post, r.name, r.values.amount?.toFixed()])).toEqual([
      [351, 70, "Tilskudd til likestilling", "57625"],
      [858, 1, "Driftsutgifter", "300000"],
    ]);
    expect(table?.sums.map((s) => s.amount.toFixed())).toEqual(["357625"]);
    expect(diagnostics).toEqual([]);
  });

  it("reads a Kap./post column and the change roles of a change table", () => {
    const table = readCellTable(
      { rows: [["Kap./post", "Betegnelse", "Tildeling før", "Endring", "Ny tildeling"], ["671/62", "Kommunale integreringstiltak", "20 000", "-1 000", "19 000"]], place, beforeLine: 0 },
      [],
    );
    expect(table?.kind).toBe("change");
    expect(table?.rows.map((r) => [`${r.code.chapter}/${r.code.post}`, r.name, r.values.before?.toFixed(), r.values.change?.toFixed(), r.values.after?.toFixed()])).toEqual([
      ["671/62", "Kommunale integreringstiltak", "20000", "-1000", "19000"],
    ]);
  });

  it("is no table without a Kap header", () => {
    expect(readCellTable({ rows: [["Oppdrag", "Frist"], ["Rapport", "1. mars"]], place, beforeLine: 0 }, [])).toBeNull();
  });
});
