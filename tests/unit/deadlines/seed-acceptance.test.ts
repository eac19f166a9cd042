// Acceptance: the seed letter's assignments, typed into a sheet the way a controller would type
// them, and again with the deadlines stored as Excel dates, give the flags the fixture lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CellValue, gridFromRows } from "../../../src/core/grid";
import {
  type Assignment,
  type DeadlineFlag,
  type FlaggedItem,
  flagAssignments,
  parseDeadline,
  readAssignments,
  sameSeries,
  toIsoDate,
} from "../../../src/core/deadlines";

const seedDir = join(__dirname, "../../fixtures/seed");
interface FixturePart { part: string; title: string; deadline: string | null; deadlineText?: string }
interface FixtureAssignment {
  id: string; title?: string; deadline: string | null; deadlineText?: string; status: "open" | "closed";
  sameSeriesAs?: string; otherIds?: string[]; parts?: FixturePart[];
}
const fixture = JSON.parse(readFileSync(join(seedDir, "seed-letter.json"), "utf8")) as {
  assignments: FixtureAssignment[];
  expectedFlags: Record<string, Record<string, string>>;
};
const seedLetter = readFileSync(join(seedDir, "tillegg-bufdir-2024.txt"), "utf8").replace(/\s+/g, " ");

// The fixture describes flags in words; the product names them with stable machine names.
const FLAG_FOR_WORDS: Record<string, { flag: DeadlineFlag; statusKind?: string }> = {
  overdue: { flag: "overdue" },
  "due soon (within 30 days)": { flag: "due-soon" },
  "on track": { flag: "on-track" },
  closed: { flag: "done", statusKind: "closed" },
  "no deadline": { flag: "no-deadline" },
  "due today, not overdue": { flag: "due-today" },
};

const TITLE_2 = "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd";
const DEL_1 = "Utarbeide en milepælsplan for samarbeidet om oppdraget";
const DEL_2 = "Identifisere tiltak for å sikre raskere og bedre hjelp i fraværssaker";
const DEL_3 = "Utvikle nasjonale faglige råd for forebygging og oppfølging av bekymringsfullt skolefravær";

/** Typed as a person would: text deadlines, parts as "Del n:" titles under their assignment. */
function typedSheet() {
  return gridFromRows("Oppdrag", [
    ["Tillegg nr. 4 til tildelingsbrev 2024 – oppfølging av oppdrag"],
    [],
    ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status", "Oppdrag nr (Udir)"],
    ["2024-t4:1", "Poststruktur og postbruk", "1. april 2025", null, "Nytt", null],
    ["2024 t-4:2", TITLE_2, "31. mai 2026", null, "pågår", "2024-018"],
    [null, `Del 1: ${DEL_1}`, "30. september 2024", null, null, null],
    [null, `Del 2: ${DEL_2}`, null, null, null, null],
    [null, `Del 3: ${DEL_3}`, null, null, null, null],
    ["2023:61", "Videreutvikling av TryggEst", null, "utgangen av 2025", "forlenget", null],
    ["2023:30", null, null, null, "avsluttet", null],
    ["2022:55", "Rekruttering av gutter til helse- og omsorgssektoren", null, null, "under arbeid", null],
  ]);
}

/** Excel's serials for the seed's days, as Excel and LibreOffice show them (literals, not the product's formula). */
const SERIALS: Record<string, number> = { "2025-04-01": 45748, "2026-05-31": 46173, "2024-09-30": 45565, "2025-12-31": 46022 };
const serial = (iso: string): number => SERIALS[iso];

/** The same list with deadlines stored as Excel dates, columns in another order, parts in a Del column. */
function excelDateSheet() {
  const F = "dd.mm.yyyy";
  const rows: CellValue[][] = [
    ["Nr.", "Del", "Oppdrag", "Status", "Frist", "Ny frist"],
    ["Oppdrag 2024-t4:1", null, "Poststruktur og postbruk", "nytt", serial("2025-04-01"), null],
    ["Oppdrag 2024 t-4:2", null, TITLE_2, "pågår", serial("2026-05-31"), null],
    ["Oppdrag 2024 t-4:2", "Del 1", DEL_1, null, serial("2024-09-30"), null],
    ["Oppdrag 2024 t-4:2", "Del 2", DEL_2, null, null, null],
    ["Oppdrag 2024 t-4:2", "Del 3", DEL_3, null, null, null],
    ["Oppdrag 2023:61", null, "Videreutvikling av TryggEst", "forlenget", null, serial("2025-12-31")],
    ["Oppdrag 2023:30", null, null, "lukket", null, null],
    ["Oppdrag 2022:55", null, "Rekruttering av gutter til helse- og omsorgssektoren", "pågår", null, null],
  ];
  const formats = rows.map((row, r) => row.map((_, c) => (r > 0 && c >= 4 ? F : "General")));
  return gridFromRows("Frister", rows, { top: 3, left: 2, formats });
}

