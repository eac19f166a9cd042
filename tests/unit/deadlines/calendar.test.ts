import { isoDateToSerial } from "../../../src/xlsx/number-formats";
import {
  addDays,
  calendarDate,
  dateToSerial,
  daysBetween,
  formatDateNorwegian,
  isDateFormat,
  parseIsoDate,
  serialToDate,
  toIsoDate,
  todayInOslo,
} from "../../../src/core/deadlines";

const d = (iso: string) => {
  const v = parseIsoDate(iso);
  if (!v) throw new Error(`bad test date ${iso}`);
  return v;
};

describe("today in Oslo", () => {
  it("is already the next day in Norway late in the UTC evening, winter and summer", () => {
    expect(toIsoDate(todayInOslo(new Date("2026-11-22T23:30:00Z")))).toBe("2026-11-23");
    expect(toIsoDate(todayInOslo(new Date("2026-11-22T22:59:59Z")))).toBe("2026-11-22");
    // Summer time (UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July.
    expect(toIsoDate(todayInOslo(new Date("2026-06-30T22:30:00Z")))).toBe("2026-07-01");
    expect(toIsoDate(todayInOslo(new Date("2026-06-30T21:59:00Z")))).toBe("2026-06-30");
  });

  it("is the day Intl's Europe/Oslo calendar gives, every 37 minutes across three years and the switches to and from summer time", () => {
    const oslo = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
    const instants: number[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000) instants.push(t);
    // Around the 2025 switches (30 March, 26 October at 01:00 UTC) minute by minute.
    for (const at of [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]) for (let m = -180; m <= 180; m++) instants.push(at + m * 60_000);
    const wrong = instants.filter((t) => toIsoDate(todayInOslo(new Date(t))) !== oslo.format(t)).map((t) => new Date(t).toISOString());
    expect(wrong).toEqual([]);
    expect(instants.length).toBeGreaterThan(40_000);
  });
});

describe("calendar days", () => {
  it("counts whole days across daylight-saving changes and leap days", () => {
    expect(daysBetween(d("2025-03-29"), d("2025-03-31"))).toBe(2);
    expect(daysBetween(d("2024-02-28"), d("2024-03-01"))).toBe(2);
    expect(daysBetween(d("2025-02-28"), d("2025-03-01"))).toBe(1);
    expect(toIsoDate(addDays(d("2024-12-31"), 1))).toBe("2025-01-01");
  });
  it("refuses days that do not exist", () => {
    expect(calendarDate(2025, 2, 29)).toBeNull();
    expect(calendarDate(2024, 2, 29)).not.toBeNull();
    expect(calendarDate(1900, 2, 29)).toBeNull();
    expect(calendarDate(2000, 2, 29)).not.toBeNull();
    expect(calendarDate(2025, 4, 31)).toBeNull();
    expect(calendarDate(2025, 13, 1)).toBeNull();
    expect(parseIsoDate("2025-02-30")).toBeNull();
    expect(parseIsoDate("1.4.2025")).toBeNull();
  });
  it("writes dates as Norwegian letters and tables do", () => {
    expect(formatDateNorwegian(d("2025-04-01"))).toBe("1. april 2025");
    expect(formatDateNorwegian(d("2025-04-01"), "numeric")).toBe("01.04.2025");
    expect(formatDateNorwegian(d("2026-12-31"))).toBe("31. desember 2026");
  });
});

describe("Excel date serials (1900 date system)", () => {
  it("reads 45748 as 1 April 2025 and drops the time of day", () => {
    const r = serialToDate(45748.75);
    expect(r.ok && toIsoDate(r.date)).toBe("2025-04-01");
  });
  it("keeps Excel's fake 29 February 1900 apart from the real days around it", () => {
    const day = (n: number) => {
      const r = serialToDate(n);
      return r.ok ? toIsoDate(r.date) : r.reason;
    };
    expect([1, 59, 60, 61].map(day)).toEqual(["1900-01-01", "1900-02-28", "fake-leap-day", "1900-03-01"]);
    expect([0, -5, 2958465, 2958466, Number.NaN].map(day)).toEqual(["range", "range", "9999-12-31", "range", "range"]);
  });
  it("writes back the serial Excel stores", () => {
    expect(dateToSerial(d("2025-04-01"))).toBe(45748);
    expect(dateToSerial(d("1900-02-28"))).toBe(59);
    expect(dateToSerial(d("1900-03-01"))).toBe(61);
  });
  it("reads the 1904 date system of old Mac workbooks", () => {
    const r = serialToDate(0, true);
    expect(r.ok && toIsoDate(r.date)).toBe("1904-01-01");
    expect(dateToSerial(d("2025-04-01"), true)).toBe(45748 - 1462);
  });
});

describe("isDateFormat", () => {
  it.each([
    "dd.mm.yyyy",
    "d/m/yy",
    "yyyy-mm-dd",
    "d. mmmm yyyy",
    "[$-414]d\\. mmmm yyyy;@",
    "mmm yy",
    "dd.mm.yyyy hh:mm",
    "m/d/yyyy h:mm AM/PM",
    "[Red]dd.mm.yyyy",
  ])("treats %s as a date", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });
  it.each([
    "General",
    "Standard",
    "0",
    "#,##0",
    "# ##0",
    "0.00E+00",
    "0%",
    "@",
    "h:mm",
    "mm:ss",
    "[h]:mm:ss",
    '#,##0 "dager"',
    '0 "mnd"',
    "#,##0;[Red]-#,##0",
    "",
  ])("does not treat %s as a date", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
  it("does not treat a missing format as a date", () => {
    expect(isDateFormat(undefined)).toBe(false);
    expect(isDateFormat(null)).toBe(false);
  });
});

describe("a date cell an .xlsx stores as ISO text (t=\"d\") gets Excel's serial", () => {
  // The same literals as Excel and LibreOffice show for these days, the fake 29 February 1900 included.
  it("counts Excel's fake leap day before March 1900, and keeps the time of day", () => {
    expect(["1900-01-01", "1900-02-28", "1900-03-01", "2025-04-01"].map(isoDateToSerial)).toEqual([1, 59, 61, 45748]);
    expect(isoDateToSerial("2025-04-01T18:00:00")).toBe(45748.75);
    expect(isoDateToSerial("not a date")).toBeNull();
  });
});
