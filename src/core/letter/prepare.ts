// From what the user pasted into the Word pane to what the pane previews and inserts: rows copied
// from Excel (tab-separated, with a Kap/post + Endring header) or change entries written as
// sentences. Pure engine code, so the pane, the tests and any other face get the same answer.
// The letter is written in the letter's language (Bokmål unless chosen), whatever the pane's.
// The unit comes from what was pasted (a caption, a header) or the user's choice; a guess is a
// warning. The kap./post lines get their names from the Gul bok of the letter's budget year,
// decided as the use cases decide it (the user's choice, the pasted title, else this year).
import type { Unit } from "../amounts/unit";
import type { ReferenceChart } from "../chart/reference-chart";
import { chartYearFor } from "../chart/load-chart-async";
import { formatBudgetCode } from "../codes/budget-code";
import { diagnostic, type Diagnostic } from "../diagnostics";
import { type Grid, gridFromRows } from "../grid";
import { splitTsv } from "../sheet/tsv";
import { type BudgetYear, decideBudgetYear } from "../use-cases/budget-year";
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguage } from "./letter-language";
import { buildLetterTable, type LetterLine, type LetterTable } from "./letter-table";
import { readPastedChanges } from "./pasted-changes";
import { readPastedTable } from "./pasted-table";
import { generateSentences, type LetterSentence, type SentenceChange } from "./sentences";

export const PASTE_SHEET = "Utklipp";

export interface PreparedLetter {
  /** Null when there is nothing to insert (nothing readable, or a table without rows). */
  readonly table: LetterTable | null;
  readonly sentences: readonly LetterSentence[];
  readonly source: "table" | "changes" | "empty";
  readonly diagnostics: readonly Diagnostic[];
  /** The budget year the names are for, and where it came from; null when nothing was read. */
  readonly budgetYear: BudgetYear | null;
  /** The Gul bok year whose names the lines want (load it and prepare again); null when none. */
  readonly chartYear: number | null;
}

export interface PrepareOptions {
  /** The letter's language; Bokmål unless chosen. */
  readonly language?: LetterLanguage;
  /** The unit the user chose; otherwise what was pasted says it, else 1 000 kr with a warning. */
  readonly unit?: Unit;
  /** Where the user chooses the unit, named in the warning ("«Beløpene er i»"). */
  readonly unitOption?: string;
  /** The budget year the user chose (Innstillinger); otherwise the pasted title's, else this year. */
  readonly year?: number;
  /** Today, for the budget year when nothing names one. */
  readonly now?: Date;
  /** The Gul bok charts loaded so far, by year (the pane loads them lazily). */
  readonly chart?: (year: number) => ReferenceChart | undefined;
}

const EMPTY: PreparedLetter = { table: null, sentences: [], source: "empty", diagnostics: [], budgetYear: null, chartYear: null };

interface Read {
  readonly lines: LetterLine[];
  readonly unit: Unit;
  readonly sentenceChanges: readonly SentenceChange[];
  readonly diagnostics: readonly Diagnostic[];
  readonly hadTotal: boolean;
  readonly source: "table" | "changes";
  /** The rows above the table or the text's first lines, where a title names the budget year. */
  readonly titleGrid: Grid;
  readonly titleRows: number;
}

function read(pasted: string, options: PrepareOptions): Read | Diagnostic[] {
  if (pasted.includes("\t")) {
    const grid = gridFromRows(PASTE_SHEET, splitTsv(pasted));
    const table = readPastedTable(grid, { unit: options.unit, unitOption: options.unitOption });
    if (table) return { ...table, source: "table", titleGrid: grid, titleRows: table.headerRow };
  }
  const changes = readPastedChanges(pasted, options.unit ?? "1000 kr");
  if (changes.lines.length === 0) {
    return [...changes.diagnostics, diagnostic("error", "LTR-PASTE-NOTHING", {}, { text: pasted.slice(0, 200) })];
  }
  const lines = pasted.split(/\r\n|\r|\n/).map((l) => [l]);
  return { ...changes, hadTotal: false, source: "changes", titleGrid: gridFromRows(PASTE_SHEET, lines), titleRows: lines.length };
}

/** Names from the chart for the lines the paste gave none; a code not in the chart is a warning. */
function named(lines: readonly LetterLine[], chart: ReferenceChart, year: number): { lines: LetterLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out = lines.map((line) => {
    if (line.chapterName && line.postName) return line;
    const entry = chart.lookup(line.code);
    const chapterName = line.chapterName ?? entry?.chapterName ?? chart.chapterName(line.code.chapter);
    const postName = line.postName ?? entry?.postName;
    if (!entry) diagnostics.push(diagnostic("warning", "LTR-NAME-NOT-IN-CHART", { code: formatBudgetCode(line.code), chartYear: year }));
    return { ...line, ...(chapterName ? { chapterName } : {}), ...(postName ? { postName } : {}) };
  });
  return { lines: out, diagnostics };
}

export function prepareLetter(pasted: string, options: PrepareOptions = {}): PreparedLetter {
  const language = options.language ?? DEFAULT_LETTER_LANGUAGE;
  if (pasted.trim() === "") return EMPTY;
  const r = read(pasted, options);
  if (Array.isArray(r)) return { ...EMPTY, diagnostics: r };
  if (r.diagnostics.some((d) => d.code === "UNIT-EVIDENCE-CONFLICT")) {
    // Two units stated with equal weight: ask rather than insert amounts that may be a thousand times off.
    return { ...EMPTY, source: r.source, diagnostics: r.diagnostics };
  }
  if (r.lines.length === 0) {
    // Headers alone make an empty table: nothing to insert, and the user is told why.
    return { ...EMPTY, source: r.source, diagnostics: [...r.diagnostics, diagnostic("error", "LTR-PASTE-NO-ROWS", {})] };
  }

  const budgetYear = decideBudgetYear({ year: options.year }, r.titleGrid, r.titleRows, options.now ?? new Date());
  const chartYear = chartYearFor(budgetYear.year) ?? null;
  const chart = chartYear === null ? undefined : options.chart?.(chartYear);
  const notes: Diagnostic[] = [];
  let lines = r.lines;
  if (chart && chartYear !== null) {
    const withNames = named(r.lines, chart, chartYear);
    lines = withNames.lines;
    notes.push(diagnostic(budgetYear.source === "today" ? "warning" : "info", `LTR-NAMES-FROM-${budgetYear.source === "today" ? "TODAY" : "YEAR"}`, { chartYear, year: budgetYear.year }));
    notes.push(...withNames.diagnostics);
  }
  const table = buildLetterTable(lines, r.unit, { language, total: r.hadTotal, dropUnknownColumns: true });
  const { sentences, diagnostics } = generateSentences(r.sentenceChanges, r.unit, language);
  return { table, sentences, source: r.source, diagnostics: [...r.diagnostics, ...diagnostics, ...notes], budgetYear, chartYear };
}
