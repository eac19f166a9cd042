// Property tests: every supported way of writing a day parses back to that day, and no input,
// however odd, makes the parser or the reader throw.
import fc from "fast-check";
import { hasMessage } from "../../../src/core/i18n/catalog";
import { type CellValue, gridFromRows } from "../../../src/core/grid";
import {
  type CalendarDate,
  calendarDate,
  daysInMonth,
  flagAssignments,
  parseDeadline,
  readAssignments,
  toIsoDate,
} from "../../../src/core/deadlines";

const dateIn = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDate> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => calendarDate(year, month, Math.min(day, daysInMonth(year, month))) as CalendarDate);

const pad = (n: number) => String(n).padStart(2, "0");

// The test's own month names and date forms (from the Norwegian Language Council's rules, not the
// product's formatter), so a mistake in the product cannot agree with itself.
const MONTH_NAMES = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
const longForm = (d: CalendarDate) => `${d.day}. ${MONTH_NAMES[d.month - 1]} ${d.year}`;
const numericForm = (d: CalendarDate) => `${pad(d.day)}.${pad(d.month)}.${d.year}`;

/** Excel's serial of a day: 45748 is 1 April 2025 (as Excel and LibreOffice show it), counted from there by whole days; the 1904 system is 1462 lower. */
function excelSerial(d: CalendarDate, date1904: boolean): number {
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(2025, 3, 1)) / 86_400_000);
  return 45748 + days - (date1904 ? 1462 : 0);
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Ways a person writes a day that names its year, each built independently of the parser. */
const WRITTEN_FORMS: ReadonlyArray<readonly [string, (d: CalendarDate) => string]> = [
  ["long", (d) => longForm(d)],
  ["numeric", (d) => numericForm(d)],
  ["long, capitalised, no dot", (d) => `${d.day} ${capitalise(MONTH_NAMES[d.month - 1])} ${d.year}`],
  ["abbreviated with dot", (d) => `${d.day}. ${MONTH_ABBREVIATIONS[d.month - 1]}. ${d.year}`],
  ["abbreviated without dot", (d) => `${d.day}. ${MONTH_ABBREVIATIONS[d.month - 1]} ${d.year}`],
  ["d.m.yyyy", (d) => `${d.day}.${d.month}.${d.year}`],
  ["dd/mm/yyyy", (d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`],
  ["iso", (d) => toIsoDate(d)],
  ["innen", (d) => `innen ${longForm(d)}`],
  ["sentence", (d) => `Frist: ${longForm(d)}.`],
  ["ny frist", (d) => `Frist 1. januar 1999, ny frist ${numericForm(d)}`],
];

describe("any day written in a supported Norwegian form parses back to itself", () => {
  it.each(WRITTEN_FORMS)("%s", (_name, write) => {
    fc.assert(
      fc.property(dateIn(1900, 2199), (d) => {
        const p = parseDeadline(write(d));
        expect(p.kind).toBe("date");
        expect(p.date).toEqual(d);
      }),
    );
  });

  it("d.m.yy for this century", () => {
    fc.assert(fc.property(dateIn(2000, 2099), (d) => expect(parseDeadline(`${d.day}.${d.month}.${pad(d.year % 100)}`).date).toEqual(d)));
  });

  it("an Excel serial with a date format, in both date systems", () => {
    fc.assert(
      fc.property(dateIn(1904, 9999), fc.boolean(), fc.constantFrom("dd.mm.yyyy", "d. mmmm yyyy", "yyyy-mm-dd", "[$-414]d/m/yy;@"), (d, date1904, format) => {
        expect(parseDeadline(excelSerial(d, date1904), format, { date1904 }).date).toEqual(d);
      }),
    );
  });

  it("a day and month without a year, in the context year", () => {
    fc.assert(
      fc.property(dateIn(1900, 2199), fc.boolean(), (d, dot) => {
        const text = `${d.day}. ${MONTH_ABBREVIATIONS[d.month - 1]}${dot ? "." : ""}`;
        expect(parseDeadline(text, undefined, { defaultYear: d.year }).date).toEqual(d);
        expect(parseDeadline(text).kind).toBe("unreadable");
      }),
    );
  });

  it("the end of a month, written 'utgangen av'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = { year, month, day: daysInMonth(year, month) };
        expect(parseDeadline(`innen utgangen av ${MONTH_NAMES[month - 1]} ${year}`).date).toEqual(last);
      }),
    );
  });
});

const dateish = fc
  .array(
    fc.constantFrom("1", "31", "29", "0", "99", "2025", "25", ".", ". ", " ", "/", "-", ":", "april", "feb", "sept.", "mai", "utgangen av", "tertial",
      "kvartal", "halvår", "året", "første", "siste", "innen", "ny frist", "utsatt til", "ikke", "\u00a0", "Oppdrag", "45748", ",", "e", "½", "٣"),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  dateish,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.double(),
  fc.integer({ min: -1e7, max: 3e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom("#REF!", "#N/A", "#VALUE!", "") }),
);
const format = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("dd.mm.yyyy", "General", "[h]:mm", "#,##0", '"d"0')), { nil: undefined });
const context = fc.record({ defaultYear: fc.option(fc.oneof(fc.integer({ min: -5, max: 12000 }), fc.double()), { nil: undefined }), date1904: fc.boolean() }, { requiredKeys: [] });

describe("no input makes the deadline parser throw", () => {
  it("returns a consistent result with catalogued diagnostics for any value, format and context", () => {
    fc.assert(
      fc.property(cellValue, format, context, (value, fmt, ctx) => {
        const p = parseDeadline(value, fmt, ctx);
        expect(p.kind === "date").toBe(p.date !== null);
        if (p.kind === "text" || p.kind === "unreadable") expect(p.diagnostics.length).toBeGreaterThan(0);
        for (const d of p.diagnostics) expect(hasMessage(d.code)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("every row under the header is read or reported", () => {
  it("turns each non-blank row into an assignment, a part or a diagnostic naming that row, without throwing", () => {
    const row = fc.array(cellValue, { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (rows, when) => {
        const header: CellValue[] = ["Oppdrag", "Del", "Tittel", "Frist", "Ny frist", "Status"];
        const grid = gridFromRows("Ark1", [header, ...rows]);
        const read = readAssignments(grid);
        const flagged = flagAssignments(read.assignments, toIsoDate({ year: when.getUTCFullYear(), month: when.getUTCMonth() + 1, day: when.getUTCDate() }));
        const seen = new Set<number>();
        const rowOf = (cell: string | undefined) => Number(/(\d+)$/.exec(cell ?? "")?.[1]);
        for (const a of read.assignments) {
          seen.add(rowOf(a.cell));
          for (const p of a.parts) seen.add(rowOf(p.cell));
        }
        for (const d of read.diagnostics) seen.add(rowOf(d.cell));
        // A row the reader took as the header of a further list is read, as a header.
        for (const h of read.headerRows) seen.add(h);
        rows.forEach((r, i) => {
          const blank = r.every((v) => v === null || (typeof v === "string" && v.trim() === ""));
          if (!blank) expect(seen.has(i + 2)).toBe(true);
        });
        expect(flagged.length).toBe(read.assignments.reduce((n, a) => n + 1 + a.parts.length, 0));
      }),
      { numRuns: 500 },
    );
  });
});
