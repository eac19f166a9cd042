// Status words controllers write in an assignment list. Only an explicit completion word
// ("utført", "levert", "ferdig", "avsluttet", "anses som avsluttet") stops the clock. A partial or
// draft delivery ("Delvis levert", "Utkast levert", "nesten ferdig") is open, and so is every word
// the product does not know, so an overdue assignment is never hidden by an odd spelling; the
// reader warns about both (read-assignments).
import type { CellValue } from "../grid";
import { cellText, normalizeSpaces } from "../sheet/text";

export type StatusKind =
  /** Nothing written. */
  | "none"
  | "new"
  | "in-progress"
  /** Extended (forlenget): open, usually with a revised deadline. */
  | "extended"
  /** A partial or draft delivery ("Delvis levert", "Utkast levert"): open. */
  | "partial"
  | "done"
  | "closed"
  /** A word the product does not know: shown as written, treated as open. */
  | "unknown";

export interface AssignmentStatus {
  readonly kind: StatusKind;
  /** As written. */
  readonly text: string;
  /** Still needs work: every kind but done and closed. */
  readonly open: boolean;
}

// Whole words; partial first (it holds a done word), then done and closed, so "levert etter
// forlenget frist" is done. English beside the Norwegian for sheets kept in English.
const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
const word = (alternatives: string): RegExp => new RegExp(`${L}(?:${alternatives})${R}`, "u");
const DONE_WORD = "levert|leverte|utført|utførte|ferdig|ferdigstilt|fullført|gjennomført|avsluttet|avslutta|besvart|sendt|delivered|done|completed?";
const WORDS: ReadonlyArray<readonly [RegExp, StatusKind]> = [
  [word(`(?:delvis|nesten|snart|straks|foreløpig) (?:${DONE_WORD})|utkast(?:et)?|draft|delleveranse|delvis|partly|partially`), "partial"],
  [word("avsluttet|avslutta|lukket|lukka|closed"), "closed"],
  [word("utført|levert|ferdig|fullført|gjennomført|besvart|done|delivered|completed?"), "done"],
  [word("ikke startet|ikke påbegynt|not started"), "new"],
  [word("under arbeid|i arbeid|i rute|pågår|pågående|påbegynt|igangsatt|startet|forsinket|forseinka|in progress|ongoing|delayed|late"), "in-progress"],
  [word("forlenget|forlengt|utsatt|ny frist|extended"), "extended"],
  [word("nytt|ny|new|open|åpen|åpent|planlagt|ikke startet|ikke påbegynt"), "new"],
];

// "anses ikke som avsluttet", "ikke levert": a negated done word means the work goes on.
const NEGATION = word("ikke|not");

export function parseStatus(value: CellValue | undefined): AssignmentStatus {
  const text = normalizeSpaces(cellText(value ?? null));
  if (text === "") return { kind: "none", text, open: true };
  const lower = text.toLowerCase();
  let negated = false;
  for (const [pattern, kind] of WORDS) {
    const m = pattern.exec(lower);
    if (!m) continue;
    if ((kind === "done" || kind === "closed" || kind === "partial") && NEGATION.test(lower.slice(0, m.index))) {
      negated = true;
      continue;
    }
    return { kind, text, open: kind !== "done" && kind !== "closed" };
  }
  return { kind: negated ? "in-progress" : "unknown", text, open: true };
}
