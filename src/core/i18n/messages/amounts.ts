import type { MessageTable } from "../types";

// Amounts (src/core/amounts). Every key is a stable diagnostic code or a UI label; {text} is the
// text as written.
//
// AMT-EMPTY         error    the cell or text is empty
// AMT-TEXT          error    not an amount at all (`ca. tusen`, `TRUE`, `økes`)
// AMT-SEPARATORS    error    digits, but the spaces/points/commas are not thousands groups (`12 34`, `1,2,3`)
// AMT-TWO-AMOUNTS   error    more than one number in one cell (`1 000 / 2 000`)
// AMT-UNIT          error    words after the number that are no unit we know (`100 euro`)
// AMT-DATE          error    a number with a date format in an amount cell
// AMT-PERCENT       error    a number with a percent format in an amount cell
// AMT-DASH          warning  a lone dash, the tables' "nothing here"; the reader decides if it means 0
export const amountMessages: MessageTable = {
  "AMT-EMPTY": {
    nb: "Beløpet mangler: cellen er tom.",
    en: "The amount is missing: the cell is empty.",
  },
  "AMT-TEXT": {
    nb: "«{text}» er ikke et beløp.",
    en: "“{text}” is not an amount.",
  },
  "AMT-SEPARATORS": {
    nb: "«{text}» er ikke et beløp: mellomrom, punktum eller komma står på feil sted (skriv for eksempel 57 625 eller 1,5).",
    en: "“{text}” is not an amount: spaces, points or commas are in the wrong place (write, for example, 57 625 or 1,5).",
  },
  "AMT-TWO-AMOUNTS": {
    nb: "«{text}» inneholder mer enn ett beløp; skriv ett beløp per celle.",
    en: "“{text}” holds more than one amount; write one amount per cell.",
  },
  "AMT-UNIT": {
    nb: "«{text}»: «{unit}» er ingen beløpsenhet (kr, 1 000 kr eller mill. kr).",
    en: "“{text}”: “{unit}” is not an amount unit (kr, 1 000 kr or mill. kr).",
  },
  "AMT-DATE": {
    nb: "«{text}» er formatert som en dato ({format}), ikke som et beløp.",
    en: "“{text}” is formatted as a date ({format}), not as an amount.",
  },
  "AMT-PERCENT": {
    nb: "«{text}» er formatert som prosent ({format}), ikke som et beløp.",
    en: "“{text}” is formatted as a percentage ({format}), not as an amount.",
  },
  "AMT-DASH": {
    nb: "«{text}» står for «ingen beløp»; skriv 0 hvis beløpet er null.",
    en: "“{text}” stands for “no amount”; write 0 if the amount is zero.",
  },
  "AMT-UNIT-LABEL-KR": { nb: "Beløp i kroner", en: "Amounts in NOK" },
  "AMT-UNIT-LABEL-1000": { nb: "Beløp i 1 000 kr", en: "Amounts in NOK 1,000" },
  "AMT-UNIT-LABEL-MILL": { nb: "Beløp i mill. kr", en: "Amounts in NOK million" },
  "AMT-UNIT-LABEL-MRD": { nb: "Beløp i mrd. kr", en: "Amounts in NOK billion" },
};
