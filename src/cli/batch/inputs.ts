// Which workbooks a many-file run reads: files as given, every workbook in a folder (and its
// subfolders), and patterns such as "innsendt/*.xlsx" that the shell did not expand (quoted, or on
// Windows). Every argument is accounted for: one that names no workbook becomes a row of its own.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Diagnostic, diagnostic } from "../../core/diagnostics";

export type MultiFileCommand = "check" | "deadlines";

/** What a run reads: the workbooks found, and the arguments that named none. */
export interface RunInputs {
  readonly files: readonly string[];
  readonly problems: readonly { readonly input: string; readonly diagnostic: Diagnostic }[];
}

/** Names a folder is searched for. Old .xls files are included so they are reported, not passed over. */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
/** Excel's lock file for an open workbook ("~$tildeling.xlsx") and hidden files are no one's submission. */
const NOT_A_SUBMISSION = /^(~\$|\.)/;
const GLOB_CHARS = /[*?[]/;

function kindOf(path: string): "file" | "directory" | "missing" {
  try {
    return statSync(path).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

/** True when the arguments ask for more than today's one-file report. */
export function isMultiFileRun(files: readonly string[], options: Readonly<Record<string, string | boolean>>): boolean {
  if (files.length !== 1 || options.jsonl === true || typeof options.report === "string") return files.length > 0;
  const only = files[0];
  const kind = kindOf(only);
  return kind === "directory" || (kind === "missing" && GLOB_CHARS.test(only));
}

const byName = (a: string, b: string) => a.localeCompare(b, "nb", { numeric: true });

function workbooksIn(folder: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    if (NOT_A_SUBMISSION.test(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) workbooksIn(path, out);
    else if (WORKBOOK.test(entry.name)) out.push(path);
  }
}

/** A pattern as a regular expression over "/"-separated paths: * and ? within a name, ** across folders, [abc]. */
export function patternRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") i++;
      re += "(?:[^/]*(?:/|$))*";
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) re += "\\[";
      else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, "\\\\");
        re += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function expandPattern(pattern: string): string[] {
  const normal = pattern.replace(/\\/g, "/");
  const parts = normal.split("/");
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join("/") || (normal.startsWith("/") ? "/" : ".");
  const rest = parts.slice(firstGlob).join("/");
  const matcher = patternRegExp(rest);
  const deep = rest.includes("**");
  const depth = parts.length - firstGlob;
  const found: string[] = [];
  const walk = (folder: string, relative: string, level: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
      if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (deep || level + 1 < depth) walk(join(folder, entry.name), rel, level + 1);
      } else if (matcher.test(rel)) {
        found.push(base === "." && !normal.startsWith("./") ? rel : join(base, rel));
      }
    }
  };
  walk(base, "", 0);
  return found;
}

/** The workbooks the arguments name, each once, in the order given (a folder's and a pattern's sorted by name). */
export function expandInputs(args: readonly string[]): RunInputs {
  const files: string[] = [];
  const problems: { input: string; diagnostic: Diagnostic }[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const arg of args) {
    const kind = kindOf(arg);
    if (kind === "directory") {
      const found: string[] = [];
      workbooksIn(arg, found);
      if (found.length === 0) problems.push({ input: arg, diagnostic: diagnostic("error", "CLI-NO-WORKBOOKS-IN-FOLDER", { folder: arg }) });
      found.forEach(add);
    } else if (kind === "missing" && GLOB_CHARS.test(arg)) {
      const found = expandPattern(arg);
      if (found.length === 0) problems.push({ input: arg, diagnostic: diagnostic("error", "CLI-NO-FILES-MATCH", { pattern: arg }) });
      found.forEach(add);
    } else {
      // A missing file is still a file to report on: the reader says it was not found.
      add(arg);
    }
  }
  return { files, problems };
}
