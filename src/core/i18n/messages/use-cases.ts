import type { MessageTable } from "../types";

// What the use cases say about the facts a result was computed from.
export const useCaseMessages: MessageTable = {
  "USE-YEAR-ASSUMED": {
    nb: "Fant ikke budsjettåret i arket eller filnavnet; kap/post er sjekket mot Gul bok {chartYear} (inneværende år, {year}). Velg et annet år {choose:year}.",
    en: "Found no budget year in the sheet or the file name; codes were checked against Gul bok {chartYear} (the current year, {year}). Choose another year {choose:year}.",
  },
  "FACTS-CHECKED": { nb: "Kontrollert mot Gul bok {chartYear} ({source}).", en: "Checked against Gul bok {chartYear} ({source})." },
  "FACTS-CHECKED-OTHER": {
    nb: "Kontrollert mot Gul bok {chartYear} for budsjettåret {year} ({source}).",
    en: "Checked against Gul bok {chartYear} for the budget year {year} ({source}).",
  },
  "FACTS-NO-CHART": { nb: "Ikke kontrollert mot Gul bok (budsjettår {year}, {source}).", en: "Not checked against Gul bok (budget year {year}, {source})." },
  "FACTS-AMOUNTS": {
    nb: "Beløp fra kolonnen «{header}» ({cell}), i {unit} ({source}).",
    en: "Amounts from the column “{header}” ({cell}), in {unit} ({source}).",
  },
  "FACT-UNIT-kr": { nb: "kroner", en: "NOK" },
  "FACT-UNIT-1000 kr": { nb: "1\u00a0000 kr", en: "NOK 1,000" },
  "FACT-UNIT-mill. kr": { nb: "mill. kr", en: "NOK million" },
  "FACT-SOURCE-option": { nb: "valgt", en: "chosen" },
  "FACT-SOURCE-setting": { nb: "fra Innstillinger", en: "from Settings" },
  "FACT-SOURCE-header": { nb: "fra kolonneoverskriften", en: "from the column header" },
  "FACT-SOURCE-caption": { nb: "fra teksten over tabellen", en: "from the caption" },
  "FACT-SOURCE-title": { nb: "fra arktittelen", en: "from the sheet title" },
  "FACT-SOURCE-file-name": { nb: "fra filnavnet", en: "from the file name" },
  "FACT-SOURCE-allocation": { nb: "som tildelingen", en: "as the allocation" },
  "FACT-SOURCE-only-one": { nb: "den eneste", en: "the only one" },
  "FACT-SOURCE-inferred": { nb: "utledet fra verdiene", en: "inferred from the values" },
  "FACT-SOURCE-default": { nb: "standard", en: "default" },
  "FACT-SOURCE-today": { nb: "inneværende år", en: "the current year" },
};
