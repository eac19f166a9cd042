// Plain-text and JSON output shared by the commands: one line per diagnostic (severity, cell,
// message, code), a summary, and the fatal path for files that cannot be read.
import { type Diagnostic, countBySeverity, diagnosticToJson, messageOf } from "../core/diagnostics";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { type CliIo, EXIT_USAGE } from "./io";

const SEVERITY_KEYS = { error: "CLI-SEVERITY-ERROR", warning: "CLI-SEVERITY-WARNING", info: "CLI-SEVERITY-INFO" } as const;

/** Cells sort as a person reads a sheet: by sheet, then row, then column. */
function cellOrder(cell: string | undefined): [string, number, number] {
  if (!cell) return ["", 0, 0];
  const m = /^(.*)!\$?([A-Z]+)\$?(\d+)/.exec(cell);
  if (!m) return [cell, 0, 0];
  let col = 0;
  for (const ch of m[2]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [m[1], Number(m[3]), col];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; within each, by sheet (in order of appearance), row and column. */
export function orderDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sheetRank = new Map<string, number>();
  const keyed = list.map((d, i) => {
    const key = cellOrder(d.cell);
    if (!sheetRank.has(key[0])) sheetRank.set(key[0], sheetRank.size);
    return { d, i, key };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] ||
      (sheetRank.get(a.key[0]) ?? 0) - (sheetRank.get(b.key[0]) ?? 0) ||
      a.key[1] - b.key[1] ||
      a.key[2] - b.key[2] ||
      a.i - b.i,
  );
  return keyed.map((k) => k.d);
}

export function diagnosticLine(d: Diagnostic, lang: Lang): string {
  const severity = formatMessage(SEVERITY_KEYS[d.severity], {}, lang).padEnd(9);
  const cell = d.cell ? `${d.cell}  ` : "";
  return `  ${severity} ${cell}${messageOf(d, lang)} [${d.code}]`;
}

export function diagnosticsText(list: readonly Diagnostic[], lang: Lang): string {
  return orderDiagnostics(list)
    .map((d) => diagnosticLine(d, lang))
    .join("\n");
}

export function summaryText(list: readonly Diagnostic[], lang: Lang): string {
  const c = countBySeverity(list);
  const result = formatMessage(c.error > 0 ? "CLI-RESULT-ERRORS" : "CLI-RESULT-OK", {}, lang);
  return `${result} ${formatMessage("CLI-SUMMARY", { errors: c.error, warnings: c.warning, infos: c.info }, lang)}`;
}

export function diagnosticsJson(list: readonly Diagnostic[], lang: Lang): Record<string, string>[] {
  return orderDiagnostics(list).map((d) => diagnosticToJson(d, lang));
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
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

/** Columns padded to the widest cell; amount columns right-aligned. */
export function alignColumns(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat(widths[i] - [...cell].length);
          return rightAligned.has(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
