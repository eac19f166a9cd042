// One message catalog for the whole product: Norwegian Bokmål first, English beside it.
// Each area keeps its messages in its own file under ./messages and is listed in `tables` below;
// this module merges them and refuses duplicate keys, so a key means one thing everywhere.
import type { MessageTable } from "./types";
import { chooseHint } from "./choose-hints";
import { commonMessages } from "./messages/common";
import { deadlineMessages } from "./messages/deadlines";
import { allocationMessages } from "./messages/allocations";
import { changeMessages } from "./messages/changes";
import { codeMessages } from "./messages/codes";
import { amountMessages } from "./messages/amounts";
import { chartMessages } from "./messages/chart";
import { letterMessages } from "./messages/letter";
import { uiMessages } from "./messages/ui";
import { cliMessages } from "./messages/cli";
import { excelMessages } from "./messages/excel";
import { letterReadingMessages } from "./messages/letter-reading";
import { letterReadingUiMessages } from "./messages/letter-reading-ui";
import { useCaseMessages } from "./messages/use-cases";

export type { Lang } from "./types";
import type { Lang } from "./types";

const tables: MessageTable[] = [commonMessages, allocationMessages, changeMessages, codeMessages, amountMessages, chartMessages, letterMessages, uiMessages, cliMessages, excelMessages, deadlineMessages, letterReadingMessages, useCaseMessages, letterReadingUiMessages];

const catalog = new Map<string, { nb: string; en: string }>();

function registerMessages(table: MessageTable): void {
  for (const [key, message] of Object.entries(table)) {
    const existing = catalog.get(key);
    if (existing) {
      throw new Error(`Message key defined twice: ${key}`);
    }
    catalog.set(key, message);
  }
}

for (const t of tables) registerMessages(t);

export function hasMessage(key: string): boolean {
  return catalog.has(key);
}

export function allMessageKeys(): string[] {
  return [...catalog.keys()];
}

export function rawMessage(key: string): { nb: string; en: string } | undefined {
  return catalog.get(key);
}

const LOCALES: Record<Lang, string> = { nb: "nb-NO", en: "en-GB" };
// Made when first used: loading a locale's rules costs a command line's start-up some 25 ms.
const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};
const counts: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** The thousands separator each language's Intl.NumberFormat writes. */
const GROUP: Record<Lang, string> = { nb: "\u00a0", en: "," };

/**
 * A count as Intl.NumberFormat writes it, with the word in its plural form as Intl.PluralRules
 * picks it: "2 advarsler", "1 advarsel", "50 000 linjer" (a no-break space between thousands in
 * Norwegian). Whole counts, which are what messages count, are written by hand (both languages
 * say "one" for 1 alone), so a run that prints a count need not load the locale's rules.
 */
function countWith(count: number, one: string, other: string, lang: Lang): string {
  if (Number.isSafeInteger(count) && count >= 0) {
    const digits = String(count);
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += GROUP[lang] + digits.slice(i, i + 3);
    return `${grouped} ${count === 1 ? one : other}`;
  }
  const number = (counts[lang] ??= new Intl.NumberFormat(LOCALES[lang]));
  const plural = (plurals[lang] ??= new Intl.PluralRules(LOCALES[lang]));
  return `${number.format(count)} ${plural.select(count) === "one" ? one : other}`;
}

/**
 * Fill `{name}` placeholders, and `{name|one|other}` with a count and the word in its plural form
 * (Intl.PluralRules), and `{choose:what}` with how the current face lets the user choose it
 * (choose-hints.ts). An unknown key shows the key itself, so nothing is silently lost.
 */
export function formatMessage(key: string, params: Readonly<Record<string, string | number>> = {}, lang: Lang = "nb"): string {
  const entry = catalog.get(key);
  let template = entry ? entry[lang] : key;
  if (template.includes("{choose:")) template = template.replace(/\{choose:([\w-]+)\}/g, (whole, what: string) => chooseHint(what, lang) ?? whole);
  let out = "";
  for (const part of compiled(template)) {
    if (typeof part === "string") out += part;
    else if (!Object.prototype.hasOwnProperty.call(params, part.name)) out += part.whole;
    else {
      const value = params[part.name];
      out += part.one !== undefined && part.other !== undefined && typeof value === "number" ? countWith(value, part.one, part.other, lang) : String(value);
    }
  }
  return out;
}

interface Placeholder {
  readonly whole: string;
  readonly name: string;
  readonly one?: string;
  readonly other?: string;
}

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;
// A report can print a million findings: each template is split into text and placeholders once.
const templates = new Map<string, readonly (string | Placeholder)[]>();

function compiled(template: string): readonly (string | Placeholder)[] {
  let parts = templates.get(template);
  if (parts) return parts;
  const list: (string | Placeholder)[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) list.push(template.slice(at, m.index));
    list.push({ whole: m[0], name: m[1], ...(m[2] !== undefined && m[3] !== undefined ? { one: m[2], other: m[3] } : {}) });
    at = m.index + m[0].length;
  }
  if (at < template.length) list.push(template.slice(at));
  parts = list;
  if (templates.size < 5000) templates.set(template, parts);
  return parts;
}

/** Pick the UI language from an Office or OS locale such as "nb-NO", "nn-NO", "en-US". */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return "nb";
  const l = locale.toLowerCase();
  return l.startsWith("nb") || l.startsWith("nn") || l.startsWith("no") ? "nb" : "en";
}
