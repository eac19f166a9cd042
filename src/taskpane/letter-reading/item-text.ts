// The words the panes show for each item a letter gave: the line to tick, what it says beside
// (deadline, status, parts) and where in the letter it stood. One place, so Excel's "Les inn fra
// brev" and Word's "Les dette brevet" show an item the same way.
import type Decimal from "decimal.js";
import { UNITS } from "../../core/amounts/unit";
import { formatBudgetCode } from "../../core/codes/budget-code";
import type { CalendarDate } from "../../core/deadlines/calendar-date";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { toIsoDate } from "../../core/deadlines/calendar-date";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import type { LetterSource } from "../../core/letter-reading/document";
import type { LetterItem } from "../../core/letter-reading/letter-items";
import type { LetterAssignment, LetterReading } from "../../core/letter-reading/types";
import { amountText } from "../amount-text";

const day = (d: CalendarDate, lang: Lang) => (lang === "nb" ? formatDateNorwegian(d) : toIsoDate(d));

/** "+1 000", "−1 000": a change always shows its sign. */
export function signedAmount(v: Decimal): string {
  return `${v.isPositive() && !v.isZero() ? "+" : ""}${amountText(v)}`;
}

/** The line beside the checkbox: "351/70 Tilskudd til likestilling: 57 625", "671/62 −1 000 → 858/01 +1 000". */
export function itemLabel(item: LetterItem): string {
  switch (item.kind) {
    case "allocation": {
      const a = item.allocation;
      return `${formatBudgetCode(a.code)}${a.name ? ` ${a.name}` : ""}: ${amountText(a.amount)}`;
    }
    case "change":
      return item.changes.map((c) => `${formatBudgetCode(c.code)} ${signedAmount(c.amount)}`).join(" → ");
    case "assignment":
      return `${item.assignment.id}${item.assignment.title ? ` ${item.assignment.title}` : ""}`;
  }
}

function deadlineLine(a: { deadline: CalendarDate | null; deadlineText: string | null }, revised: boolean, lang: Lang): string {
  if (a.deadline) return formatMessage(revised ? "UI-LR-NEW-DEADLINE" : "UI-LR-DEADLINE", { date: day(a.deadline, lang) }, lang);
  if (a.deadlineText) return formatMessage("UI-LR-DEADLINE-TEXT", { text: a.deadlineText }, lang);
  return formatMessage("UI-LR-NO-DEADLINE", {}, lang);
}

/** What an assignment says beside its title: deadline or status, other numbers, who answers for it. */
export function assignmentDetails(a: LetterAssignment, lang: Lang): string[] {
  const lines = [a.status === "closed" ? formatMessage("UI-LR-CLOSED", {}, lang) : deadlineLine(a, a.revised, lang)];
  if (a.otherIds.length > 0) lines.push(formatMessage("UI-LR-OTHER-IDS", { ids: a.otherIds.join(", ") }, lang));
  if (a.responsible) lines.push(formatMessage("UI-LR-RESPONSIBLE", { unit: a.responsible }, lang));
  return lines;
}

/** "Del 1: Utarbeide en milepælsplan … – Frist 30. september 2024". */
export function partLines(a: LetterAssignment, lang: Lang): string[] {
  return a.parts.map((p) => `${p.part}: ${p.title} – ${deadlineLine(p, false, lang)}`);
}

export function reportingLine(r: LetterReading["reporting"][number], lang: Lang): string {
  return `${r.what}: ${r.deadline ? day(r.deadline, lang) : (r.deadlineText ?? formatMessage("UI-LR-NO-DEADLINE", {}, lang))}`;
}

/** "avsnitt 12: «…»", "side 2, linje 5: «…»". */
export function sourceLine(s: LetterSource, lang: Lang): string {
  const where = formatMessage(s.page === undefined ? "LR-CLI-WHERE" : "LR-CLI-WHERE-PAGE", { page: s.page ?? 0, paragraph: s.paragraph }, lang);
  return formatMessage("UI-LR-SOURCE", { where, text: s.text.trim() }, lang);
}

/** "Beløp i 1 000 kr (utledet fra brevets tekst, se advarselen)." */
export function unitLine(reading: LetterReading, lang: Lang): string | null {
  if (!reading.unit) return null;
  const unit = formatMessage(`LR-CLI-UNIT-LABEL-${UNITS.indexOf(reading.unit)}`, {}, lang);
  const how = formatMessage(`LR-CLI-UNIT-${reading.unitSource.toUpperCase()}`, {}, lang);
  return formatMessage("UI-LR-UNIT", { unit, how }, lang);
}
