// What the adapter itself must know about number formats: Excel's built-in format ids, the
// 1904 date system's offset, and serials of ISO date cells. Whether a format shows a date is the
// engine's rule (isDateFormat in src/core/deadlines/excel-serial), shared by every face.
import { dateToSerial } from "../core/deadlines/excel-serial";

/** Days between the 1900 and 1904 date systems: a 1904 serial plus this is the 1900 serial. */
export const DATE1904_OFFSET = 1462;

/**
 * Excel's built-in number formats by id (ECMA-376 18.8.30), which a sheet may use without defining them.
 * Ids 5-8 and 41-44 depend on the reader's locale; they are given in a Norwegian form (all amounts).
 */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"kr" #,##0;-"kr" #,##0',
  6: '"kr" #,##0;[Red]-"kr" #,##0',
  7: '"kr" #,##0.00;-"kr" #,##0.00',
  8: '"kr" #,##0.00;[Red]-"kr" #,##0.00',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  41: '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  42: '_-"kr" * #,##0_-;-"kr" * #,##0_-;_-"kr" * "-"_-;_-@_-',
  43: '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-',
  44: '_-"kr" * #,##0.00_-;-"kr" * #,##0.00_-;_-"kr" * "-"??_-;_-@_-',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

const MS_PER_DAY = 86_400_000;

/**
 * Serial day number (1900 system) of a calendar date given as an ISO text, for cells typed "d":
 * the engine's one date-to-serial conversion (with Excel's 1900 leap-year bug), plus the time of day.
 */
export function isoDateToSerial(iso: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return null;
  const days = Math.floor(ms / MS_PER_DAY);
  const midnight = new Date(days * MS_PER_DAY);
  const serial = dateToSerial({ year: midnight.getUTCFullYear(), month: midnight.getUTCMonth() + 1, day: midnight.getUTCDate() });
  return serial + (ms - days * MS_PER_DAY) / MS_PER_DAY;
}
