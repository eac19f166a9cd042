import type { MessageTable } from "../types";

// Reading a whole letter (tildeling read-letter, "Les inn fra brev"): what could not be read, and
// every guess that can change a number. {where} is the line or paragraph, {text} the words quoted.
export const letterReadingMessages: MessageTable = {
  "LR-ROW-UNREAD": {
    nb: "Tabellraden (linje {where}) begynner med en kap/post, men beløpene kan ikke leses: «{text}». Raden er ikke tatt med.",
    en: "The table row (line {where}) starts with a kap/post but its amounts cannot be read: “{text}”. The row was left out.",
  },
  "LR-ROW-AMBIGUOUS": {
    nb: "Tabellraden (linje {where}) kan deles i beløp på flere måter, og ingen av dem stemmer alene: «{text}». Raden er ikke tatt med; skriv beløpene i egne celler.",
    en: "The table row (line {where}) can be split into amounts in more than one way and none fits alone: “{text}”. The row was left out; put the amounts in cells of their own.",
  },
  "LR-ROW-ARITHMETIC": {
    nb: "Raden for {code} går ikke opp: tildeling før pluss endring er ikke ny tildeling («{text}»).",
    en: "The row for {code} does not add up: before plus change is not the new allocation (“{text}”).",
  },
  "LR-SUM-MISMATCH": {
    nb: "Summen {sum} stemmer ikke med linjene over ({lines}): «{text}».",
    en: "The total {sum} does not match the lines above it ({lines}): “{text}”.",
  },
  "LR-UNIT-INFERRED": {
    nb: "Brevet oppgir ikke hvilken enhet tabellen er i. Lest som {unit}, fordi tabellen og teksten da gir samme beløp ({evidence}). Velg en annen {choose:letter-unit}.",
    en: "The letter does not state the table's unit. Read as {unit}, because the table and the text then give the same amount ({evidence}). Choose another {choose:letter-unit}.",
  },
  "LR-UNIT-ASSUMED": {
    nb: "Brevet oppgir ikke hvilken enhet tabellen er i, og teksten sier det ikke heller. Lest som {unit}, som tildelingsbrevs tabeller vanligvis er. Velg en annen {choose:letter-unit}.",
    en: "Neither the letter nor its text states the table's unit. Read as {unit}, as allocation letters' tables usually are. Choose another {choose:letter-unit}.",
  },
  "LR-TABLE-TEXT-DIFFER": {
    nb: "Tabellen og teksten sier ulike endringer for {code}: {table} i tabellen, {inText} i teksten («{text}»). Tabellens beløp er brukt; sjekk brevet.",
    en: "The table and the text state different changes for {code}: {table} in the table, {inText} in the text. The table's amount was used; check the letter.",
  },
  "LR-SAME-AS-CHANGE": {
    nb: "Setningen nevner et beløp for {code} som allerede er lest som en endring; det er ikke talt to ganger: «{text}».",
    en: "The sentence names an amount for {code} that was already read as a change; it was not counted twice: “{text}”.",
  },
  "LR-AMOUNT-NOT-READ": {
    nb: "Setningen nevner et beløp og {code}, men er ikke lest som en endring: «{text}». Legg den inn for hånd hvis den endrer tildelingen.",
    en: "The sentence names an amount and {code} but was not read as a change: “{text}”. Enter it by hand if it changes the allocation.",
  },
  "LR-TRANSFER-UNBALANCED": {
    nb: "Omdisponeringen {group} går ikke i null (summen er {total}).",
    en: "The transfer {group} does not sum to zero (the sum is {total}).",
  },
  "LR-DEADLINE-UNREAD": {
    nb: "Fristen for oppdrag {id} kan ikke leses som en dato: «{text}».",
    en: "The deadline of assignment {id} cannot be read as a date: “{text}”.",
  },
  "LR-NO-TEXT-PDF": {
    nb: "PDF-filen har ingen tekst å lese (den er trolig skannet). Kjør tekstgjenkjenning (OCR) på den først, eller bruk brevet som Word-fil.",
    en: "The PDF has no text to read (it is probably scanned). Run text recognition (OCR) on it first, or use the letter as a Word file.",
  },
  "LR-FILE-TYPE": {
    nb: "«{file}» kan ikke leses som et brev: bruk .docx, .pdf, .txt eller .md.",
    en: "“{file}” cannot be read as a letter: use .docx, .pdf, .txt or .md.",
  },
  "LR-FILE-DAMAGED": {
    nb: "«{file}» kan ikke åpnes: {reason}",
    en: "“{file}” cannot be opened: {reason}",
  },
  "LR-NOTHING-FOUND": {
    nb: "Fant ingen tildelinger, endringer eller oppdrag i brevet.",
    en: "Found no allocations, changes or assignments in the letter.",
  },

  "LR-YEAR-CHOSEN": {
    nb: "Brevet nevner flere budsjettår ({others} og {year}); {year} er lest som brevets år (for datoer uten år og arkenes tittel). Er det feil, velg året {choose:letter-year}.",
    en: "The letter names several budget years ({others} and {year}); {year} was read as the letter's year (for dates without a year and the sheets' title). If it is wrong, choose the year {choose:letter-year}.",
  },
  "LR-CLI-HEAD": { nb: "Brev: {file}. Beløp i {unit} ({source}).", en: "Letter: {file}. Amounts in {unit} ({source})." },
  "LR-CLI-UNIT-LABEL-0": { nb: "kroner", en: "kroner" },
  "LR-CLI-UNIT-LABEL-1": { nb: "1 000 kr", en: "NOK 1,000" },
  "LR-CLI-UNIT-LABEL-2": { nb: "mill. kr", en: "NOK million" },
  "LR-CLI-UNIT-LABEL-3": { nb: "mrd. kr", en: "NOK billion" },
  "LR-CLI-UNIT-OPTION": { nb: "valgt {choose:letter-unit}", en: "chosen {choose:letter-unit}" },
  "LR-CLI-UNIT-TABLE-CAPTION": { nb: "fra tabellens overskrift", en: "from the table's caption" },
  "LR-CLI-UNIT-LETTER": { nb: "oppgitt i brevet", en: "stated in the letter" },
  "LR-CLI-UNIT-INFERRED": { nb: "utledet fra brevets tekst, se advarselen", en: "inferred from the letter's text, see the warning" },
  "LR-CLI-UNIT-DEFAULT": { nb: "ikke oppgitt, antatt", en: "not stated, assumed" },
  "LR-CLI-ALLOCATIONS": { nb: "Tildelinger ({count}):", en: "Allocations ({count}):" },
  "LR-CLI-CHANGES": { nb: "Endringer ({count}):", en: "Changes ({count}):" },
  "LR-CLI-ASSIGNMENTS": { nb: "Oppdrag ({count}):", en: "Assignments ({count}):" },
  "LR-CLI-REPORTING": { nb: "Rapporteringsfrister ({count}):", en: "Reporting deadlines ({count}):" },
  "LR-CLI-WHERE": { nb: "avsnitt {paragraph}", en: "paragraph {paragraph}" },
  "LR-CLI-WHERE-PAGE": { nb: "side {page}, linje {paragraph}", en: "page {page}, line {paragraph}" },
  "LR-CLI-NO-DEADLINE": { nb: "ingen frist", en: "no deadline" },
  "LR-CLI-OPEN": { nb: "åpent", en: "open" },
  "LR-CLI-REVISED": { nb: "åpent, ny frist", en: "open, new deadline" },
  "LR-CLI-CLOSED": { nb: "avsluttet", en: "closed" },
  "LR-CLI-WROTE": { nb: "Skrev arkene Tildeling, Endringer og Oppdrag til {file}.", en: "Wrote the sheets Tildeling, Endringer and Oppdrag to {file}." },
};
