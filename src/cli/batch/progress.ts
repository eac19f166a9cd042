// The progress line of a many-file run, on stderr and only when stderr is a terminal (a pipe or a
// log file gets no carriage returns). Redrawn at most ten times a second.
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import type { CliIo } from "../io";

export interface Progress {
  update(done: number, errors: number, warnings: number): void;
  finish(): void;
}

export function progressLine(io: CliIo, total: number, lang: Lang): Progress {
  if (!io.errIsTerminal) return { update: () => undefined, finish: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(done, errors, warnings) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      io.err(`\r\x1b[K${formatMessage("CLI-BATCH-PROGRESS", { done, total, errors, warnings }, lang)}`);
    },
    finish() {
      if (shown) io.err("\r\x1b[K");
    },
  };
}
