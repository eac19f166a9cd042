// Which of several allocation sheets a change list is applied to, by meaning: the sheet of the
// budget year in force ("Tildeling 2026" for 2026, by its name or its title), else one whose name
// says it holds allocations, else the first. Hidden sheets are never candidates (the caller passes
// the visible ones). When more than one remains, or the year was only today's, a warning names the
// sheet taken, the others, and --sheet.
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { FactSource } from "../use-cases/facts";
import { ALLOCATION_SHEET_NAME } from "../use-cases/workbook";

export interface SheetCandidate {
  readonly name: string;
  /** The budget year the sheet's title names, when it names one. */
  readonly titleYear?: number | null;
}

export interface SheetDecision {
  /** Index into the candidates; -1 when there were none. */
  readonly index: number;
  readonly source: FactSource;
  readonly alternatives: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

function yearsOf(c: SheetCandidate): number[] {
  const years = [...c.name.matchAll(YEAR)].map((m) => Number(m[1]));
  if (c.titleYear != null) years.push(c.titleYear);
  return years;
}

export function chooseAllocationSheet(candidates: readonly SheetCandidate[], year: { year: number | null; source: FactSource }): SheetDecision {
  if (candidates.length === 0) return { index: -1, source: "default", alternatives: [], diagnostics: [] };
  if (candidates.length === 1) return { index: 0, source: "only-one", alternatives: [], diagnostics: [] };
  let left = candidates.map((c, i) => ({ c, i }));
  let byYear = false;
  if (year.year !== null) {
    const kept = left.filter(({ c }) => yearsOf(c).includes(year.year!));
    if (kept.length > 0 && kept.length < left.length) {
      left = kept;
      byYear = true;
    }
  }
  const named = left.filter(({ c }) => ALLOCATION_SHEET_NAME.test(c.name));
  if (named.length > 0) left = named;
  const chosen = left[0];
  const alternatives = candidates.filter((_, i) => i !== chosen.i).map((c) => c.name);
  const others = alternatives.map((n) => `«${n}»`).join(", ");
  const guess = left.length > 1 || !byYear || year.source === "today";
  const params = { sheet: chosen.c.name, others, year: year.year ?? "" };
  const note = byYear && !guess ? diagnostic("info", "SHEET-CHOSEN-BY-YEAR", params) : diagnostic("warning", "SHEET-CHOSEN", params);
  return { index: chosen.i, source: byYear ? year.source : "default", alternatives, diagnostics: [note] };
}
