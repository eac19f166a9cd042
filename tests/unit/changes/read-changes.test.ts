import { readChanges } from "../../../src/core/changes/read-changes";
import type { ChangeSheet } from "../../../src/core/changes/types";
import { gridFromRows } from "../../../src/core/grid";

const simple = (s: ChangeSheet) => s.entries.map((e) => [e.key, e.amount.toFixed()]);
const codes = (s: ChangeSheet) => s.diagnostics.map((d) => [d.severity, d.code, d.cell]);

describe("readChanges", () => {
  it("takes the sign from the words when the amount has none, and says so", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["(i 1 000 kr)"],
        ["Kap/post", "Beløp", "Begrunnelse"],
        ["855/01", 2000, "Tildelingen nedsettes"],
        ["858/01", "-1 500", "Tildelingen reduseres"],
        ["858/21", 700, "Tildelingen forhøyes"],
        ["351/70", -300, "Tildelingen økes"],
      ]),
    );
    expect(simple(sheet)).toEqual([
      ["855/01", "-2000"],
      ["858/01", "-1500"],
      ["858/21", "700"],
      ["351/70", "-300"],
    ]);
    expect(codes(sheet)).toEqual([
      ["info", "CHG-SIGN-FROM-WORD", "Endringer!B3"],
      ["warning", "CHG-SIGN-CONFLICT", "Endringer!B6"],
    ]);
  });

  it("reads kap and post columns, reference, date and transfer group", () => {
    const sheet = readChanges(
      gridFromRows(
        "Endringer",
        [
          ["Kap", "Post", "Endring (1 000 kr)", "Ref.", "Dato", "Overføring"],
          [671, 62, -1000, "Tillegg nr. 4", 45397, "T1"],
          [858, 1, 1000, "Tillegg nr. 4", "15.04.2024", "T1"],
        ],
        { formats: [[], [null, null, null, null, "dd.mm.yyyy"], []] },
      ),
    );
    expect(sheet.unit).toBe("1000 kr");
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed(), e.reference, e.date, e.transfer])).toEqual([
      ["671/62", "-1000", "Tillegg nr. 4", "2024-04-15", "T1"],
      ["858/01", "1000", "Tillegg nr. 4", "15.04.2024", "T1"],
    ]);
    expect(sheet.entries[0].amountCell?.address).toBe("Endringer!C2");
    expect(sheet.entries[0].codeCell?.address).toBe("Endringer!A2");
    expect(sheet.diagnostics).toEqual([]);
  });

  it("reads the amount from the text when the amount cell is empty", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring", "Tekst"],
        ["351/70", null, "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr."],
        [null, null, "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01"],
        ["858/21", null, "Etter avtale"],
      ]),
      { unit: "1000 kr" },
    );
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed(), e.transfer ?? null])).toEqual([
      ["351/70", "1000", null],
      ["671/62", "-1000", "tekst-1"],
      ["858/01", "1000", "tekst-1"],
    ]);
    expect(codes(sheet)).toEqual([["error", "CHG-AMOUNT-MISSING", "Endringer!B4"]]);
  });

  it("makes one transfer of a transfer sentence written on each of its rows", () => {
    const sentence = "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01";
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring", "Tekst", "Overføring"],
        ["855/01", -500, "Flyttes", "T1"],
        ["671/62", null, sentence, null],
        ["858/01", null, sentence, null],
        ["855/21", 500, "Flyttes", "T1"],
      ]),
      { unit: "1000 kr" },
    );
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed(), e.transfer])).toEqual([
      ["855/01", "-500", "T1"],
      ["671/62", "-1000", "tekst-1"],
      ["858/01", "1000", "tekst-1"],
      ["855/21", "500", "T1"],
    ]);
  });

  it("converts amounts written with their own unit, and tables in another unit", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring (i 1 000 kr)"],
        ["351/70", "1,5 mill. kr"],
        [],
        ["Beløp i kroner"],
        ["Kap/post", "Endring"],
        ["858/01", "250 000"],
      ]),
    );
    expect(simple(sheet)).toEqual([
      ["351/70", "1500"],
      ["858/01", "250"],
    ]);
    expect(codes(sheet)).toEqual([["info", "ALLOC-UNIT-CONVERTED", "Endringer!A5"]]);
  });

  it("names every row it cannot read", () => {
    const sheet = readChanges(
      gridFromRows("Endringer", [
        ["Kap/post", "Endring"],
        ["351/700", 1000],
        [null, 500],
        ["858/01", "ca. 1000"],
        ["Sum", 1500],
      ]),
      { unit: "1000 kr" },
    );
    expect(sheet.entries).toEqual([]);
    expect(codes(sheet)).toEqual([
      ["error", "KP-POST-RANGE", "Endringer!A2"],
      ["error", "CHG-CODE-MISSING", "Endringer!B3"],
      ["error", "AMT-TEXT", "Endringer!B4"],
      ["info", "ALLOC-NOTE-ROW", "Endringer!A5"],
    ]);
  });
});
