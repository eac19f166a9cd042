// A deadline written as "25. sep." takes its year from the sheet: the budget year a title row
// names above the list ("Tildelingsbrev 2025", "Budsjettår: 2025"). Only explicit wording counts;
// a stray year in a title ("Oppdrag fra 2023 og 2024") is no reason to guess.
import { type Grid } from "../grid";
import { cellText, normalizeSpaces } from "../sheet/text";

const YEAR_PHRASES = [
  /(?<!\p{L})budsjettår(?:et)?\s*:?\s*((?:19|20)\d{2})(?!\d)/u,
  /(?<!\p{L})(?:tillegg\s+nr\.?\s*\d+\s+til\s+)?tildelingsbrev(?:et)?\s+(?:for\s+)?((?:19|20)\d{2})(?!\d)/u,
  /(?<!\p{L})(?:statsbudsjettet|budsjettet)\s+(?:for\s+)?((?:19|20)\d{2})(?!\d)/u,
];

/** The budget year named in the rows above `beforeRow`, or null when none or several different ones are named. */
export function yearFromSheetContext(grid: Grid, beforeRow: number): number | null {
  const years = new Set<number>();
  for (let r = 0; r < beforeRow; r++) {
    for (const value of grid.values[r] ?? []) {
      if (typeof value !== "string") continue;
      const text = normalizeSpaces(cellText(value)).toLowerCase();
      for (const phrase of YEAR_PHRASES) {
        const m = phrase.exec(text);
        if (m) years.add(Number(m[1]));
      }
    }
  }
  return years.size === 1 ? [...years][0] : null;
}

const ANY_YEAR = /(?<![\d.,/-])((?:19|20)\d{2})(?![\d.,/-]?\d)/gu;

/**
 * The one year the title rows above `beforeRow` name in any words ("Frister for rapportering
 * 2019", "Oppdrag 2026 – Helsedirektoratet"), or null when they name none or several. Weaker than
 * `yearFromSheetContext`: a reader that uses it says so for every date it completes.
 */
export function singleYearInTitle(grid: Grid, beforeRow: number): number | null {
  const years = new Set<number>();
  for (let r = 0; r < beforeRow; r++) {
    for (const value of grid.values[r] ?? []) {
      if (typeof value !== "string") continue;
      for (const m of normalizeSpaces(value).matchAll(ANY_YEAR)) years.add(Number(m[1]));
    }
  }
  return years.size === 1 ? [...years][0] : null;
}
