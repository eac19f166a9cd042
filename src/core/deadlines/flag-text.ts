// The words a face shows for a flag, from the one message catalog.
import { type Lang, formatMessage } from "../i18n/catalog";
import type { DeadlineFlag, FlaggedItem } from "./flag";

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
