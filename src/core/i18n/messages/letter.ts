import type { MessageTable } from "../types";

// Letter tables (issue 7): the diagnostics of reading pasted rows and the Word pane's UI text.
// What goes into the letter itself (column titles, unit caption, kap./post lines, sentences) is
// not here: it is in the letter's language, src/core/letter/letter-language.ts.
export const letterMessages: MessageTable = {
  "LTR-TRANSFER-UNBALANCED": {
    nb: "Overføringen {transfer} summerer ikke til null (sum {sum}); setningene er skrevet hver for seg.",
    en: "The transfer {transfer} does not sum to zero (total {sum}); its sentences are written one by one.",
  },
  "LTR-PASTE-NOTHING": {
    nb: "Fant verken tabellrader (Kap/post og Endring) eller endringssetninger i teksten som ble limt inn.",
    en: "Found neither table rows (Kap/post and Endring) nor change sentences in the pasted text.",
  },
  "LTR-PASTE-ROW": {
    nb: "Raden «{text}» har verken endring eller både tildeling før og ny tildeling, og er ikke tatt med i tabellen.",
    en: "The row “{text}” has neither a change nor both the allocation before and the new allocation, and was left out of the table.",
  },
  "LTR-PASTE-ROW-CODE": {
    nb: "Raden «{text}» er ikke tatt med i tabellen: «{code}» er ikke en kap/post.",
    en: "The row “{text}” was left out of the table: “{code}” is not a budget code (kap/post).",
  },
  "LTR-PASTE-CELL-AMOUNT": {
    nb: "«{text}» i {cell} er ikke et beløp; cellen står tom i tabellen.",
    en: "“{text}” at {cell} is not an amount; the cell is left empty in the table.",
  },
  "LTR-PASTE-ROW-AFTER": {
    nb: "Raden «{text}» står under en tom rad, etter tabellen, og er ikke tatt med. Lim inn tabellen uten tomme rader.",
    en: "The row “{text}” comes after a blank row, below the table, and was left out. Paste the table without blank rows.",
  },
  "LTR-PASTE-TEXT-UNUSED": {
    nb: "Teksten «{text}» under tabellen hører ikke til noen kap./post-linje og er ikke tatt med. Setningene lages fra tabellen når «Sett inn setninger» er valgt.",
    en: "The text “{text}” below the table belongs to no chapter/post line and was left out. The sentences are made from the table when “Insert sentences” is chosen.",
  },
  "LTR-PASTE-ROW-UNREAD": {
    nb: "Raden «{text}» (linje {line}) kunne ikke leses som en endring og er ikke tatt med. Kopier tabellen med overskriftsraden (Kap/post, Endring), eller skriv endringen som en setning.",
    en: "The row “{text}” (line {line}) could not be read as a change and was left out. Copy the table with its header row (Kap/post, Endring), or write the change as a sentence.",
  },
  "LTR-PASTE-NO-ROWS": {
    nb: "Tabellen som ble limt inn, har overskrifter, men ingen rader som kan leses. Det er ingen tabell å sette inn.",
    en: "The pasted table has headers but no rows that can be read. There is no table to insert.",
  },
  "LTR-UNIT-ASSUMED": {
    nb: "Det som ble limt inn, sier ikke hvilken enhet beløpene har (ingen «Beløp i 1 000 kr» eller «(i 1 000 kr)» over tabellen eller i en kolonneoverskrift). Tabellen er satt opp i {unit}. Er beløpene i kroner eller mill. kr, velg under «{option}».",
    en: "What was pasted does not say which unit the amounts are in (no “Beløp i 1 000 kr” or “(i 1 000 kr)” above the table or in a column header). The table is set up in {unit}. If the amounts are in kroner or NOK million, choose under “{option}”.",
  },
  "LTR-NAMES-FROM-YEAR": {
    nb: "Navnene på kap./post-linjene er fra Gul bok {chartYear}.",
    en: "The names on the chapter/post lines are from Gul bok {chartYear}.",
  },
  "LTR-NAMES-FROM-TODAY": {
    nb: "Det som ble limt inn, nevner ikke budsjettåret; navnene på kap./post-linjene er fra Gul bok {chartYear} (inneværende år er {year}). Velg et annet år under «Budsjettår».",
    en: "What was pasted does not name the budget year; the names on the chapter/post lines are from Gul bok {chartYear} (the current year is {year}). Choose another year under “Budget year”.",
  },
  "LTR-NAME-NOT-IN-CHART": {
    nb: "Fant ikke {code} i Gul bok {chartYear}; kap./post-linjen står uten navn.",
    en: "{code} is not in Gul bok {chartYear}; its chapter/post line has no name.",
  },

  "UI-LETTER-LANGUAGE": { nb: "Brevets målform", en: "Language of letters" },
  "UI-LETTER-LANGUAGE-HINT": {
    nb: "Tabelltitler, enhet, kap./post-linjer og setninger i brevtabellen og i Word skrives på denne målformen, uansett hvilket språk Office har.",
    en: "Column titles, unit, chapter/post lines and sentences in the letter table and in Word are written in this form of Norwegian, whatever Office's language.",
  },
  "UI-LETTER-LANGUAGE-NB": { nb: "Bokmål", en: "Norwegian Bokmål" },
  "UI-LETTER-LANGUAGE-NN": { nb: "Nynorsk", en: "Norwegian Nynorsk" },
  "UI-WORD-UNIT": { nb: "Beløpene er i", en: "The amounts are in" },
  "UI-WORD-UNIT-AUTO": { nb: "Det som står i teksten", en: "What the text says" },
  "UI-WORD-YEAR": { nb: "Budsjettår", en: "Budget year" },
  "UI-WORD-YEAR-HINT": { nb: "Gir navnene på kap./post-linjene fra Gul bok.", en: "Gives the chapter/post lines their names from Gul bok." },
  "UI-WORD-YEAR-AUTO": { nb: "Fra teksten, ellers inneværende år", en: "From the text, else the current year" },
  "UI-WORD-TITLE": { nb: "Sett inn endringstabell", en: "Insert change table" },
  "UI-WORD-PASTE-LABEL": { nb: "Rader fra Excel eller endringer", en: "Rows from Excel or changes" },
  "UI-WORD-PASTE-HINT": {
    nb: "Kopier brevtabellen fra Excel (arket «Brevtabell»), eller lim inn endringer som «Tildelingen på kap. 351, post 70 økes med 1 mill. kroner».",
    en: "Copy the letter table from Excel (the “Brevtabell” sheet), or paste changes such as “Tildelingen på kap. 351, post 70 økes med 1 mill. kroner”.",
  },
  "UI-WORD-PREVIEW": { nb: "Forhåndsvisning", en: "Preview" },
  "UI-WORD-PREVIEW-EMPTY": { nb: "Lim inn rader for å se tabellen her.", en: "Paste rows to see the table here." },
  "UI-WORD-OPT-SENTENCES": { nb: "Sett inn setninger", en: "Insert sentences" },
  "UI-WORD-OPT-BLOCKS": { nb: "Sett inn kap./post-linjer under tabellen", en: "Insert chapter/post lines below the table" },
  "UI-WORD-OPT-CAPTION": { nb: "Sett inn beløpsenhet over tabellen", en: "Insert the amount unit above the table" },
  "UI-WORD-PROBLEMS": { nb: "Merknader til det som ble limt inn", en: "Notes on what was pasted" },
  "UI-WORD-INSERT": { nb: "Sett inn endringstabell", en: "Insert change table" },
  "UI-WORD-INSERTING": { nb: "Setter inn …", en: "Inserting …" },
  "UI-WORD-INSERTED": { nb: "Tabellen er satt inn ved markøren.", en: "The table was inserted at the cursor." },
  "UI-WORD-INSERT-FAILED": { nb: "Kunne ikke sette inn tabellen: {text}", en: "Could not insert the table: {text}" },
  "UI-WORD-TAGLINE": { nb: "Tildeling: endringstabellen fra Excel, klar for brevet", en: "Tildeling: the change table from Excel, ready for the letter" },
  "UI-WORD-TOO-OLD-TITLE": { nb: "Denne Word-versjonen er for gammel", en: "This version of Word is too old" },
  "UI-WORD-NEEDS-API": {
    nb: "Den kan ikke sette inn tabeller fra tillegg. Oppdater Word (Fil > Konto > Oppdateringsalternativer), eller bruk Word på nettet. Forhåndsvisningen virker likevel, og du kan kopiere tabellen fra Excel.",
    en: "It cannot insert tables from add-ins. Update Word (File > Account > Update Options), or use Word on the web. The preview still works, and you can copy the table from Excel.",
  },
  "UI-LETTER-TITLE": { nb: "Til brevet", en: "For the letter" },
  "UI-LETTER-INTRO": {
    nb: "«Lag brevtabell» skriver tabellen klar for brevet på arket «Brevtabell», som erstattes hver gang. «Kopier til brev» legger den på utklippstavlen.",
    en: "“Make letter table” writes the table, ready for the letter, on the “Brevtabell” sheet, which is replaced each time. “Copy for letter” puts it on the clipboard.",
  },
  "UI-LETTER-EMPTY": {
    nb: "Ingen endring traff en tildelingslinje, så det er ingen brevtabell å lage.",
    en: "No change matched an allocation line, so there is no letter table to make.",
  },
  "UI-LETTER-HEADER-CODE": { nb: "Kolonnetittel: kap/post", en: "Column title: kap/post" },
  "UI-LETTER-HEADER-BEFORE": { nb: "Kolonnetittel: tildeling før", en: "Column title: allocation before" },
  "UI-LETTER-HEADER-CHANGE": { nb: "Kolonnetittel: endring", en: "Column title: change" },
  "UI-LETTER-HEADER-AFTER": { nb: "Kolonnetittel: ny tildeling", en: "Column title: new allocation" },
  "UI-LETTER-OPT-BLOCKS": { nb: "Kap./post-linjer under tabellen", en: "Chapter/post lines below the table" },
  "UI-LETTER-OPT-SENTENCES": { nb: "Setninger under tabellen", en: "Sentences below the table" },
  "UI-LETTER-WRITTEN": {
    nb: "Skrev brevtabellen med {count|linje|linjer} til {address}. Marker og kopier den inn i brevet.",
    en: "Wrote the letter table with {count|line|lines} to {address}. Select it and copy it into the letter.",
  },
  "UI-LETTER-WRITTEN-ONE": {
    nb: "Skrev brevtabellen med 1 linje til {address}. Marker og kopier den inn i brevet.",
    en: "Wrote the letter table with 1 line to {address}. Select it and copy it into the letter.",
  },
  "UI-LETTER-WRITTEN-NONE": {
    nb: "Skrev ingen brevtabell: ingen endring traff en tildelingslinje.",
    en: "Wrote no letter table: no change matched an allocation line.",
  },
  "UI-LETTER-MAKE": { nb: "Lag brevtabell", en: "Make letter table" },
  "UI-LETTER-COPY": { nb: "Kopier til brev", en: "Copy for letter" },
  "UI-LETTER-COPIED": { nb: "Tabellen er kopiert. Lim den inn i Word eller Outlook.", en: "The table was copied. Paste it into Word or Outlook." },
  "UI-LETTER-COPY-FAILED": {
    nb: "Kunne ikke kopiere til utklippstavlen. Marker tabellen på arket «Brevtabell» og kopier den selv.",
    en: "Could not copy to the clipboard. Select the table on the “Brevtabell” sheet and copy it yourself.",
  },
};
