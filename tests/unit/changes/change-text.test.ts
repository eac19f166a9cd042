import { parseChangeText } from "../../../src/core/changes/change-text";
import type { ChangeEntry } from "../../../src/core/changes/types";

const simple = (entries: readonly ChangeEntry[]) => entries.map((e) => [e.key, e.amount.toFixed(), e.transfer ?? null]);

describe("parseChangeText", () => {
  it("reads a transfer sentence as two entries that sum to zero", () => {
    const r = parseChangeText(
      "Jf. tidligere dialog. Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01 for å dekke økt behov knyttet til planlegging.",
    );
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
    expect(r.entries[0].unit).toBe("1000 kr");
    expect(r.diagnostics).toEqual([]);
  });

  it("takes the code given beside the text when the text names none", () => {
    const r = parseChangeText("Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.", { code: { chapter: 351, post: 70 } });
    expect(simple(r.entries)).toEqual([["351/70", "1000", null]]);
  });

  it("reads 'overføres fra ... til ...'", () => {
    const r = parseChangeText("2,5 mill. kroner overføres fra kap. 671, post 62 til kap. 858, post 01.", { transfer: "Omdisponering 3" });
    expect(simple(r.entries)).toEqual([
      ["671/62", "-2500", "Omdisponering 3"],
      ["858/01", "2500", "Omdisponering 3"],
    ]);
  });

  it.each([
    ["Kap. 351, post 70 forhøyes med 500 000 kroner.", "500"],
    ["Bevilgningen under kap. 858 post 01 nedsettes med 2 mill. kr.", "-2000"],
    ["Løyvinga på kap. 858, post 21 vert auka med 300 000 kroner.", "300"],
    ["Kap. 858, post 21: midlene brukes til økt aktivitet.", null],
    ["Løyvinga på kap. 858, post 21 skal auke med 300 000 kroner.", "300"],
    ["Kap. 100, post 1 reduseres med 1 650 000 kroner.", "-1650"],
  ])("reads the direction from the words: %s", (text, expected) => {
    const r = parseChangeText(text);
    expect(r.entries.map((e) => e.amount.toFixed())).toEqual(expected === null ? [] : [expected]);
  });

  it("converts to the unit asked for, exactly", () => {
    const r = parseChangeText("Kap. 11, post 1 økes med 2 060 000 kroner.", { unit: "mill. kr" });
    expect(simple(r.entries)).toEqual([["11/01", "2.06", null]]);
    expect(r.entries[0].unit).toBe("mill. kr");
  });

  it("says when the amount has no unit and reads it in the entries' unit", () => {
    const r = parseChangeText("Kap. 351, post 70 økes med 500.");
    expect(simple(r.entries)).toEqual([["351/70", "500", null]]);
    // A unit guessed can change the number a thousandfold: a warning, never a note.
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "CHG-UNIT-ASSUMED"]]);
  });

  it("reads a sign written on the amount when there is no direction word", () => {
    expect(simple(parseChangeText("351/70: −1 000 kr").entries)).toEqual([["351/70", "-1", null]]);
  });

  it("explains what is missing instead of guessing", () => {
    const cell = "Endringer!C4";
    expect(parseChangeText("Tildelingen økes med 1 mill. kr.", { cell }).diagnostics.map((d) => [d.code, d.cell])).toEqual([["CHG-TEXT-NO-CODE", cell]]);
    expect(parseChangeText("Tildelingen på kap. 351, post 70 økes.").diagnostics.map((d) => [d.code, d.params.code])).toEqual([["CHG-TEXT-NO-AMOUNT", "351/70"]]);
    expect(parseChangeText("Kap. 351, post 70: 1 mill. kr til prosjektet.").diagnostics.map((d) => d.code)).toEqual(["CHG-TEXT-NO-SIGN"]);
    const none = parseChangeText("Tildelingen på kap. 351, post 70 økes.");
    expect(none.entries).toEqual([]);
    expect(none.diagnostics[0].severity).toBe("error");
    expect(none.diagnostics[0].text).toBe("Tildelingen på kap. 351, post 70 økes.");
  });

  it("numbers transfer groups in order when a text holds two", () => {
    const r = parseChangeText(
      "Kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01. Kap. 855, post 01 reduseres med 500 000 kroner mot en tilsvarende økning på kap. 858, post 21.",
    );
    expect(simple(r.entries)).toEqual([
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
      ["855/01", "-500", "T2"],
      ["858/21", "500", "T2"],
    ]);
  });
});
