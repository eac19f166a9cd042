// The words a letter is written in. A letter goes to an agency in Norwegian whatever language
// Office shows its menus in, so these texts are kept apart from the UI catalog (src/core/i18n,
// which follows Office's display language): Bokmål by default, or Nynorsk, which ministries use
// for many of their letters. Both tables must have every key; the type checker holds them to it.
// Nynorsk after the forms Stortinget's and the ministries' own Nynorsk propositions use:
// "Løyvinga ... vert redusert med ... mot ein tilsvarande auke på kap. 858, post 01".
import type { Unit } from "../amounts/unit";

export type LetterLanguage = "nb" | "nn";

export const LETTER_LANGUAGES: readonly LetterLanguage[] = ["nb", "nn"];

export const DEFAULT_LETTER_LANGUAGE: LetterLanguage = "nb";

export type LetterTextKey =
  | "column-code"
  | "column-before"
  | "column-change"
  | "column-after"
  | "column-total"
  | "unit-kr"
  | "unit-1000"
  | "unit-mill"
  | "unit-mrd"
  | "block-chapter"
  | "block-post"
  | "sentence-up"
  | "sentence-down"
  | "sentence-zero"
  | "sentence-transfer"
  | "sentence-transfer-split"
  | "sentence-code"
  | "sentence-code-amount"
  | "and";

// Column titles, unit captions and kap./post lines are written alike in Bokmål and Nynorsk.
const SAME_IN_BOTH = {
  "column-code": "Kap/post",
  "column-before": "Tildeling før tillegget",
  "column-change": "Endring",
  "column-after": "Ny tildeling",
  "column-total": "Sum",
  "unit-kr": "Beløp i kroner",
  "unit-1000": "Beløp i 1 000 kr",
  "unit-mill": "Beløp i mill. kr",
  "unit-mrd": "Beløp i mrd. kr",
  "block-chapter": "Kap. {chapter} {name}",
  "block-post": "Post {post} {name}",
} as const;

const TEXTS: Record<LetterLanguage, Record<LetterTextKey, string>> = {
  nb: {
    ...SAME_IN_BOTH,
    "sentence-up": "Tildelingen på kap. {chapter}, post {post} økes med {amount}.",
    "sentence-down": "Tildelingen på kap. {chapter}, post {post} reduseres med {amount}.",
    "sentence-zero": "Tildelingen på kap. {chapter}, post {post} er uendret.",
    "sentence-transfer": "Tildelingen på {from} reduseres med {amount} mot en tilsvarende økning på {to}.",
    "sentence-transfer-split": "Tildelingen på {from} reduseres med {amount} mot en økning på {to}.",
    "sentence-code": "kap. {chapter}, post {post}",
    "sentence-code-amount": "kap. {chapter}, post {post} med {amount}",
    and: "og",
  },
  nn: {
    ...SAME_IN_BOTH,
    "sentence-up": "Løyvinga på kap. {chapter}, post {post} vert auka med {amount}.",
    "sentence-down": "Løyvinga på kap. {chapter}, post {post} vert redusert med {amount}.",
    "sentence-zero": "Løyvinga på kap. {chapter}, post {post} er uendra.",
    "sentence-transfer": "Løyvinga på {from} vert redusert med {amount} mot ein tilsvarande auke på {to}.",
    "sentence-transfer-split": "Løyvinga på {from} vert redusert med {amount} mot ein auke på {to}.",
    "sentence-code": "kap. {chapter}, post {post}",
    "sentence-code-amount": "kap. {chapter}, post {post} med {amount}",
    and: "og",
  },
};

/** A letter text with its `{name}` placeholders filled. */
export function letterText(key: LetterTextKey, params: Readonly<Record<string, string | number>>, language: LetterLanguage): string {
  return TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const UNIT_KEY: Record<Unit, LetterTextKey> = { kr: "unit-kr", "1000 kr": "unit-1000", "mill. kr": "unit-mill", "mrd. kr": "unit-mrd" };

/** The caption over a letter's table: "Beløp i 1 000 kr". */
export function letterUnitCaption(unit: Unit, language: LetterLanguage): string {
  return letterText(UNIT_KEY[unit], {}, language);
}
