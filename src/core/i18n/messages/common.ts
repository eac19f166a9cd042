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
};
