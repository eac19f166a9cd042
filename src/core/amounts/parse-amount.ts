// Reading amounts: numbers as Excel gives them, and text as people type it — `57 625` (with any
// kind of space), `1.000`, `-1 000`, `−1 000`, `(1 000)`, `1,2 mill. kr`, `500 000 kroner`.
// A hot path (every amount cell of every sheet), so text is scanned by hand, once, and turned
// into a Decimal from a plain digit string. Text that is not an amount is a diagnostic, never 0.
import Decimal from "decimal.js";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { type CellValue, isCellError } from "../grid";
import { type ParseResult, fail, ok } from "../result";
import { isSpaceCode } from "../sheet/text";
import { isDateOrTimeFormat, isPercentFormat } from "./number-format";
import { unitFromWords } from "./unit-words";
import type { Unit } from "./unit";

export interface ParsedAmount {
  readonly value: Decimal;
  /** The unit the text named ("1,2 mill. kr"), or null when it named none. */
  readonly unit: Unit | null;
}

/**
 * Excel keeps numbers as binary doubles and shows at most 15 significant digits; a cell that
 * shows 0,3 may hold 0.30000000000000004 (from =0,1+0,2). We read what Excel shows: the double
 * rounded to 15 significant digits. We do not round to whole kroner or øre, because a table in
 * 1 000 kr legitimately carries three decimals (1 234,567 = 1 234 567 kr).
 */
export function decimalFromExcelNumber(n: number): Decimal {
  if (n === 0) return ZERO;
  if (Number.isSafeInteger(n)) return new Decimal(n);
  return new Decimal(n.toPrecision(15));
}

const ZERO = new Decimal(0);
const DASH_ONLY = /^\s*[-\u2212\u2013\u2014]\s*$/;
/** A second number after the first: `1 000 / 2 000`, `1 000 og 2 000`. */
const ANOTHER_NUMBER = /(?:^|[\s/;:+&])[-\u2212\u2013(]?\d/;

function amountError(code: string, text: string, params: Record<string, string | number> = {}): Diagnostic {
  return diagnostic("error", code, params, { text });
}

/** An amount from a cell: a number (with its number format, to catch dates and percentages) or text. */
export function parseAmount(value: CellValue, format?: string): ParseResult<ParsedAmount> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(amountError("AMT-TEXT", String(value)));
    if (format !== undefined && format !== "General") {
      if (isDateOrTimeFormat(format)) return fail(amountError("AMT-DATE", String(value), { format }));
      if (isPercentFormat(format)) return fail(amountError("AMT-PERCENT", String(value), { format }));
    }
    return ok({ value: decimalFromExcelNumber(value), unit: null });
  }
  if (typeof value === "string") return parseAmountText(value);
  if (value === null || value === undefined) return fail(amountError("AMT-EMPTY", ""));
  if (typeof value === "boolean") return fail(amountError("AMT-TEXT", value ? "TRUE" : "FALSE"));
  if (isCellError(value)) return fail(amountError("CELL-ERROR", value.error));
  return fail(amountError("AMT-TEXT", String(value)));
}

const isSpace = isSpaceCode;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const MINUS = 45;
const UNICODE_MINUS = 0x2212;
const EN_DASH = 0x2013;
const PLUS = 43;
const OPEN = 40;
const DOT = 46;
const COMMA = 44;
const APOSTROPHE = 39;

/** Runs of digits and the separators between them, as written: `1 234,5` -> ["1","234","5"], [" ", ","]. */
interface NumberShape {
  runs: string[];
  seps: number[];
  end: number;
}

function scanNumber(text: string, start: number): NumberShape {
  const runs: string[] = [];
  const seps: number[] = [];
  const n = text.length;
  let i = start;
  let runStart = i;
  for (;;) {
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    runs.push(text.slice(runStart, i));
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const sep = isSpace(c) ? 32 : c === DOT || c === COMMA || c === APOSTROPHE ? c : -1;
    // One separator between digit runs; a second digit run must follow directly.
    if (sep < 0 || i + 1 >= n || !isDigit(text.charCodeAt(i + 1))) break;
    seps.push(sep);
    i++;
    runStart = i;
  }
  return { runs, seps, end: i };
}

