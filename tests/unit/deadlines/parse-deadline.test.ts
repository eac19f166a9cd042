import { messageOf } from "../../../src/core/diagnostics";
import { type DeadlineParse, parseDeadline, toIsoDate } from "../../../src/core/deadlines";

const iso = (p: DeadlineParse): string | null => (p.date ? toIsoDate(p.date) : null);
const codes = (p: DeadlineParse): string[] => p.diagnostics.map((d) => d.code);

describe("parseDeadline: the forms DOMAIN.md lists", () => {
  it.each([
    ["1. april 2025", "2025-04-01"],
    ["31. mai 2026", "2026-05-31"],
    ["30. september 2024", "2024-09-30"],
    ["1.4.2025", "2025-04-01"],
    ["01.04.2025", "2025-04-01"],
    ["1.4.25", "2025-04-01"],
    ["2025-04-01", "2025-04-01"],
    ["01/04/2025", "2025-04-01"],
    ["1. April 2025", "2025-04-01"],
    ["1 april 2025", "2025-04-01"],
    ["1.april 2025", "2025-04-01"],
    ["1. apr. 2025", "2025-04-01"],
    ["1. apr 2025", "2025-04-01"],
    ["25. sept. 2025", "2025-09-25"],
    ["innen 31. mai 2026", "2026-05-31"],
    ["Frist: 1. april 2025.", "2025-04-01"],
    ["utgangen av 2025", "2025-12-31"],
    ["ny frist settes til utgangen av 2025", "2025-12-31"],
    ["innen utgangen av mars 2026", "2026-03-31"],
    ["Innen utgangen av februar 2028", "2028-02-29"],
    ["utgangen av 1. tertial 2025", "2025-04-30"],
    ["utgangen av andre tertial 2025", "2025-08-31"],
    ["utgangen av 3. tertial 2025", "2025-12-31"],
    ["utgangen av 2. kvartal 2026", "2026-06-30"],
    ["tirsdag 1. april 2025 kl. 12", "2025-04-01"],
    ["1.\u00a0april\u00a02025", "2025-04-01"],
  ])("reads %j as %s", (text, expected) => {
    const p = parseDeadline(text);
    expect(p.kind).toBe("date");
    expect(iso(p)).toBe(expected);
    expect(p.text).toBe(text.replace(/\u00a0/g, " "));
  });

  it("reads an Excel date serial only when the cell has a date format", () => {
    expect(iso(parseDeadline(45748, "dd.mm.yyyy"))).toBe("2025-04-01");
    expect(parseDeadline(45748, "dd.mm.yyyy").form).toBe("serial");
    const plain = parseDeadline(45748, "General");
    expect(plain.kind).toBe("unreadable");
    expect(codes(plain)).toEqual(["DL-NUMBER-NOT-DATE"]);
    // The message tells the user which day it would be, so they can fix the format.
    expect(messageOf(plain.diagnostics[0], "nb")).toContain("01.04.2025");
    expect(codes(parseDeadline(45748))).toEqual(["DL-NUMBER-NOT-DATE"]);
    expect(codes(parseDeadline("45748"))).toEqual(["DL-NUMBER-NOT-DATE"]);
    expect(codes(parseDeadline(60, "d.m.yyyy"))).toEqual(["DL-SERIAL-LEAP-DAY"]);
    expect(codes(parseDeadline(-3, "d.m.yyyy"))).toEqual(["DL-SERIAL-RANGE"]);
    expect(codes(parseDeadline(1.5, "0.0"))).toEqual(["DL-NOT-A-DATE-VALUE"]);
  });

  it("reads the 1904 date system when the workbook uses it", () => {
    expect(iso(parseDeadline(45748 - 1462, "dd.mm.yyyy", { date1904: true }))).toBe("2025-04-01");
  });
});

