import type { MessageTable } from "../types";

// Letter tables (issue 7): the words a letter's change table and sentences are written with,
// the diagnostics of reading pasted rows, and the Word pane's UI text.
// Letter text keys (LTR-SENT-*, LTR-BLOCK-*; the column words are the change table's CHG-LABEL-*) are what goes into the letter itself.
export const letterMessages: MessageTable = {
  "LTR-BLOCK-CHAPTER": { nb: "Kap. {chapter} {name}", en: "Chapter {chapter} {name}" },
  "LTR-BLOCK-POST": { nb: "Post {post} {name}", en: "Post {post} {name}" },
  "LTR-SENT-UP": {
    nb: "Tildelingen på kap. {chapter}, post {post} økes med {amount}.",
    en: "The allocation on chapter {chapter}, post {post} is increased by {amount}.",
  },
  "LTR-SENT-DOWN": {
    nb: "Tildelingen på kap. {chapter}, post {post} reduseres med {amount}.",
    en: "The allocation on chapter {chapter}, post {post} is reduced by {amount}.",
  },
  "LTR-SENT-ZERO": {
    nb: "Tildelingen på kap. {chapter}, post {post} er uendret.",
    en: "The allocation on chapter {chapter}, post {post} is unchanged.",
  },
  "LTR-SENT-TRANSFER": {
    nb: "Tildelingen på {from} reduseres med {amount} mot en tilsvarende økning på {to}.",
    en: "The allocation on {from} is reduced by {amount} against a corresponding increase on {to}.",
  },
  "LTR-SENT-TRANSFER-SPLIT": {
    nb: "Tildelingen på {from} reduseres med {amount} mot en økning på {to}.",
    en: "The allocation on {from} is reduced by {amount} against an increase on {to}.",
  },
  "LTR-SENT-CODE": { nb: "kap. {chapter}, post {post}", en: "chapter {chapter}, post {post}" },
  "LTR-SENT-CODE-AMOUNT": { nb: "kap. {chapter}, post {post} med {amount}", en: "chapter {chapter}, post {post} by {amount}" },
  "LTR-SENT-AND": { nb: "og", en: "and" },

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
  "UI-WORD-SENTENCES": { nb: "Setninger", en: "Sentences" },
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
