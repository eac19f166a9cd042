// Runs the compiled command line as a user would (node bin/tildeling.js ...), so exit codes,
// stdout/stderr and "no stack trace" are tested for real. lib/ is built by `npm run build:lib`
// (npm test does it first).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "tildeling.js");
export const FIXTURES = join(ROOT, "tests", "fixtures", "libreoffice");
export const SAMPLE = join(ROOT, "assets", "samples", "tillegg-bufdir.xlsx");
export const GUL_BOK = join(ROOT, "data", "statsbudsjett");
export const SEED = join(ROOT, "tests", "fixtures", "seed", "seed-letter.json");
/** The acceptance corpus: workbooks laid out like real ones, each with its hand-worked answer. */
export const CORPUS = join(ROOT, "tests", "fixtures", "corpus");

/** The .xlsx files of a folder, sorted (none when the folder is not there). */
export function xlsxIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(dir, f)) : [];
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { maxOldSpaceMb?: number; timeoutMs?: number } = {}): CliRun {
  if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw new Error("lib/ is not built: run `npm run build:lib` before these tests");
  const node = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  const r = spawnSync(process.execPath, [...node, BIN, ...args], {
    encoding: "utf8",
    timeout: options.timeoutMs ?? 240_000,
    env: { ...process.env, TILDELING_DEBUG: "" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runJson(args: readonly string[]): { code: number | null; json: Record<string, unknown>; stderr: string } {
  const r = runCli([...args, "--json"]);
  return { code: r.code, json: JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
}

/** What a stack trace looks like in Node's output. */
export const STACK_TRACE = /^\s+at .+[(:]\d+/m;

export const fixture = (name: string) => join(FIXTURES, name);
