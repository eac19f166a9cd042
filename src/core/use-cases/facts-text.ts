// The facts of a result in one or two sentences, for every face: "Kontrollert mot Gul bok 2024
// (fra arktittelen)." and "Beløp fra kolonnen «Tildeling» (Tildeling!C3), i 1 000 kr (fra teksten over tabellen)."
import { type Lang, formatMessage } from "../i18n/catalog";
import type { FactSource, ReportFacts } from "./facts";

export function factSourceText(source: FactSource, lang: Lang): string {
  return formatMessage(`FACT-SOURCE-${source}`, {}, lang);
}

/** "Kontrollert mot Gul bok 2024 (fra arktittelen)."; null when no year was decided (nothing was read). */
export function chartFactText(facts: ReportFacts, lang: Lang): string | null {
  if (facts.budgetYear === null) return null;
  const source = factSourceText(facts.yearSource, lang);
  if (facts.chartYear === null) return formatMessage("FACTS-NO-CHART", { year: facts.budgetYear, source }, lang);
  const key = facts.chartYear === facts.budgetYear ? "FACTS-CHECKED" : "FACTS-CHECKED-OTHER";
  return formatMessage(key, { chartYear: facts.chartYear, year: facts.budgetYear, source }, lang);
}

/** "Beløp fra kolonnen «Tildeling» (Tildeling!C3), i 1 000 kr (fra teksten over tabellen)."; null when no amount column was read. */
export function amountFactText(facts: ReportFacts, lang: Lang): string | null {
  if (!facts.amountColumn || facts.unit === null) return null;
  const { header, cell } = facts.amountColumn;
  return formatMessage("FACTS-AMOUNTS", { header, cell, unit: formatMessage(`FACT-UNIT-${facts.unit}`, {}, lang), source: factSourceText(facts.unitSource, lang) }, lang);
}

/** Both, on one line. */
export function factsLine(facts: ReportFacts, lang: Lang): string | null {
  const parts = [chartFactText(facts, lang), amountFactText(facts, lang)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(" ") : null;
}
