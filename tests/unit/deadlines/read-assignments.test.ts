import { messageOf } from "../../../src/core/diagnostics";
import { gridFromRows } from "../../../src/core/grid";
import { type Assignment, readAssignments, toIsoDate } from "../../../src/core/deadlines";

const iso = (a: { deadline: { date: { year: number; month: number; day: number } | null } }) => (a.deadline.date ? toIsoDate(a.deadline.date) : null);
const where = (read: ReturnType<typeof readAssignments>) => read.diagnostics.map((d) => [d.code, d.cell]);

describe("readAssignments: columns by meaning", () => {
  it("finds the header below title rows with the columns in any order and any case", () => {
    const grid = gridFromRows("Oppfølging", [
      ["Oppdrag i tildelingsbrevet"],
      ["STATUS", "Ansvarlig", "Frist:", "Oppdragsnr.", "Oppdrag"],
      ["Pågår", "Bufdir", "01.04.2025", "2024-t4:1", "Poststruktur og postbruk"],
      ["levert", "Udir", "31.5.2026", "2024 t-4:2", "Skolefravær"],
    ]);
    const read = readAssignments(grid);
    expect(read.diagnostics).toEqual([]);
    expect(read.assignments.map((a) => [a.id.text, a.title, iso(a), a.status.kind, a.owner, a.cell])).toEqual([
      ["2024-t4:1", "Poststruktur og postbruk", "2025-04-01", "in-progress", "Bufdir", "Oppfølging!D3"],
      ["2024 t-4:2", "Skolefravær", "2026-05-31", "done", "Udir", "Oppfølging!D4"],
    ]);
  });

  it("lets a revised deadline win over the first one, keeping both", () => {
    const read = readAssignments(
      gridFromRows("Ark1", [
        ["Nr", "Tittel", "Frist", "Ny frist"],
        ["2023:61", "TryggEst", "1. mars 2025", "utgangen av 2025"],
        ["2023:62", "Uten ny frist", "1. mars 2025", null],
      ]),
    );
    const [a, b] = read.assignments;
    expect([iso(a), a.originalDeadline.text, a.revisedDeadline?.text]).toEqual(["2025-12-31", "1. mars 2025", "utgangen av 2025"]);
    expect(iso(b)).toBe("2025-03-01");
  });

  it("reads several lists on one sheet", () => {
    const read = readAssignments(
      gridFromRows("Ark1", [
        ["Nye oppdrag"],
        ["Oppdrag", "Frist"],
        ["2024-t4:1", "1. april 2025"],
        [],
        ["Pågående oppdrag"],
        ["Oppdrag", "Ny frist", "Status"],
        ["2023:61", "utgangen av 2025", "forlenget"],
      ]),
    );
    expect(read.assignments.map((a) => [a.id.text, iso(a)])).toEqual([["2024-t4:1", "2025-04-01"], ["2023:61", "2025-12-31"]]);
    // The heading between the lists is a row under the first header: it is reported, not read as an assignment.
    expect(where(read)).toEqual([["ASG-ROW-NOT-READ", "Ark1!A5"]]);
  });

  it("says when a row reads as a second header with no assignment under it, rather than passing it by", () => {
    // Found by the property test below: "Oppdrag | ny frist" under the header is a header of its own.
    const read = readAssignments(gridFromRows("Ark1", [["Oppdrag", "Del", "Tittel", "Frist", "Ny frist", "Status"], ["Oppdrag", "ny frist"]]));
    expect(read.assignments).toEqual([]);
    expect(read.diagnostics.map((d) => [d.code, d.severity, d.cell, messageOf(d, "nb")])).toEqual([
      ["ASG-HEADER-WITHOUT-ROWS", "info", "Ark1!A2", "Raden «Oppdrag | ny frist» er lest som en ny overskrift, men ingen oppdrag står under den."],
    ]);
  });

  it("says which header it looked for when there is none", () => {
    const read = readAssignments(gridFromRows("Ark1", [["Kap/post", "Beløp"], ["351/70", 57625]]));
    expect(read.assignments).toEqual([]);
    expect(read.diagnostics.map((d) => [d.code, d.severity])).toEqual([["HEADER-NOT-FOUND", "error"]]);
    expect(messageOf(read.diagnostics[0], "nb")).toContain("Ark1");
  });
});

