// Change entries typed or pasted into the task pane: tab-separated rows as Excel puts them on the
// clipboard (cells with tabs, line breaks or quotes are quoted, quotes doubled). The first row
// may be a header; without one, the columns are told apart by what the first row holds.
import { parseAmount } from "../amounts/parse-amount";
import type { Unit } from "../amounts/unit";
import { parseBudgetCode } from "../codes/budget-code";
import type { CellValue, Grid } from "../grid";
import { CHANGE_ROLES } from "../allocations/roles";
import { findHeaderRows, mayBeCodeTableHeader } from "../sheet/header";
import { splitTsv } from "../sheet/tsv";
import { parseChangeText } from "./change-text";
import { readChanges } from "./read-changes";
import type { ChangeSheet } from "./types";

/** Split clipboard text into rows of cells, leaving out blank rows. */
export function splitPastedText(text: string): string[][] {
  return splitTsv(text).filter((r) => r.some((c) => c.trim() !== ""));
}

/** Header words for a headerless paste, from what its first row holds. */
function guessHeader(first: readonly string[]): string[] {
  const isInt = (s: string) => /^\s*\d{1,4}\s*$/.test(s);
  if (first.length >= 3 && isInt(first[0]) && isInt(first[1]) && parseAmount(first[2]).ok) {
    return first.map((_, i) => (i === 0 ? "Kap" : i === 1 ? "Post" : i === 2 ? "Endring" : i === 3 ? "Tekst" : ""));
  }
  let code = false;
  let amount = false;
  return first.map((cell) => {
    if (!code && parseBudgetCode(cell).ok) {
      code = true;
      return "Kap/post";
    }
    if (!amount && parseAmount(cell).ok) {
      amount = true;
      return "Endring";
    }
    return "Tekst";
  });
}

/**
 * A Grid from pasted rows. When the paste has no header, one is supplied above it (sheet row 0),
 * so the pasted rows keep their own numbers (the first pasted row is row 1).
 */
export function gridFromPastedText(text: string, sheet = "Innlimt"): Grid {
  const rows: CellValue[][] = splitPastedText(text);
  const grid: Grid = { sheet, top: 1, left: 1, values: rows };
  if (rows.length === 0 || findHeaderRows(grid, CHANGE_ROLES, { required: [["code", "chapter"], ["change", "amount", "text"]], minRoles: 2, mayBeHeader: mayBeCodeTableHeader }).length > 0) return grid;
  return { sheet, top: 0, left: 1, values: [guessHeader(rows[0] as string[]), ...rows] };
}

/** Change entries from pasted rows, or from pasted sentences when the paste is one column of text. */
export function readPastedChanges(text: string, options: { unit?: Unit; sheet?: string } = {}): ChangeSheet {
  const rows = splitPastedText(text);
  const sheet = options.sheet ?? "Innlimt";
  const unit = options.unit ?? "1000 kr";
  if (rows.length > 0 && rows.every((r) => r.filter((c) => c.trim() !== "").length === 1) && rows.some((r) => /\p{L}{4,}/u.test(r.join("")))) {
    const fromText = parseChangeText(rows.map((r) => r.join("")).join(" "), { unit });
    return { sheet, unit, entries: fromText.entries, tables: [], diagnostics: fromText.diagnostics };
  }
  return readChanges(gridFromPastedText(text, sheet), { unit: options.unit });
}