/** Join the digit runs into a plain decimal string, or null when the separators make no sense. */
function digitsOf(shape: NumberShape): string | null {
  const { runs, seps } = shape;
  if (seps.length === 0) return runs[0];
  // The decimal mark is the last separator when it is a comma (Norwegian), or a point that cannot
  // be a thousands mark (not followed by exactly three digits, or after commas: 1,234.50).
  const last = seps[seps.length - 1];
  const lastRun = runs[runs.length - 1];
  const commas = seps.filter((s) => s === COMMA).length;
  const dots = seps.filter((s) => s === DOT).length;
  let decimalAt = -1;
  if (last === COMMA && commas === 1) decimalAt = seps.length - 1;
  else if (last === DOT && dots === 1 && (lastRun.length !== 3 || commas > 0)) decimalAt = seps.length - 1;
  const groupEnd = decimalAt < 0 ? seps.length : decimalAt;
  if (groupEnd > 0) {
    const group = seps[0];
    if (runs[0].length > 3 || runs[0].length === 0) return null;
    for (let k = 0; k < groupEnd; k++) {
      if (seps[k] !== group || runs[k + 1].length !== 3) return null;
    }
    if (decimalAt >= 0 && seps[decimalAt] === group) return null;
  }
  let int = runs[0];
  for (let k = 1; k <= groupEnd; k++) int += runs[k];
  return decimalAt < 0 ? int : `${int}.${lastRun}`;
}

/** An amount written as text. Never throws; anything that is not an amount gets a diagnostic. */
export function parseAmountText(text: string): ParseResult<ParsedAmount> {
  if (typeof text !== "string") return fail(amountError("AMT-TEXT", String(text)));
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i === n) return fail(amountError("AMT-EMPTY", text));
  // A lone dash is the tables' way to write "nothing here"; the reader decides what that means.
  if (DASH_ONLY.test(text)) return fail(diagnostic("warning", "AMT-DASH", {}, { text }));

  // Plain digits, the commonest text amount: no scanning of signs, groups or units.
  let j = i;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (j > i) {
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k === n) return ok({ value: new Decimal(text.slice(i, j)), unit: null });
  }

  let unit: Unit | null = null;
  let scale = 1;
  // A currency before the number: `kr 1 000`, `NOK 1 000`.
  const lead = /^(kr\.?|nok)(?=[\s\d(+\-\u2212\u2013])/i.exec(text.slice(i, i + 4));
  if (lead) {
    unit = "kr";
    i += lead[0].length;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }

  let negative = false;
  let parens = false;
  let c = text.charCodeAt(i);
  if (c === OPEN) {
    parens = true;
    negative = true;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    c = text.charCodeAt(i);
  }
  if (c === MINUS || c === UNICODE_MINUS || c === EN_DASH || c === PLUS) {
    negative = c !== PLUS ? !negative : negative;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    c = text.charCodeAt(i);
  }
  if (!isDigit(c)) return fail(amountError("AMT-TEXT", text));

  const shape = scanNumber(text, i);
  const digits = digitsOf(shape);
  if (digits === null) return fail(amountError("AMT-SEPARATORS", text));
  i = shape.end;

  // What follows the number: `,-` (Norwegian "whole kroner"), a unit, a closing parenthesis.
  let tail = text.slice(i);
  if (/^,[-\u2013]/.test(tail)) tail = tail.slice(2);
  tail = tail.trim();
  if (parens) {
    if (!tail.endsWith(")")) return fail(amountError("AMT-TEXT", text));
    tail = tail.slice(0, -1).trim();
  }
  if (tail !== "") {
    const words = unitFromWords(tail);
    if (words === null) {
      return fail(ANOTHER_NUMBER.test(tail) ? amountError("AMT-TWO-AMOUNTS", text) : amountError("AMT-UNIT", text, { unit: tail }));
    }
    if (unit !== null && words.unit !== "kr") return fail(amountError("AMT-UNIT", text, { unit: tail }));
    unit = words.unit;
    scale = words.scale;
  }

  let value = new Decimal(digits);
  if (scale !== 1) value = value.times(scale);
  if (negative && !value.isZero()) value = value.negated();
  return ok({ value, unit });
}
