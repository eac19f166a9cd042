// Command-line arguments: `tildeling COMMAND FILE... [--option value ...]`. A small parser of our
// own (rather than node:util parseArgs) so every mistake becomes a catalog message with a stable
// code instead of Node's English error text.
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

export function parseArgs(argv: readonly string[]): ArgsResult {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let command: CommandName | null = null;
  let known: Record<string, OptionKind> = COMMON_OPTIONS;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
      if (command === null && !onlyPositionals) {
        if (!(COMMANDS as readonly string[]).includes(arg)) return usage("CLI-UNKNOWN-COMMAND", { text: arg }, null);
        command = arg as CommandName;
        known = { ...COMMON_OPTIONS, ...COMMAND_OPTIONS[command] };
      } else {
        positionals.push(arg);
      }
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      name = SHORT[arg.slice(1)] ?? arg;
    }
    const kind = known[name];
    if (kind === undefined) return usage("CLI-UNKNOWN-OPTION", { text: arg, command: command ?? "tildeling" }, command);
    if (kind === "boolean") {
      if (inline !== undefined) return usage("CLI-UNKNOWN-OPTION", { text: arg, command: command ?? "tildeling" }, command);
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      return usage("CLI-MISSING-VALUE", { text: `--${name}` }, command);
    }
    if (inline === undefined) i++;
    options[name] = value;
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
