// The words a face shows for a flag, from the one message catalog.
import { type Lang, formatMessage } from "../i18n/catalog";
import type { PeriodRule } from "./find-dates";
import type { DeadlineFlag, FlaggedItem } from "./flag";
import { type DateStyle, formatDateNorwegian } from "./format-date";

const NAME_KEYS: Record<DeadlineFlag, string> = {
  overdue: "DL-FLAG-NAME-OVERDUE",
  "due-today": "DL-FLAG-NAME-DUE-TODAY",
  "due-soon": "DL-FLAG-NAME-DUE-SOON",
  "on-track": "DL-FLAG-NAME-ON-TRACK",
  done: "DL-FLAG-NAME-DONE",
  "no-deadline": "DL-FLAG-NAME-NO-DEADLINE",
  unreadable: "DL-FLAG-NAME-UNREADABLE",
};

/** The flag's name, for legends and filters: "Forfalt". */
export function flagName(flag: DeadlineFlag, lang: Lang = "nb"): string {
  return formatMessage(NAME_KEYS[flag], {}, lang);
}

/** One flagged row in words: "Forfalt for 236 dager siden", "Avsluttet", "Ingen dato: «…»". */
export function flagText(item: Pick<FlaggedItem, "flag" | "days" | "status" | "deadline">, lang: Lang = "nb"): string {
  const days = item.days ?? 0;
  switch (item.flag) {
    case "overdue":
      return formatMessage(days === 1 ? "DL-FLAG-OVERDUE-ONE" : "DL-FLAG-OVERDUE", { days }, lang);
    case "due-today":
      return formatMessage("DL-FLAG-DUE-TODAY", {}, lang);
    case "due-soon":
      return formatMessage(days === 1 ? "DL-FLAG-DUE-SOON-ONE" : "DL-FLAG-DUE-SOON", { days }, lang);
    case "on-track":
      return formatMessage("DL-FLAG-ON-TRACK", { days }, lang);
    case "done":
      return formatMessage(item.status.kind === "closed" ? "DL-FLAG-CLOSED" : "DL-FLAG-DONE", {}, lang);
    case "no-deadline":
      return item.deadline.kind === "text"
        ? formatMessage("DL-FLAG-NO-DEADLINE-TEXT", { text: item.deadline.text }, lang)
        : formatMessage("DL-FLAG-NO-DEADLINE", {}, lang);
    case "unreadable":
      return formatMessage("DL-FLAG-UNREADABLE", { text: item.deadline.text }, lang);
  }
}

const RULE_KEYS: Record<PeriodRule, string> = {
  month: "DL-RULE-MONTH",
  quarter: "DL-RULE-QUARTER",
  tertial: "DL-RULE-TERTIAL",
  "half-year": "DL-RULE-HALF-YEAR",
  year: "DL-RULE-YEAR",
  term: "DL-RULE-TERM",
  ultimo: "DL-RULE-ULTIMO",
  medio: "DL-RULE-MEDIO",
  week: "DL-RULE-WEEK",
  primo: "DL-RULE-PRIMO",
};

/** The rule that made a period a day, in words: "siste dag i måneden". */
export function ruleText(rule: PeriodRule, lang: Lang = "nb"): string {
  return formatMessage(RULE_KEYS[rule], {}, lang);
}

/**
 * The deadline day as a face shows it, "ca. 30. juni 2026" when it was read from a period;
 * null when there is no day. `format` writes the day (default: Norwegian, long).
 */
export function deadlineDayText(
  item: Pick<FlaggedItem, "deadline" | "approximate">,
  lang: Lang = "nb",
  format: (d: NonNullable<FlaggedItem["deadline"]["date"]>) => string = (d) => formatDateNorwegian(d, "long" satisfies DateStyle),
): string | null {
  const d = item.deadline.kind === "date" ? item.deadline.date : null;
  if (d === null) return null;
  return item.approximate ? formatMessage("DL-APPROX-DATE", { date: format(d) }, lang) : format(d);
}
