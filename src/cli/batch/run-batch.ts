// `tildeling check|deadlines FILE|FOLDER|PATTERN ...`: many workbooks in one run, read in parallel
// on worker threads, each reported as the one-file command would, then a summary across them.
// Exit code: 2 when a file could not be read (the others are still read and reported), else 1
// when a file must be fixed (errors; with --strict also warnings; for deadlines also overdue
// assignments), else 0; 3 for a bug in tildeling.
import { availableParallelism } from "node:os";
import { realpathSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Diagnostic, diagnostic } from "../../core/diagnostics";
import { toIsoDate, todayInOslo } from "../../core/deadlines/calendar-date";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { formatMessage } from "../../core/i18n/catalog";
import { type CommandContext, EXIT_USAGE } from "../io";
import { fail } from "../report";
import { batchText } from "./batch-text";
import type { FileResult } from "./file-result";
import { expandInputs, type MultiFileCommand } from "./inputs";
import { runFiles } from "./pool";
import { type RunSettings, unreadableResult } from "./process-file";
import { progressLine } from "./progress";
import { batchReportHtml } from "./report-html";
import { type Keep, fileJsonLine, keepOf, orderedJsonWriter, trimmed } from "./stream-out";
import { summarize } from "./summary";

function parseJobs(value: string | boolean | undefined): number | Diagnostic {
  if (value === undefined || typeof value === "boolean") return availableParallelism();
  if (/^\d{1,3}$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  return diagnostic("error", "CLI-BAD-JOBS", {}, { text: value });
}

const realPath = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** Write the report beside its final name first, so a half-written report never replaces a whole one. */
function writeReport(path: string, html: string): Diagnostic | null {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, html, "utf8");
    renameSync(temporary, path);
    return null;
  } catch (error) {
    return diagnostic("error", "XLSX-WRITE-FAILED", { file: path, detail: error instanceof Error ? error.message : String(error) });
  }
}

export async function runMultiFile(ctx: CommandContext, command: MultiFileCommand): Promise<number> {
  const { io, lang, options } = ctx;
  const json = options.json === true;
  const jsonl = options.jsonl === true;
  if (json && jsonl) return fail(io, diagnostic("error", "CLI-JSON-AND-JSONL"), lang, true, command);
  const jobs = parseJobs(options.jobs);
  if (typeof jobs !== "number") return fail(io, jobs, lang, json, command);
  const reportPath = typeof options.report === "string" ? options.report : null;

  const inputs = expandInputs(ctx.files);
  // The report is never written over a workbook being read (the command line never modifies its input).
  if (reportPath && inputs.files.some((f) => realPath(f) === realPath(reportPath))) {
    return fail(io, diagnostic("error", "CLI-REPORT-IS-INPUT", { file: reportPath }), lang, json, command);
  }

  const now = io.now();
  const settings: RunSettings = { command, options, lang, nowMs: now.getTime() };
  const results: FileResult[] = new Array<FileResult>(inputs.files.length);
  const progress = progressLine(io, inputs.files.length, lang);
  // --json is written file by file in name order as the files come in, and each result is then cut
  // down to what is still to be shown, so a round of large sheets is never held in memory whole.
  const jsonOut = json ? orderedJsonWriter(io, inputs.files.length, lang) : null;
  const keep: Keep = keepOf(options);
  let done = 0;
  let errors = 0;
  let warnings = 0;
  const listOrder = jsonOut ? "as-listed" : "largest-first";
  await runFiles(inputs.files, jobs, settings, (index, result) => {
    results[index] = result;
    done++;
    errors += result.row.errors ?? 0;
    warnings += result.row.warnings ?? 0;
    if (jsonl) io.out(`${fileJsonLine(result, lang)}\n`);
    if (jsonOut) jsonOut.arrived(results, (i) => (results[i] = trimmed(results[i], keep)));
    else results[index] = trimmed(result, keep);
    progress.update(done, errors, warnings);
  }, listOrder);
  progress.finish();
  const problems = inputs.problems.map((p) => unreadableResult(p.input, p.diagnostic));
  if (jsonl) for (const p of problems) io.out(`${fileJsonLine(p, lang)}\n`);
  const all = [...results, ...problems];
  const summary = summarize(command, all, options.strict === true);

  if (jsonOut) jsonOut.finish(problems, summary);
  else if (jsonl) io.out(`${JSON.stringify({ summary })}\n`);
  else io.out(`${batchText(all, summary, lang)}\n`);

  if (reportPath) {
    const today = todayInOslo(now);
    const madeOn = lang === "nb" ? formatDateNorwegian(today, "long") : toIsoDate(today);
    const failed = writeReport(reportPath, batchReportHtml({ results: all, summary, lang, madeOn }));
    if (failed) {
      io.err(`tildeling: ${formatMessage(failed.code, failed.params, lang)}\n`);
      return EXIT_USAGE;
    }
    const note = `${formatMessage("CLI-REPORT-WRITTEN", { file: reportPath }, lang)}\n`;
    if (json || jsonl) io.err(note);
    else io.out(note);
  }
  return summary.exitCode;
}
