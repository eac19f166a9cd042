// What a command needs from the outside world, passed in so commands can be run and tested in
// process: where text goes, and what time it is (for "today in Oslo").
import type { Lang } from "../core/i18n/catalog";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  /** Whether stderr is a terminal: a progress line is shown only there. */
  readonly errIsTerminal?: boolean;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  now: () => new Date(),
  // Asked only when needed: opening stderr costs a few milliseconds that a run printing nothing there need not pay.
  get errIsTerminal() {
    return process.stderr.isTTY === true;
  },
};

/** 0: no errors found; 1: errors found; 2: bad usage or a file that cannot be read; 3: a bug in tildeling. */
export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly options: Readonly<Record<string, string | boolean>>;
  /** The first (for most commands the only) file. */
  readonly file: string;
  /** Every file, folder or pattern given. */
  readonly files: readonly string[];
}

export { append } from "../core/append";
