// How a user chooses otherwise depends on the face that shows the message: the command line has
// flags, the pane has fields by its result. Engine messages say `{choose:year}` instead of naming
// a flag, so a warning in the pane never tells a finance officer to type `--year`.
import type { Lang } from "./types";

export type MessageFace = "cli" | "pane";

type Hint = Readonly<Record<MessageFace, Readonly<Record<Lang, string>>>>;

const PANE_CHOICES = { nb: "under «Endre valgene» ved resultatet", en: "under “Change these” by the result" };

const HINTS: Readonly<Record<string, Hint>> = {
  year: { cli: { nb: "med --year", en: "with --year" }, pane: PANE_CHOICES },
  "sheet-or-year": { cli: { nb: "med --sheet eller --year", en: "with --sheet or --year" }, pane: PANE_CHOICES },
  "amount-column": { cli: { nb: 'med --amount-column "OVERSKRIFT"', en: 'with --amount-column "HEADER"' }, pane: PANE_CHOICES },
  "letter-unit": { cli: { nb: "med --unit", en: "with --unit" }, pane: { nb: "under «Beløpene i brevet er i»", en: "under “The letter's amounts are in”" } },
  "letter-year": {
    cli: { nb: "med --year i check og apply", en: "with --year in check and apply" },
    pane: { nb: "under «Endre valgene» når du kontrollerer arkene", en: "under “Change these” when you check the sheets" },
  },
  "changes-unit": { cli: { nb: "med --changes-unit", en: "with --changes-unit" }, pane: PANE_CHOICES },
};

let face: MessageFace = "cli";

/** Called once by a face at start-up (the pane says "pane"; the command line keeps the default). */
export function setMessageFace(next: MessageFace): void {
  face = next;
}

/** The words for choosing `what` on the current face; an unknown name is left as written. */
export function chooseHint(what: string, lang: Lang): string | undefined {
  return HINTS[what]?.[face][lang];
}
