// Keeping a many-file run's memory bounded: `--json` is written one file at a time, in the order
// of the file list, as soon as the files before it are done; and a result is then cut down to what
// is still to be shown (a 50 000-line sheet can carry that many notes, which only --json lists).
import { type Diagnostic } from "../../core/diagnostics";
import type { Lang } from "../../core/i18n/catalog";
import type { CliIo } from "../io";
import { writeJsonAt } from "../json-out";
import { orderDiagnostics } from "../report";
import type { FileResult } from "./file-result";
import { type RunSummary, fileJson } from "./summary";

/** What is kept of a file's findings once it is written: the HTML report's, the terminal's, or none. */
export type Keep = "report" | "problems" | "none";

/** Findings of one kind the HTML report lists (the rest are counted there). */
export const REPORT_ROWS_PER_KIND = 1000;

/** Errors, and warnings, listed per file on the terminal (the rest are counted there). */
export const PER_FILE_LIMIT = 10;

/** What a run shows of each file's findings: all of them (--json, --jsonl), the HTML report's, or the terminal's. */
export function keepOf(options: Readonly<Record<string, string | boolean>>): Keep {
  return typeof options.report === "string" ? "report" : options.json === true || options.jsonl === true ? "none" : "problems";
}

/**
 * A file's result cut down to what is still to be shown. A worker cuts it before sending it (see
 * process-file.ts), so a result that already carries its kind counts is not cut again.
 */
export function trimmed(result: FileResult, keep: Keep): FileResult {
  if (result.report === null || (keep === "report" && result.kindCounts)) return result;
  let diagnostics: readonly Diagnostic[];
  let kindCounts: Record<string, number> | undefined;
  if (keep === "none") diagnostics = [];
  else if (keep === "problems") diagnostics = result.diagnostics.filter((d) => d.severity !== "info");
  else {
    kindCounts = {};
    const kept: Diagnostic[] = [];
    for (const d of orderDiagnostics(result.diagnostics)) {
      const kind = `${d.severity} ${d.code}`;
      const n = (kindCounts[kind] = (kindCounts[kind] ?? 0) + 1);
      if (n <= REPORT_ROWS_PER_KIND) kept.push(d);
    }
    diagnostics = kept;
  }
  return { ...result, diagnostics, ...(kindCounts ? { kindCounts } : {}) };
}

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/** A file's line of --jsonl. */
export function fileJsonLine(result: FileResult, lang: Lang): string {
  return result.jsonLine ?? JSON.stringify(fileJson(result, lang));
}

/**
 * For --jsonl, the worker that read the file makes its line (see process-file.ts): one string
 * crosses to the main thread instead of tens of thousands of findings, and nothing of them is kept.
 */
export function withJsonLine(result: FileResult, lang: Lang): FileResult {
  if (result.report === null) return result;
  return { ...result, jsonLine: fileJsonLine(result, lang), diagnostics: [] };
}

export function orderedJsonWriter(io: CliIo, total: number, lang: Lang) {
  let next = 0;
  let first = true;
  // Written piece by piece: one file's report can run to tens of MB of text, which as one string
  // (and an indented copy of it) per file made a round's memory grow file by file.
  const write = (result: FileResult) => {
    io.out(`${first ? "" : ",\n"}    `);
    writeJsonAt(io, fileJson(result, lang, true), "    ");
    first = false;
  };
  io.out('{\n  "files": [\n');
  return {
    /** Write every file whose turn has come; `done(i)` is told each one written. */
    arrived(results: readonly (FileResult | undefined)[], done: (index: number) => void) {
      while (next < total && results[next] !== undefined) {
        write(results[next] as FileResult);
        done(next);
        next++;
      }
    },
    finish(extra: readonly FileResult[], summary: RunSummary) {
      for (const r of extra) write(r);
      io.out(`\n  ],\n  "summary": ${indent(JSON.stringify(summary, null, 2), "  ")}\n}\n`);
    },
  };
}
