import { parseAssignmentId, parseStatus, sameSeries } from "../../../src/core/deadlines";

describe("assignment ids", () => {
  it("matches the two ways the seed writes the 2024-t4 series as one series, shown as written", () => {
    const one = parseAssignmentId("2024-t4:1");
    const two = parseAssignmentId("2024 t-4:2");
    expect(sameSeries(one, two)).toBe(true);
    expect([one.series, one.number, two.series, two.number]).toEqual(["2024-t4", 1, "2024-t4", 2]);
    expect([one.text, two.text]).toEqual(["2024-t4:1", "2024 t-4:2"]);
    expect(one.key).not.toBe(two.key);
  });
  it("drops the word 'Oppdrag' in front of an id and matches spellings of the same id", () => {
    expect(parseAssignmentId("Oppdrag 2024 t-4:2").key).toBe(parseAssignmentId("2024-t4:2").key);
    expect(parseAssignmentId("Oppdrag nr. 2023:61").text).toBe("2023:61");
    expect(parseAssignmentId("Oppdragsnr: 2023:61").key).toBe(parseAssignmentId("2023 : 61").key);
  });
  it("reads the id forms of other letters", () => {
    const forms = ["2023:61", "TB2026-17", "TTB2024-41", "oppdrag 13/2024", "2024-018"].map((t) => {
      const id = parseAssignmentId(t);
      return [id.series, id.number];
    });
    expect(forms).toEqual([["2023", 61], ["tb2026", 17], ["ttb2024", 41], ["2024", 13], ["2024", 18]]);
    expect(sameSeries(parseAssignmentId("2023:61"), parseAssignmentId("2023:30"))).toBe(true);
    expect(sameSeries(parseAssignmentId("2023:61"), parseAssignmentId("2022:55"))).toBe(false);
    expect(sameSeries(parseAssignmentId("TB2026-17"), parseAssignmentId("TTB2024-41"))).toBe(false);
  });
  it("keeps ids without a number as written, never in a series", () => {
    const id = parseAssignmentId("Likestilling");
    expect([id.text, id.series, id.number]).toEqual(["Likestilling", null, null]);
    expect(sameSeries(id, parseAssignmentId("Likestilling"))).toBe(false);
  });
});

describe("status words", () => {
  it.each([
    ["nytt", "new", true],
    ["Pågår", "in-progress", true],
    ["under arbeid", "in-progress", true],
    ["forlenget", "extended", true],
    ["utført", "done", false],
    ["levert", "done", false],
    ["Ferdig", "done", false],
    ["avsluttet", "closed", false],
    ["lukket", "closed", false],
    ["", "none", true],
  ])("reads %j as %s", (text, kind, open) => {
    expect(parseStatus(text)).toEqual({ kind, text, open });
  });
  it("reads the letter's sentences: 'anses ikke som avsluttet' is open, 'anser oppdraget som avsluttet' is closed", () => {
    expect(parseStatus("anses ikke som avsluttet").open).toBe(true);
    expect(parseStatus("BFD anser oppdraget som avsluttet").kind).toBe("closed");
    expect(parseStatus("ikke levert").open).toBe(true);
    expect(parseStatus("Levert etter forlenget frist").kind).toBe("done");
  });
  it("shows an unknown word as written and keeps the assignment open", () => {
    expect(parseStatus("Venter på KD")).toEqual({ kind: "unknown", text: "Venter på KD", open: true });
    expect(parseStatus("Lukkes snart").open).toBe(true);
  });
});
