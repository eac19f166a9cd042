// A kap/post written in one cell that Excel may have turned into a number: typing `760.21` in a
// cell stores 760.21, and `351.70` is stored as 351.7 — the post's second digit is lost unless the
// number format still shows it. Text cells go to parseBudgetCode unchanged.
import { diagnostic } from "../diagnostics";
import { type CellValue, isCellError } from "../grid";
import { type ParseResult, fail } from "../result";
import { type BudgetCode, parseBudgetCode } from "./budget-code";

/** Decimals a number format shows (`0.00` -> 2), or null when it does not fix them (General). */
function formatDecimals(format: string | undefined): number | null {
  if (!format || format === "General") return null;
  const m = /[0#]\.([0#]+)/.exec(format.replace(/"[^"]*"/g, ""));
  return m ? m[1].length : null;
}

export function budgetCodeFromCell(value: CellValue, format?: string): ParseResult<BudgetCode> {
  if (typeof value === "string") return parseBudgetCode(value);
  if (value === null) return parseBudgetCode("");
  if (isCellError(value)) return fail(diagnostic("error", "CELL-ERROR", {}, { text: value.error }));
  if (typeof value === "boolean" || !Number.isFinite(value)) {
    return fail(diagnostic("error", "KP-NOT-NUMBER", { part: String(value) }, { text: String(value) }));
  }
  const decimals = formatDecimals(format);
  const shown = decimals !== null ? value.toFixed(decimals) : String(value);
  const dot = shown.indexOf(".");
  if (decimals === null && dot >= 0 && shown.length - dot - 1 === 1) {
    const chapter = shown.slice(0, dot);
    const digit = shown.slice(dot + 1);
    return fail(
      diagnostic("error", "KP-NUMBER-CELL", { short: `${chapter}/0${digit}`, long: `${chapter}/${digit}0`, example: `${chapter}/${digit}0` }, { text: shown }),
    );
  }
  return parseBudgetCode(shown);
}
