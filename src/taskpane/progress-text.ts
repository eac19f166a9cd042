// The work in words while a step runs: "Leser 3 000 rader fra Tildeling …" when the size is known,
// "Leser 40 000 av 200 000 rader …" while a large sheet arrives in blocks.
import type { RunProgress, SourceRef } from "../app/pane-actions";
import { countText } from "./amount-text";
import type { Translate } from "./pane-context";

export function readingText(t: Translate, source: SourceRef | null, rows: number | null): string {
  const sheet = source ? (source.table ?? source.sheet) : "";
  if (rows === null) return t("UI-PROGRESS-READING", { sheet });
  return t(rows === 1 ? "UI-PROGRESS-READING-ROWS-ONE" : "UI-PROGRESS-READING-ROWS", { rows: countText(rows), sheet });
}

/**
 * While a read reports its blocks: "Leser 40 000 av 200 000 rader fra Stor …", then, once every
 * row is in, "Kontrollerer 200 000 rader fra Stor …"; before the first block, as readingText.
 */
export function blockProgressText(t: Translate, source: SourceRef | null, rows: number | null, progress: RunProgress | null): string {
  if (!progress) return readingText(t, source, rows);
  const sheet = source ? (source.table ?? source.sheet) : "";
  if (progress.rowsRead < progress.rows) return t("UI-PROGRESS-READING-OF", { done: countText(progress.rowsRead), rows: countText(progress.rows), sheet });
  return t(progress.rows === 1 ? "UI-PROGRESS-CHECKING-ONE" : "UI-PROGRESS-CHECKING", { rows: countText(progress.rows), sheet });
}

/** "kl. 23:41" / "at 23:41": when a result was made, in the pane's language. */
export function clockText(at: Date, lang: "nb" | "en"): string {
  return new Intl.DateTimeFormat(lang === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" }).format(at);
}
