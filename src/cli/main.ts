// The command line's entry point: parse the arguments, run one command, return its exit code.
// Anything thrown past a command is a bug in tildeling, never the user's file: it is reported
// in one line (the stack only with TILDELING_DEBUG=1) with its own exit code.
import type { Lang } from "../core/i18n/catalog";
import { diagnostic } from "../core/diagnostics";
import { formatMessage } from "../core/i18n/catalog";
import { type CommandName, choiceOption, parseArgs } from "./args";
import { type CliIo, type CommandContext, EXIT_INTERNAL, EXIT_OK, processIo } from "./io";
import { fail } from "./report";
import { runCheck } from "./commands/check";
import { runApply } from "./commands/apply";
import { runDeadlines } from "./commands/deadlines";
import { runLetterTable } from "./commands/letter-table";
import { runReadLetter } from "./commands/read-letter";

const COMMANDS: Record<CommandName, (ctx: CommandContext) => Promise<number>> = {
  check: runCheck,
  apply: runApply,
  deadlines: runDeadlines,
  "letter-table": runLetterTable,
  "read-letter": runReadLetter,
};

const HELP_KEYS: Record<CommandName, string> = {
  check: "CLI-HELP-CHECK",
  apply: "CLI-HELP-APPLY",
  deadlines: "CLI-HELP-DEADLINES",
  "letter-table": "CLI-HELP-LETTER-TABLE",
  "read-letter": "CLI-HELP-READ-LETTER",
};

/** The language is needed before the arguments are known to be valid, to report what is wrong with them. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value === "en") return "en";
  }
  return "nb";
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const lang0 = langOf(argv);
  const json = argv.includes("--json");
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(io, parsed.diagnostic, lang0, json, parsed.command ?? undefined);
  const { command, file, options } = parsed.args;
  const langChoice = choiceOption(options.lang, "lang", ["nb", "en"] as const, "nb");
  if (!langChoice.ok) return fail(io, langChoice.diagnostic, "nb", json, command ?? undefined);
  const lang = langChoice.value;
  if (options.help || command === null) {
    io.out(`${formatMessage(command ? HELP_KEYS[command] : "CLI-HELP-MAIN", {}, lang)}\n`);
    return EXIT_OK;
  }
  return COMMANDS[command]({ io, lang, options, file: file ?? "" });
}

/** What bin/tildeling.js calls. */
export function run(argv: readonly string[] = process.argv.slice(2), io: CliIo = processIo): void {
  // `tildeling ... | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  });
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const lang = langOf(argv);
      const detail = error instanceof Error ? error.message : String(error);
      fail(io, diagnostic("error", "CLI-INTERNAL", { detail }), lang, false);
      if (process.env.TILDELING_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
