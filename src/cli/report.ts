// Plain-text and JSON output shared by the commands: one line per diagnostic (severity, cell,
// message, code), a summary, and the fatal path for files that cannot be read.
import { type Diagnostic, type Severity, countBySeverity, diagnosticToJson, messageOf } from "../core/diagnostics";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { cellOrder } from "../core/cell-order";
import { type CliIo, EXIT_USAGE } from "./io";
import { LazyJsonArray, writeJson } from "./json-out";

const SEVERITY_KEYS = { error: "CLI-SEVERITY-ERROR", warning: "CLI-SEVERITY-WARNING", info: "CLI-SEVERITY-INFO" } as const;

/** How many findings of each severity the text report lists; it counts the rest (--json lists every one). */
export const TEXT_DIAGNOSTICS_LIMIT = 100;

const MORE_KEYS = { error: "CLI-MORE-ERRORS", warning: "CLI-MORE-WARNINGS", info: "CLI-MORE-INFOS" } as const;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; within each, by sheet (in order of appearance), row and column. */
export function orderDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sheetRank = new Map<string, number>();
  // One number per finding (severity, sheet, row, column) so the sort compares numbers only.
  // Rows stay below 2^20 and columns below 2^14 in Excel; the sheet rank has 2^16 values to spare.
  const keyed = list.map((d, i) => {
    const [sheet, row, col] = cellOrder(d.cell);
    let rank = sheetRank.get(sheet);
    if (rank === undefined) sheetRank.set(sheet, (rank = sheetRank.size));
    const k = SEVERITY_RANK[d.severity] * 2 ** 50 + Math.min(rank, 2 ** 16 - 1) * 2 ** 34 + Math.min(row, 2 ** 20 - 1) * 2 ** 14 + Math.min(col, 2 ** 14 - 1);
    return { d, i, k };
  });
  keyed.sort((a, b) => a.k - b.k || a.i - b.i);
  return keyed.map((k) => k.d);
}

export function diagnosticLine(d: Diagnostic, lang: Lang): string {
  const severity = formatMessage(SEVERITY_KEYS[d.severity], {}, lang).padEnd(9);
  const cell = d.cell ? `${d.cell}  ` : "";
  return `  ${severity} ${cell}${messageOf(d, lang)} [${d.code}]`;
}

/**
 * One line per finding, most serious first. Past `limit` findings of one severity the rest of
 * that severity are counted, not listed: tens of thousands of lines help no one reading a
 * terminal, and the notes after them (which Gul bok was used) would scroll out of sight.
 * `totals`: how many there are of each severity, when `list` holds only the first of them.
 */
export function diagnosticsText(
  list: readonly Diagnostic[],
  lang: Lang,
  limit: number = TEXT_DIAGNOSTICS_LIMIT,
  inOrder = false,
  totals?: Readonly<Record<Severity, number | null>>,
): string {
  const lines: string[] = [];
  // A caller that has ordered the list already (apply orders 50 000 findings for its sheet too) says so.
  const ordered = inOrder ? list : orderDiagnostics(list);
  for (let i = 0; i < ordered.length; ) {
    const severity = ordered[i].severity;
    let end = i;
    while (end < ordered.length && ordered[end].severity === severity) end++;
    const shown = Math.min(end - i, limit);
    const count = Math.max(totals?.[severity] ?? end - i, end - i);
    for (let k = i; k < i + shown; k++) lines.push(diagnosticLine(ordered[k], lang));
    if (count > shown) lines.push(formatMessage(MORE_KEYS[severity], { count: count - shown }, lang));
    i = end;
  }
  return lines.join("\n");
}

export function summaryText(list: readonly Diagnostic[], lang: Lang): string {
  const c = countBySeverity(list);
  const result = formatMessage(c.error > 0 ? "CLI-RESULT-ERRORS" : "CLI-RESULT-OK", {}, lang);
  return `${result} ${formatMessage("CLI-SUMMARY", { errors: c.error, warnings: c.warning, infos: c.info }, lang)}`;
}

/** The findings in report order; each one's JSON (and message text) is made only as it is written. */
export function diagnosticsJson(list: readonly Diagnostic[], lang: Lang): LazyJsonArray<Diagnostic> {
  return new LazyJsonArray(orderDiagnostics(list), (d) => diagnosticToJson(d, lang));
}

export function printJson(io: CliIo, value: unknown): void {
  writeJson(io, value);
}

/**
 * A file that cannot be read, or a usage mistake: the message on stderr (and, with --json, an
 * `error` object on stdout so a script reading JSON learns why there is no result). Exit code 2.
 */
export function fail(io: CliIo, d: Diagnostic, lang: Lang, json: boolean, command?: string): number {
  io.err(`tildeling: ${messageOf(d, lang)}\n`);
  if (command) io.err(`${formatMessage("CLI-SEE-HELP", { command }, lang)}\n`);
  if (json) printJson(io, { error: diagnosticToJson(d, lang) });
  return EXIT_USAGE;
}

/** Characters as a terminal counts them: code points, not UTF-16 units. */
function textWidth(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) n--;
  }
  return n;
}

/** Runs of spaces for padding, made once per length (a 50 000-line table pads 200 000 cells). */
const spaceRuns: string[] = [""];

function spaces(n: number): string {
  if (n <= 0) return "";
  return (spaceRuns[n] ??= " ".repeat(n));
}

/** Whether text ends in what trimEnd removes (white space and line ends, as \s matches them). */
function endsBlank(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c <= 32 || c >= 0xa0) && /\s$/.test(text);
}

/**
 * Columns padded to the widest cell; amount columns right-aligned; no blank at the end of a line.
 * Built piece by piece without a width array per row, and a line is trimmed only when it ends
 * blank (trimming copies the line), so a long table makes little garbage.
 */
export function alignColumns(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  let count = 0;
  for (const row of rows) count += row.length;
  const cellWidths = new Int32Array(count);
  let k = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const w = textWidth(row[i]);
      cellWidths[k++] = w;
      if (!(w <= widths[i])) widths[i] = w;
    }
  }
  const right = widths.map((_, i) => rightAligned.has(i));
  const out: string[] = new Array<string>(rows.length);
  k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let line = "";
    // Whether the line so far ends blank: the separator and padding do, a cell may.
    let blank = false;
    for (let i = 0; i < row.length; i++) {
      const pad = widths[i] - cellWidths[k++];
      const cell = row[i];
      if (i > 0) {
        line += "  ";
        blank = true;
      }
      if (right[i] || i < row.length - 1) {
        if (right[i]) line += spaces(pad) + cell;
        else line += cell + spaces(pad);
        if (cell !== "" && (right[i] || pad <= 0)) blank = endsBlank(cell);
        else if (pad > 0) blank = true;
      } else {
        line += cell;
        if (cell !== "") blank = endsBlank(cell);
      }
    }
    out[r] = blank ? line.trimEnd() : line;
  }
  return out.join("\n");
}
