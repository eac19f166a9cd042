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
    nb: "Tabellen i {cell} sier ikke hvilken enhet beløpene har (ikke i kolonneoverskriften, ikke i en linje rett over eller under den, ikke i arktittelen); de er lest som {unit}. Er de i kr, 1000 kr eller mill. kr? Velg med {option}.",
    en: "The table at {cell} does not say which unit its amounts are in (not in the column header, not in a line just above or under it, not in the sheet title); they are read as {unit}. Are they in kr, 1000 kr or mill. kr? Choose with {option}.",
  },
  "ALLOC-UNIT-CONFLICT": {
    nb: "Arket sier {found} («{text}» i {where}), men du valgte {unit}; beløpene er lest som {unit}.",
    en: "The sheet says {found} (“{text}” at {where}), but you chose {unit}; the amounts are read as {unit}.",
  },
  "UNIT-EVIDENCE-OVERRULED": {
    nb: "Beløpene er lest som {unit} etter «{text}» i {where}, men «{otherText}» i {otherWhere} sier {other}. Er det feil, velg enhet med {option}.",
    en: "The amounts are read as {unit} from “{text}” at {where}, but “{otherText}” at {otherWhere} says {other}. If that is wrong, choose the unit with {option}.",
  },
  "ALLOC-CHAPTER-FROM-TITLE": {
    nb: "Tabellen har bare poster; kapittelet er {chapter}, som tittelen «{text}» sier.",
    en: "The table has posts only; the chapter is {chapter}, as the title “{text}” says.",
  },
  "ALLOC-CHAPTER-MISSING": {
    nb: "Tabellen i {cell} har en postkolonne, men ingen kapittelkolonne, og tittelen nevner ikke ett kapittel («Kap. 351 ...»). Tabellen er ikke lest.",
    en: "The table at {cell} has a post column but no chapter column, and its title names no single chapter (“Kap. 351 ...”). The table is not read.",
  },
  "SHEET-CHOSEN-BY-YEAR": {
    nb: "Tildelingen er lest fra arket «{sheet}», som gjelder budsjettåret {year} (arbeidsboken har også {others}).",
    en: "The allocation is read from the sheet “{sheet}”, which is for the budget year {year} (the workbook also has {others}).",
  },
  "SHEET-CHOSEN": {
    nb: "Arbeidsboken har flere tildelingsark; tildelingen er lest fra «{sheet}» (de andre: {others}). Velg et annet ark eller budsjettåret {choose:sheet-or-year}.",
    en: "The workbook has several allocation sheets; the allocation is read from “{sheet}” (the others: {others}). Choose another sheet or the budget year {choose:sheet-or-year}.",
  },
  "UNIT-EVIDENCE-CONFLICT": {
    nb: "Arket sier to enheter: «{text}» i {where} ({unit}) og «{otherText}» i {otherWhere} ({other}). Tabellen er ikke lest; velg enhet med {option}.",
    en: "The sheet states two units: “{text}” at {where} ({unit}) and “{otherText}” at {otherWhere} ({other}). The table is not read; choose the unit with {option}.",
  },
  "UNIT-FROM-TABLE-ABOVE": {
    nb: "Tabellen i {cell} sier ikke hvilken enhet beløpene har; de er lest som {unit}, som tabellen over. Er det feil, velg enhet med {option}.",
    en: "The table at {cell} does not say which unit its amounts are in; they are read as {unit}, like the table above. If that is wrong, choose the unit with {option}.",
  },
  "CHG-UNIT-FROM-ALLOCATION": {
    nb: "Endringslisten i {cell} sier ikke hvilken enhet beløpene har; de er lest som {unit}, tildelingens enhet. Er det feil, velg enhet med {option}.",
    en: "The change list at {cell} does not say which unit its amounts are in; they are read as {unit}, the allocation's unit. If that is wrong, choose the unit with {option}.",
  },
  "ALLOC-UNIT-CONVERTED": {
    nb: "Tabellen i {cell} er i {from}; beløpene er regnet om til {to}.",
    en: "The table at {cell} is in {from}; its amounts are converted to {to}.",
  },
  "ALLOC-AMOUNT-COLUMN": {
    nb: "Beløpene er lest fra kolonnen «{column}» ({why}); arket har også {others}. Velg en annen {choose:amount-column}.",
    en: "The amounts are read from the column “{column}” ({why}); the sheet also has {others}. Choose another {choose:amount-column}.",
  },
  "ALLOC-AMOUNT-COLUMN-WHY-FIRST": { nb: "den første beløpskolonnen", en: "the first amount column" },
  "ALLOC-AMOUNT-COLUMN-WHY-YEAR": { nb: "den gjelder budsjettåret {year}", en: "it is for the budget year {year}" },
  "ALLOC-AMOUNT-COLUMN-WHY-CURRENT": { nb: "samlet tildeling går foran opprinnelig", en: "the current total comes before the original" },
  "ALLOC-AMOUNT-COLUMN-WHY-VISIBLE": { nb: "de andre er skjult", en: "the others are hidden" },
  "ALLOC-AMOUNT-COLUMN-WHY-ACCOUNTS": { nb: "regnskap er ikke en tildeling", en: "accounts are not an allocation" },
  "ALLOC-AMOUNT-COLUMN-WHY-BEFORE": { nb: "tildelingen før endringen", en: "the allocation before the change" },
  "ALLOC-AMOUNT-COLUMN-CHOSEN": {
    nb: "Beløpene er lest fra kolonnen «{column}», som du valgte.",
    en: "The amounts are read from the column “{column}”, as you chose.",
  },
  "ALLOC-AMOUNT-COLUMN-HIDDEN": {
    nb: "Kolonnen «{column}» er skjult; beløpene er lest fra den synlige kolonnen «{used}».",
    en: "The column “{column}” is hidden; the amounts are read from the visible column “{used}”.",
  },
  "ALLOC-AMOUNT-COLUMN-MISSING": {
    nb: "Tabellen i {cell} har ingen beløpskolonne (som «Tildeling», «Beløp» eller «Sum»).",
    en: "The table at {cell} has no amount column (such as “Tildeling”, “Beløp” or “Sum”).",
  },
  "ALLOC-AMOUNT-COLUMN-UNKNOWN": {
    nb: "Fant ingen kolonne «{column}» i tabellen i {cell}; tabellen er ikke lest. Kolonnene er {columns}.",
    en: "Found no column “{column}” in the table at {cell}; the table is not read. Its columns are {columns}.",
  },
  "ALLOC-AMOUNT-UNIT": {
    nb: "Beløpet {text} er i {from}, tabellen i {to}; det er regnet om.",
    en: "The amount {text} is in {from} and the table in {to}; it has been converted.",
  },
};