describe("parseDeadline: a day and month without a year", () => {
  it.each([
    ["25. sep.", "2025-09-25"],
    ["9. okt.", "2025-10-09"],
    ["28. feb", "2025-02-28"],
    ["utgangen av mars", "2025-03-31"],
    ["utgangen av året", "2025-12-31"],
    ["31.08", "2025-08-31"],
    ["per 31.08 (2. tertial)", "2025-08-31"],
    ["innen 1.9.", "2025-09-01"],
  ])("takes the year of %j from the context and says so", (text, expected) => {
    const p = parseDeadline(text, undefined, { defaultYear: 2025 });
    expect(iso(p)).toBe(expected);
    expect(codes(p)).toEqual(["DL-YEAR-FROM-CONTEXT"]);
  });
  it("never guesses the year when there is no context: unreadable, with the reason", () => {
    const p = parseDeadline("25. sep.");
    expect(p.kind).toBe("unreadable");
    expect(p.date).toBeNull();
    expect(codes(p)).toEqual(["DL-NO-YEAR"]);
    expect(messageOf(p.diagnostics[0], "en")).toContain("25. sep.");
  });
  it("refuses 29 February in a context year that has none", () => {
    const p = parseDeadline("29. feb", undefined, { defaultYear: 2025 });
    expect(p.kind).toBe("unreadable");
    expect(codes(p)).toEqual(["DL-INVALID-DATE"]);
    expect(iso(parseDeadline("29. feb", undefined, { defaultYear: 2024 }))).toBe("2024-02-29");
  });
});

describe("parseDeadline: what is not a date", () => {
  it("keeps text that names no date, as 'no date', with the text", () => {
    const p = parseDeadline("i forbindelse med årsrapporten");
    expect(p.kind).toBe("text");
    expect(p.text).toBe("i forbindelse med årsrapporten");
    expect(p.diagnostics.map((d) => [d.code, d.severity, d.text])).toEqual([["DL-NOT-A-DATE", "info", "i forbindelse med årsrapporten"]]);
  });
  it("treats blanks and explicit 'ingen frist' as no deadline, silently", () => {
    for (const v of [null, "", "  ", "ingen frist", "Ingen", "–", "-"]) {
      const p = parseDeadline(v);
      expect([p.kind, p.diagnostics]).toEqual(["none", []]);
    }
  });
  it("reports dates that do not exist as unreadable", () => {
    for (const t of ["31.02.2025", "31. april 2025", "29.2.2025", "32.1.2025", "utgangen av 4. tertial 2025", "1.4.1025"]) {
      const p = parseDeadline(t);
      expect([t, p.kind, codes(p)]).toEqual([t, "unreadable", ["DL-INVALID-DATE"]]);
    }
  });
  it("reports Excel errors and booleans as unreadable", () => {
    expect(codes(parseDeadline({ error: "#REF!" }))).toEqual(["CELL-ERROR"]);
    expect(parseDeadline({ error: "#N/A" }).text).toBe("#N/A");
    expect(codes(parseDeadline(true))).toEqual(["DL-NOT-A-DATE-VALUE"]);
  });
  it("does not read ids, amounts or kap/post as dates", () => {
    for (const t of ["oppdrag 13/2024", "2024-t4:1", "kap. 855, post 01", "1 000 kr", "VSK3. juli", "Del 1"]) {
      expect([t, parseDeadline(t).kind]).toEqual([t, "text"]);
    }
  });
});

describe("parseDeadline: several dates in one cell", () => {
  it("takes the revised deadline when the text says 'ny frist'", () => {
    const p = parseDeadline("Frist 1. april 2025, ny frist 1. juni 2025");
    expect(iso(p)).toBe("2025-06-01");
    expect(codes(p)).toEqual([]);
    expect(iso(parseDeadline("1.4.2025 (utsatt til 15.9.2025)"))).toBe("2025-09-15");
  });
  it("otherwise takes the first and says so", () => {
    const p = parseDeadline("Frist: 31. mai 2026. Del 1: frist 30. september 2024");
    expect(iso(p)).toBe("2026-05-31");
    expect(codes(p)).toEqual(["DL-SEVERAL-DATES"]);
    expect(messageOf(p.diagnostics[0], "nb")).toContain("31. mai 2026");
  });
  it("does not complain when the same day is written twice", () => {
    expect(codes(parseDeadline("1.4.2025 (1. april 2025)"))).toEqual([]);
  });
});
