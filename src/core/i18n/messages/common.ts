import type { MessageTable } from "../types";

// Messages shared by every reader: cells and sheets.
export const commonMessages: MessageTable = {
  "CELL-ERROR": {
    nb: "Cellen inneholder Excel-feilen {text}.",
    en: "The cell holds the Excel error {text}.",
  },
  "SHEET-EMPTY": {
    nb: "Arket «{sheet}» er tomt.",
    en: "The sheet “{sheet}” is empty.",
  },
  "HEADER-NOT-FOUND": {
    nb: "Fant ingen overskriftsrad med {expected} i arket «{sheet}».",
    en: "Found no header row with {expected} in the sheet “{sheet}”.",
  },
  "HEADER-INFERRED": {
    nb: "Arket «{sheet}» har ingen overskriftsrad med {expected}; kolonnene er tolket ut fra verdiene: {mapping}. Sett inn en overskriftsrad hvis dette er feil.",
    en: "The sheet “{sheet}” has no header row with {expected}; the columns are read from their values: {mapping}. Add a header row if this is wrong.",
  },
};
