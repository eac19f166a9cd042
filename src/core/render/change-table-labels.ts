// Column labels and amount cells shared by the change-table renderers, so text, HTML and every
// face print the same words and the same numbers.
import type Decimal from "decimal.js";
import { type FormatAmountOptions, formatAmount } from "../amounts/format-amount";
import { type Lang, formatMessage } from "../i18n/catalog";

export interface ChangeTableLabels {
  readonly code: string;
  readonly before: string;
  readonly change: string;
  readonly after: string;
  readonly chapter: string;
  readonly post: string;
  readonly total: string;
}

export function changeTableLabels(lang: Lang = "nb", overrides: Partial<ChangeTableLabels> = {}): ChangeTableLabels {
  return {
    code: formatMessage("CHG-LABEL-CODE", {}, lang),
    before: formatMessage("CHG-LABEL-BEFORE", {}, lang),
    change: formatMessage("CHG-LABEL-CHANGE", {}, lang),
    after: formatMessage("CHG-LABEL-AFTER", {}, lang),
    chapter: formatMessage("CHG-LABEL-CHAPTER", {}, lang),
    post: formatMessage("CHG-LABEL-POST", {}, lang),
    total: formatMessage("CHG-LABEL-TOTAL", {}, lang),
    ...overrides,
  };
}

export function chapterTotalLabel(chapter: number, lang: Lang = "nb"): string {
  return formatMessage("CHG-LABEL-CHAPTER-TOTAL", { chapter }, lang);
}

/** An amount cell: empty for "unknown" (the before of a new line). */
export function amountCell(value: Decimal | null, options: FormatAmountOptions): string {
  return value === null ? "" : formatAmount(value, options);
}
