import type { MessageTable } from "../types";

// The reference chart (src/core/chart) and codes checked against it. {code} is the canonical code
// (351/70), {year} the Gul bok year, {source} a workbook chart's sheet, {suggestions} nearby codes.
//
// KP-NOT-IN-CHART           warning  a valid code that is not in that year's Gul bok (with suggestions)
// KP-NOT-IN-CHART-BARE      warning  the same, when the chart has nothing near it
// KP-NOT-IN-OWN-CHART       warning  a valid code that is not in the workbook's own chart
// KP-NOT-IN-OWN-CHART-BARE  warning  the same, with nothing near it
// CHART-NO-YEAR             error    no built-in Gul bok for the requested year
// CHART-ROW                 error    a row of a workbook's own chart that could not be read ({reason})
// CHART-DUPLICATE           warning  a code listed twice in a workbook's own chart; the first row counts
// CHART-EMPTY               error    a sheet meant as a chart lists no kap/post
export const chartMessages: MessageTable = {
  "KP-NOT-IN-CHART": {
    nb: "Kap/post {code} finnes ikke i Gul bok {year}. Mente du {suggestions}?",
    en: "Budget code {code} is not in the {year} Yellow Book. Did you mean {suggestions}?",
  },
  "KP-NOT-IN-CHART-BARE": {
    nb: "Kap/post {code} finnes ikke i Gul bok {year}.",
    en: "Budget code {code} is not in the {year} Yellow Book.",
  },
  "KP-NOT-IN-OWN-CHART": {
    nb: "Kap/post {code} står ikke i listen over kap/post i «{source}». Mente du {suggestions}?",
    en: "Budget code {code} is not in the chart in “{source}”. Did you mean {suggestions}?",
  },
  "KP-NOT-IN-OWN-CHART-BARE": {
    nb: "Kap/post {code} står ikke i listen over kap/post i «{source}».",
    en: "Budget code {code} is not in the chart in “{source}”.",
  },
  "CHART-NO-YEAR": {
    nb: "Tillegget har ingen Gul bok for {year} (har {years}).",
    en: "The add-in has no Yellow Book for {year} (it has {years}).",
  },
  "CHART-ROW": {
    nb: "Raden i listen over kap/post kunne ikke leses: {reason}",
    en: "The chart row could not be read: {reason}",
  },
  "CHART-DUPLICATE": {
    nb: "Kap/post {code} står to ganger i listen over kap/post; den første raden ({first}) gjelder.",
    en: "Budget code {code} is listed twice in the chart; the first row ({first}) counts.",
  },
  "CHART-EMPTY": {
    nb: "Arket «{sheet}» har ingen kap/post å kontrollere mot.",
    en: "The sheet “{sheet}” has no budget codes to use as a chart.",
  },
};