describe("readAssignments: parts", () => {
  const withParts = (rows: (string | number | null)[][]) => readAssignments(gridFromRows("Ark1", [["Oppdrag", "Del", "Tittel", "Frist", "Status"], ...rows]));

  it("attaches 'Del n:' rows without an id to the assignment above", () => {
    const read = withParts([
      ["2024 t-4:2", null, "Skolefravær", "31. mai 2026", null],
      [null, null, "Del 1: Milepælsplan", "30. september 2024", "levert"],
      [null, null, "Del 2 - Tiltak", null, null],
      ["2022:55", null, "Gutter og helsefag", null, null],
    ]);
    expect(read.diagnostics).toEqual([]);
    const [a, b] = read.assignments as Assignment[];
    expect(a.parts.map((p) => [p.part, p.title, p.deadline.text, p.status?.kind ?? null, p.cell])).toEqual([
      ["Del 1", "Milepælsplan", "30. september 2024", "done", "Ark1!C3"],
      ["Del 2", "Tiltak", "", null, "Ark1!C4"],
    ]);
    expect(b.parts).toEqual([]);
  });

  it("attaches rows that repeat an earlier id and name a part in the Del column, even further down", () => {
    const read = withParts([
      ["2024-t4:1", null, "Poststruktur", "1. april 2025", null],
      ["2024 t-4:2", null, "Skolefravær", "31. mai 2026", null],
      ["2024-t4:1", 1, "Innspill kap. 855", "1. mars 2025", null],
      ["2024 t-4:2", "Del 1", "Milepælsplan", "30.09.2024", null],
    ]);
    expect(read.assignments.map((a) => [a.id.text, a.parts.map((p) => `${p.part} ${p.title}`)])).toEqual([
      ["2024-t4:1", ["Del 1 Innspill kap. 855"]],
      ["2024 t-4:2", ["Del 1 Milepælsplan"]],
    ]);
  });

  it("reads a part before any assignment as an assignment of its own, and says so", () => {
    const read = withParts([[null, null, "Del 1: Milepælsplan", "30.09.2024", null]]);
    expect(read.assignments.map((a) => [a.id.text, a.title, iso(a)])).toEqual([["", "Del 1: Milepælsplan", "2024-09-30"]]);
    expect(where(read)).toEqual([["ASG-PART-WITHOUT-ASSIGNMENT", "Ark1!C2"], ["ASG-NO-ID", "Ark1!A2"]]);
  });
});

describe("readAssignments: every row is read or reported", () => {
  it("names the cell of each problem and keeps the row", () => {
    const grid = gridFromRows(
      "Frister",
      [
        ["Oppdrag", "Tittel", "Frist", "Status"],
        ["2023:61", "TryggEst", "i forbindelse med årsrapporten", "pågår"],
        [null, "Uten nummer", "1.4.2025", null],
        ["2023:61", "Dobbelt", "31.02.2025", "venter"],
        ["2024:1", "Uten år", "25. sep.", null],
        ["2024:2", "Tall uten datoformat", 45748, null],
      ],
      { top: 5, left: 2 },
    );
    const read = readAssignments(grid);
    expect(read.assignments.map((a) => [a.id.text, a.title, a.deadline.kind])).toEqual([
      ["2023:61", "TryggEst", "text"],
      ["", "Uten nummer", "date"],
      ["2023:61", "Dobbelt", "unreadable"],
      ["2024:1", "Uten år", "unreadable"],
      ["2024:2", "Tall uten datoformat", "unreadable"],
    ]);
    expect(where(read)).toEqual([
      ["DL-NOT-A-DATE", "Frister!D6"],
      ["ASG-NO-ID", "Frister!B7"],
      ["ASG-DUPLICATE-ID", "Frister!B8"],
      ["DL-INVALID-DATE", "Frister!D8"],
      ["ASG-UNKNOWN-STATUS", "Frister!E8"],
      ["DL-NO-YEAR", "Frister!D9"],
      ["DL-NUMBER-NOT-DATE", "Frister!D10"],
    ]);
    expect(messageOf(read.diagnostics[2], "nb")).toBe("Oppdrag 2023:61 står flere ganger (også i Frister!B6).");
    expect(read.assignments[2].status).toEqual({ kind: "unknown", text: "venter", open: true });
  });

  it("takes the year for '25. sep.' from the budget year above the list, and an explicit option over it", () => {
    const rows = [["Tildelingsbrev 2025 – oppdrag"], ["Oppdrag", "Frist"], ["2025:3", "25. sep."]];
    const fromSheet = readAssignments(gridFromRows("Ark1", rows));
    expect([fromSheet.defaultYear, iso(fromSheet.assignments[0])]).toEqual([2025, "2025-09-25"]);
    expect(where(fromSheet)).toEqual([["DL-YEAR-FROM-CONTEXT", "Ark1!B3"]]);
    const fromOption = readAssignments(gridFromRows("Ark1", rows), { defaultYear: 2026 });
    expect(iso(fromOption.assignments[0])).toBe("2026-09-25");
  });
});
