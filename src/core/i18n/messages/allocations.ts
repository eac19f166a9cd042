import type { MessageTable } from "../types";

// Messages of the allocation sheet reader (ALLOC-).
export const allocationMessages: MessageTable = {
  "ALLOC-AMOUNT-MISSING": {
    nb: "{code} har ikke noe beløp i kolonnen «{column}».",
    en: "{code} has no amount in the column “{column}”.",
  },
  "ALLOC-CODE-MISSING": {
    nb: "Raden har beløpet {text}, men ingen kap/post.",
    en: "The row has the amount {text} but no budget code (kap/post).",
  },
  "ALLOC-NEGATIVE": {
    nb: "Negativ tildeling på {code}: {amount}. Et tildelingsbrev gir ikke negative beløp.",
    en: "Negative allocation on {code}: {amount}. An allocation letter does not give negative amounts.",
  },
  "ALLOC-TOTAL-ROW": {
    nb: "Summeringsraden «{text}» er ikke lest som en linje; den stemmer med linjene ({computed}).",
    en: "The sum row “{text}” is not read as a line; it agrees with the lines ({computed}).",
  },
  "ALLOC-TOTAL-MISMATCH": {
    nb: "Summeringsraden «{text}» viser {shown}, men linjene summerer til {computed}.",
    en: "The sum row “{text}” shows {shown}, but the lines add up to {computed}.",
  },
  "ALLOC-NOTE-ROW": {
    nb: "Raden er ikke lest som en linje fordi den verken har kap/post eller beløp: «{text}».",
    en: "The row is not read as a line because it has neither a budget code nor an amount: “{text}”.",
  },
  "ALLOC-ROW-ABOVE-TABLE": {
    nb: "Raden over tabellen er ikke lest som en linje: «{text}».",
    en: "The row above the table is not read as a line: “{text}”.",
  },
  "ALLOC-UNIT-ASSUMED": {
    nb: "Tabellen i {cell} sier ikke hvilken enhet beløpene har; de er lest som {unit}.",
    en: "The table at {cell} does not say which unit its amounts are in; they are read as {unit}.",
  },
  "ALLOC-UNIT-CONFLICT": {
    nb: "Tabellen sier {found}, men du valgte {unit}; beløpene er lest som {unit}.",
    en: "The table says {found}, but you chose {unit}; the amounts are read as {unit}.",
  },
  "ALLOC-UNIT-CONVERTED": {
    nb: "Tabellen i {cell} er i {from}; beløpene er regnet om til {to}.",
    en: "The table at {cell} is in {from}; its amounts are converted to {to}.",
  },
  "ALLOC-AMOUNT-COLUMN": {
    nb: "Beløpene er lest fra kolonnen «{column}» (arket har også {others}).",
    en: "The amounts are read from the column “{column}” (the sheet also has {others}).",
  },
  "ALLOC-AMOUNT-COLUMN-MISSING": {
    nb: "Tabellen i {cell} har ingen beløpskolonne (som «Tildeling», «Beløp» eller «Sum»).",
    en: "The table at {cell} has no amount column (such as “Tildeling”, “Beløp” or “Sum”).",
  },
  "ALLOC-AMOUNT-COLUMN-UNKNOWN": {
    nb: "Fant ingen kolonne «{column}»; beløpene er lest fra «{used}».",
    en: "Found no column “{column}”; the amounts are read from “{used}”.",
  },
  "ALLOC-AMOUNT-UNIT": {
    nb: "Beløpet {text} er i {from}, tabellen i {to}; det er regnet om.",
    en: "The amount {text} is in {from} and the table in {to}; it has been converted.",
  },
};