function byId(list: Assignment[], id: string): Assignment {
  const found = list.find((a) => a.id.text === id);
  if (!found) throw new Error(`assignment ${id} not read; read: ${list.map((a) => a.id.text).join(", ")}`);
  return found;
}

const iso = (d: { date: { year: number; month: number; day: number } | null }): string | null => (d.date ? toIsoDate(d.date) : null);

describe.each([
  ["typed as a person would", typedSheet],
  ["deadlines stored as Excel dates", excelDateSheet],
])("the seed letter's assignments, %s", (_name, makeSheet) => {
  const read = readAssignments(makeSheet());

  it("reads every assignment, deadline, status and part the fixture lists, with no warnings", () => {
    expect(read.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(read.assignments.map((a) => a.id.text)).toEqual(fixture.assignments.map((a) => a.id));
    for (const f of fixture.assignments) {
      const a = byId(read.assignments, f.id);
      expect(iso(a.deadline)).toBe(f.deadline);
      expect(a.status.open).toBe(f.status === "open");
      if (f.status === "closed") expect(a.status.kind).toBe("closed");
      if (f.title) expect(a.title).toBe(f.title);
      expect(a.parts.map((p) => [p.part, p.title, iso(p.deadline)])).toEqual((f.parts ?? []).map((p) => [p.part, p.title, p.deadline]));
      if (f.sameSeriesAs) expect(sameSeries(a.id, byId(read.assignments, f.sameSeriesAs).id)).toBe(true);
    }
  });

  it.each(Object.entries(fixture.expectedFlags))("gives the listed flags on %s", (referenceDate, expected) => {
    const flagged = flagAssignments(read.assignments, referenceDate);
    const byLabel = new Map<string, FlaggedItem>(flagged.map((f) => [f.label, f]));
    for (const [label, words] of Object.entries(expected)) {
      const want = FLAG_FOR_WORDS[words];
      expect(want).toBeDefined();
      const item = byLabel.get(label);
      expect({ label, flag: item?.flag }).toEqual({ label, flag: want.flag });
      if (want.statusKind) expect(item?.status.kind).toBe(want.statusKind);
    }
  });
});

describe("the seed letter's wording", () => {
  it("names other agencies' numbers for the same task", () => {
    const read = readAssignments(typedSheet());
    for (const f of fixture.assignments.filter((a) => a.otherIds)) {
      expect(byId(read.assignments, f.id).otherIds).toEqual(f.otherIds);
    }
  });

  it("reads every deadline as the letter writes it, in the letter's own sentences", () => {
    const withText = fixture.assignments.flatMap((a) => [a, ...(a.parts ?? [])]).filter((a) => a.deadlineText);
    expect(withText.length).toBeGreaterThanOrEqual(4);
    for (const a of withText) {
      expect(seedLetter).toContain(a.deadlineText);
      expect(iso(parseDeadline(a.deadlineText as string))).toBe(a.deadline);
    }
    expect(iso(parseDeadline("Frist: 1. april 2025."))).toBe("2025-04-01");
    const sentence61 = /Oppdrag 2023:61[^.]*\./.exec(seedLetter)?.[0] ?? "";
    expect(sentence61).toContain("ny frist");
    expect(iso(parseDeadline(sentence61))).toBe("2025-12-31");
  });

  it("sorts the 23 November 2026 view most overdue first, the closed and undated ones last", () => {
    const flagged = flagAssignments(readAssignments(typedSheet()).assignments, "2026-11-23");
    expect(flagged.map((f) => [f.label, f.flag, f.days])).toEqual([
      ["2024 t-4:2 Del 1", "overdue", 784],
      ["2024-t4:1", "overdue", 601],
      ["2023:61", "overdue", 327],
      ["2024 t-4:2", "overdue", 176],
      ["2024 t-4:2 Del 2", "overdue", 176],
      ["2024 t-4:2 Del 3", "overdue", 176],
      ["2022:55", "no-deadline", null],
      ["2023:30", "done", null],
    ]);
  });
});
