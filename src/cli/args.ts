// Command-line arguments: `tildeling COMMAND FILE... [--option value ...]`. Node's own parser
// (node:util parseArgs) splits the words into options and positionals; it runs non-strict and
// hands back its tokens, which are checked here against the command's options, so every mistake
// becomes a catalog message with a stable code naming the argument, not Node's English error text.
import { parseArgs as nodeParseArgs } from "node:util";
import { type Diagnostic, diagnostic } from "../core/diagnostics";

export type CommandName = "check" | "apply" | "deadlines" | "letter-table" | "read-letter";
export const COMMANDS: readonly CommandName[] = ["check", "apply", "deadlines", "letter-table", "read-letter"];

type OptionKind = "string" | "boolean";

const COMMON_OPTIONS: Record<string, OptionKind> = { help: "boolean", lang: "string" };

/** Commands that take many files (files, folders, patterns) in one run, and the options for such runs. */
export const MULTI_FILE_COMMANDS: readonly CommandName[] = ["check", "deadlines"];
const MULTI_FILE_OPTIONS: Record<string, OptionKind> = { jobs: "string", jsonl: "boolean", report: "string" };

export const COMMAND_OPTIONS: Record<CommandName, Record<string, OptionKind>> = {
  check: { sheet: "string", year: "string", kind: "string", json: "boolean", unit: "string", "amount-column": "string", strict: "boolean", ...MULTI_FILE_OPTIONS },
  apply: {
    changes: "string",
    sheet: "string",
    "changes-sheet": "string",
    out: "string",
    year: "string",
    kind: "string",
    json: "boolean",
    unit: "string",
    "changes-unit": "string",
    "amount-column": "string",
    strict: "boolean",
  },
  deadlines: { sheet: "string", date: "string", soon: "string", year: "string", json: "boolean", strict: "boolean", ...MULTI_FILE_OPTIONS },
  "letter-table": { changes: "string", sheet: "string", "changes-sheet": "string", format: "string", "letter-language": "string", year: "string", unit: "string", "changes-unit": "string", "amount-column": "string" },
  "read-letter": { out: "string", unit: "string", json: "boolean" },
};

const SHORT: Record<string, string> = { h: "help", o: "out" };

export interface ParsedArgs {
  readonly command: CommandName | null;
  readonly file: string | null;
  /** Every file, folder or pattern given (check and deadlines take many; the others one). */
  readonly files: readonly string[];
  readonly options: Readonly<Record<string, string | boolean>>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; diagnostic: Diagnostic; command: CommandName | null };

function usage(code: string, params: Record<string, string>, command: CommandName | null): ArgsResult {
  return { ok: false, diagnostic: diagnostic("error", code, params, params.text !== undefined ? { text: params.text } : {}), command };
}

/** Every option of every command, so Node knows which take a value wherever they stand; the command's own set decides what is allowed. */
function nodeOptions(): Record<string, { type: OptionKind; short?: string }> {
  const all: Record<string, { type: OptionKind; short?: string }> = {};
  for (const set of [COMMON_OPTIONS, ...Object.values(COMMAND_OPTIONS)]) for (const [name, type] of Object.entries(set)) all[name] = { type };
  for (const [short, name] of Object.entries(SHORT)) all[name] = { ...all[name], short };
  return all;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const { tokens } = nodeParseArgs({ args: [...argv], options: nodeOptions(), strict: false, allowPositionals: true, tokens: true });
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let command: CommandName | null = null;
  let known: Record<string, OptionKind> = COMMON_OPTIONS;
  let afterTerminator = false;

  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      afterTerminator = true;
      continue;
    }
    if (token.kind === "positional") {
      // The first word is the command; after `--` every word is a file, even one named like a command.
      if (command === null && !afterTerminator) {
        if (!(COMMANDS as readonly string[]).includes(token.value)) return usage("CLI-UNKNOWN-COMMAND", { text: token.value }, null);
        command = token.value as CommandName;
        known = { ...COMMON_OPTIONS, ...COMMAND_OPTIONS[command] };
      } else {
        positionals.push(token.value);
      }
      continue;
    }
    // The word as typed: `--json=yes`, `-ho` (Node splits a group of short options; we take none).
    const raw = argv[token.index];
    const short = !raw.startsWith("--");
    const kind = short && raw !== token.rawName ? undefined : known[token.name];
    const unknown = () => usage("CLI-UNKNOWN-OPTION", { text: raw, command: command ?? "tildeling" }, command);
    if (kind === undefined) return unknown();
    if (kind === "boolean") {
      if (token.inlineValue) return unknown();
      options[token.name] = true;
      continue;
    }
    // `--sheet --json`: Node takes the next word as the value; an option there means the value was forgotten.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) return usage("CLI-MISSING-VALUE", { text: `--${token.name}` }, command);
    options[token.name] = token.value;
  }

  if (options.help) return { ok: true, args: { command, file: positionals[0] ?? null, files: positionals, options } };
  if (command === null) return usage("CLI-NO-COMMAND", {}, null);
  if (positionals.length === 0) return usage("CLI-MISSING-FILE", { command }, command);
  if (positionals.length > 1 && !MULTI_FILE_COMMANDS.includes(command)) return usage("CLI-EXTRA-ARGUMENT", { text: positionals[1] }, command);
  return { ok: true, args: { command, file: positionals[0], files: positionals, options } };
}

/** A value for an option with a fixed set of choices. */
export function choiceOption<T extends string>(
  value: string | boolean | undefined,
  option: string,
  choices: readonly T[],
  fallback: T,
): { ok: true; value: T } | { ok: false; diagnostic: Diagnostic } {
  if (value === undefined || typeof value === "boolean") return { ok: true, value: fallback };
  if ((choices as readonly string[]).includes(value)) return { ok: true, value: value as T };
  return {
    ok: false,
    diagnostic: diagnostic("error", "CLI-BAD-CHOICE", { option: `--${option}`, choices: choices.join(", ") }, { text: value }),
  };
}
