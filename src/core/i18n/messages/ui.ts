import type { MessageTable } from "../types";

// The task pane's own words (shell, loading, the page shown outside Excel, and every tab).
// Components look them up through useT(); none is typed in a component.
export const uiMessages: MessageTable = {
  "UI-PRODUCT-NAME": {
    nb: "Tildeling",
    en: "Tildeling",
  },
  "UI-TAGLINE": {
    nb: "Kontroll av tildelingsbrev: kap/post, beløp, endringer og frister",
    en: "Allocation letter checks: budget codes, amounts, changes and deadlines",
  },
  "UI-LOADING": {
    nb: "Laster Tildeling …",
    en: "Loading Tildeling …",
  },
  "UI-OUTSIDE-TITLE": {
    nb: "Tildeling kjører i Excel",
    en: "Tildeling runs in Excel",
  },
  "UI-OUTSIDE-INTRO": {
    nb: "Dette er oppgaveruten til Tildeling, et tillegg for Microsoft Excel. Den virker bare når den åpnes fra Excel.",
    en: "This is the task pane of Tildeling, an add-in for Microsoft Excel. It only works when opened from Excel.",
  },
  "UI-OUTSIDE-HOW": {
    nb: "Slik åpner du den:",
    en: "How to open it:",
  },
  "UI-OUTSIDE-STEP-INSTALL": {
    nb: "Legg tillegget til i Excel (sideloading, se README-filen).",
    en: "Add the add-in to Excel (sideloading, see the README).",
  },
  "UI-OUTSIDE-STEP-OPEN": {
    nb: "Åpne en arbeidsbok, gå til fanen Hjem og velg «Åpne Tildeling».",
    en: "Open a workbook, go to the Home tab and choose “Open Tildeling”.",
  },
  "UI-OUTSIDE-NO-OFFICE-JS": {
    nb: "Office-skriptet (office.js) ble ikke lastet, så siden kan ikke snakke med Excel.",
    en: "The Office script (office.js) did not load, so the page cannot talk to Excel.",
  },
  "UI-OUTSIDE-TIMEOUT": {
    nb: "Fikk ikke svar fra Office innen {seconds} sekunder.",
    en: "Office did not answer within {seconds} seconds.",
  },
  "UI-OUTSIDE-OTHER-HOST": {
    nb: "Denne ruten er laget for Excel (og Word, for brevtabellen), men ble åpnet i {host}.",
    en: "This pane is made for Excel (and Word, for the letter table) but was opened in {host}.",
  },
  "UI-APP-LOAD-FAILED": {
    nb: "Oppgaveruten kunne ikke lastes: {text}",
    en: "The task pane could not be loaded: {text}",
  },

  // Pane shell (issue 6)
  "UI-TABS": { nb: "Verktøy", en: "Tools" },
  "UI-TAB-CHECK": { nb: "Kontroll", en: "Check" },
  "UI-TAB-CHANGES": { nb: "Endringer", en: "Changes" },
  "UI-TAB-ASSIGNMENTS": { nb: "Oppdrag", en: "Assignments" },
  "UI-TAB-SETTINGS": { nb: "Innstillinger", en: "Settings" },
  "UI-WORKING": { nb: "Arbeider …", en: "Working …" },
  "UI-TOO-OLD-TITLE": { nb: "Excel-versjonen er for gammel", en: "This version of Excel is too old" },
  "UI-TOO-OLD": {
    nb: "Tillegget trenger {sets}, som denne Excel-versjonen ikke har. Oppdater Excel, eller bruk Excel på nettet.",
    en: "The add-in needs {sets}, which this version of Excel lacks. Update Excel, or use Excel on the web.",
  },

  // Errors from Excel
  "UI-ERR-CELL-EDIT-TITLE": { nb: "Excel er i redigeringsmodus", en: "Excel is in cell edit mode" },
  "UI-ERR-CELL-EDIT": {
    nb: "Du redigerer en celle. Trykk Enter eller Esc i arket, og prøv igjen.",
    en: "You are editing a cell. Press Enter or Esc in the sheet, then try again.",
  },
  "UI-ERR-BUSY": { nb: "Excel er opptatt. Vent litt og prøv igjen.", en: "Excel is busy. Wait a moment and try again." },
  "UI-ERR-SOURCE-GONE": {
    nb: "Arket eller tabellen finnes ikke lenger. Oppdater listen og velg på nytt.",
    en: "The sheet or table no longer exists. Refresh the list and choose again.",
  },
  "UI-ERR-UNEXPECTED-TITLE": { nb: "Noe gikk galt", en: "Something went wrong" },
  "UI-ERR-UNEXPECTED": { nb: "Excel svarte med en feil: {text}", en: "Excel answered with an error: {text}" },
  "UI-RETRY": { nb: "Prøv igjen", en: "Try again" },

  // Choosing a sheet or table
  "UI-SOURCE": { nb: "Ark eller tabell", en: "Sheet or table" },
  "UI-SOURCE-ALLOCATIONS": { nb: "Tildelinger (ark eller tabell)", en: "Allocations (sheet or table)" },
  "UI-SOURCE-CHANGES": { nb: "Endringer (ark eller tabell)", en: "Changes (sheet or table)" },
  "UI-SOURCE-ASSIGNMENTS": { nb: "Oppdrag (ark eller tabell)", en: "Assignments (sheet or table)" },
  "UI-SOURCE-TABLE": { nb: "Tabell {table} ({sheet})", en: "Table {table} ({sheet})" },
  "UI-SOURCE-SHEET": { nb: "Ark {sheet}", en: "Sheet {sheet}" },
  "UI-SOURCE-DETECTED": { nb: "Funnet automatisk", en: "Detected automatically" },
  "UI-SOURCE-NONE": { nb: "Fant ingen ark eller tabeller.", en: "Found no sheets or tables." },
  "UI-SOURCE-REFRESH": { nb: "Oppdater listen over ark og tabeller", en: "Refresh the list of sheets and tables" },
  "UI-CHOOSE": { nb: "Velg …", en: "Choose …" },

  // Kontroll
  "UI-CHECK-INTRO": {
    nb: "Kontrollerer alle kap/post-koder og beløp mot kontoplanen for budsjettåret.",
    en: "Checks every kap/post code and amount against the chart for the budget year.",
  },
  "UI-CHECK-RUN": { nb: "Kontroller", en: "Check" },
  "UI-CHECK-SUMMARY": { nb: "{count} linjer kontrollert, {errors} med feil.", en: "{count} lines checked, {errors} with errors." },
  "UI-CHECK-SUMMARY-ONE": { nb: "1 linje kontrollert, {errors} med feil.", en: "1 line checked, {errors} with errors." },
  "UI-CHECK-SUMMARY-WARNINGS": { nb: "{count} linjer har bare advarsler.", en: "{count} lines have warnings only." },
  "UI-CHECK-SUMMARY-WARNINGS-ONE": { nb: "1 linje har bare advarsler.", en: "1 line has warnings only." },
  "UI-CHECK-CLEAN": { nb: "Fant ingen feil.", en: "Found no problems." },
  "UI-SEVERITY-ERROR": { nb: "Feil", en: "Errors" },
  "UI-SEVERITY-WARNING": { nb: "Advarsler", en: "Warnings" },
  "UI-SEVERITY-INFO": { nb: "Merknader", en: "Notes" },
  "UI-SEVERITY-COUNT": { nb: "{label}: {count}", en: "{label}: {count}" },
  "UI-NO-CELL": { nb: "(uten celle)", en: "(no cell)" },
  "UI-MARK": { nb: "Marker i arket", en: "Mark in the sheet" },
  "UI-UNMARK": { nb: "Fjern markering", en: "Remove marking" },
  "UI-MARKED": { nb: "Markerte {count|celle|celler} med farge og merknad.", en: "Marked {count|cell|cells} with colour and a note." },
  "UI-MARKED-ONE": { nb: "Markerte 1 celle med farge og merknad.", en: "Marked 1 cell with colour and a note." },
  "UI-UNMARKED": { nb: "Fjernet markeringen fra {count|celle|celler}.", en: "Removed the marking from {count|cell|cells}." },
  "UI-UNMARKED-ONE": { nb: "Fjernet markeringen fra 1 celle.", en: "Removed the marking from 1 cell." },

  // Endringer
  "UI-CHANGES-INTRO": {
    nb: "Bruker endringene på tildelingene og viser endringstabellen før den skrives.",
    en: "Applies the changes to the allocations and shows the change table before it is written.",
  },
  "UI-CHANGES-FROM": { nb: "Endringene står", en: "The changes are" },
  "UI-CHANGES-FROM-SHEET": { nb: "i et ark eller en tabell", en: "in a sheet or a table" },
  "UI-CHANGES-FROM-TYPED": { nb: "skrevet inn her", en: "typed in here" },
  "UI-ROWS": { nb: "Endringsrader", en: "Change rows" },
  "UI-ROW-CODE": { nb: "Kap/post, rad {row}", en: "Kap/post, row {row}" },
  "UI-ROW-CHANGE": { nb: "Endring, rad {row}", en: "Change, row {row}" },
  "UI-ROW-REMOVE": { nb: "Fjern rad {row}", en: "Remove row {row}" },
  "UI-ROW-ADD": { nb: "Legg til rad", en: "Add a row" },
  "UI-ROW-HINT": {
    nb: "For eksempel 351/70 og 1 000 (i tabellens enhet); minus for reduksjon.",
    en: "For example 351/70 and 1 000 (in the table's unit); minus for a reduction.",
  },
  "UI-PREVIEW": { nb: "Forhåndsvis", en: "Preview" },
  "UI-PREVIEW-TABLE": { nb: "Endringstabell", en: "Change table" },
  "UI-COL-CODE": { nb: "Kap/post", en: "Kap/post" },
  "UI-COL-BEFORE": { nb: "Tildeling før", en: "Allocation before" },
  "UI-COL-CHANGE": { nb: "Endring", en: "Change" },
  "UI-COL-AFTER": { nb: "Ny tildeling", en: "New allocation" },
  "UI-TOTAL": { nb: "Sum", en: "Total" },
  "UI-TOTAL-LINES": { nb: "Sum tildelingslinjer", en: "Total, allocation lines" },
  "UI-PREVIEW-SUM-NOTE": {
    nb: "Summen gjelder bare linjene som har en tildeling. {count} endringer uten tildelingslinje står under og er ikke med i summen.",
    en: "The total covers only the lines that have an allocation. {count} changes without an allocation line are listed below and are not in the total.",
  },
  "UI-PREVIEW-SUM-NOTE-ONE": {
    nb: "Summen gjelder bare linjene som har en tildeling. 1 endring uten tildelingslinje står under og er ikke med i summen.",
    en: "The total covers only the lines that have an allocation. 1 change without an allocation line is listed below and is not in the total.",
  },
  "UI-OTHER-ROWS": { nb: "Endringer uten tildelingslinje", en: "Changes without an allocation line" },
  "UI-COL-OUTCOME": { nb: "Utfall", en: "Outcome" },
  "UI-OUTCOME-NEW": { nb: "Ny linje", en: "New line" },
  "UI-OUTCOME-REJECTED": { nb: "Ikke brukt", en: "Not applied" },
  "UI-UNKNOWN-AMOUNT": { nb: "ukjent", en: "unknown" },
  "UI-PLACEMENT": { nb: "Plassering", en: "Placement" },
  "UI-PLACEMENT-BESIDE": { nb: "Nye kolonner ved siden av tabellen", en: "New columns beside the table" },
  "UI-PLACEMENT-SHEET": { nb: "Et nytt ark", en: "A new sheet" },
  "UI-WRITE": { nb: "Skriv til arket", en: "Write to the sheet" },
  "UI-WRITTEN": {
    nb: "Skrev {rows} rader til {address}. Ny tildeling er en formel.",
    en: "Wrote {rows} rows to {address}. New allocation is a formula.",
  },
  "UI-WRITTEN-ONE": {
    nb: "Skrev 1 rad til {address}. Ny tildeling er en formel.",
    en: "Wrote 1 row to {address}. New allocation is a formula.",
  },
  "UI-WRITTEN-NONE": {
    nb: "Skrev ingenting: ingen endring traff en tildelingslinje. Se meldingene over.",
    en: "Wrote nothing: no change matched an allocation line. See the messages above.",
  },
  "UI-PREVIEW-STALE": {
    nb: "Valgene er endret siden forhåndsvisningen. Forhåndsvis på nytt.",
    en: "The choices changed since the preview. Preview again.",
  },
  "UI-NO-ROWS": { nb: "Ingen rader å vise.", en: "No rows to show." },

  // Oppdrag
  "UI-ASSIGNMENTS-INTRO": {
    nb: "Viser oppdrag med frist som er passert eller nær, sortert etter hast.",
    en: "Shows assignments whose deadline has passed or is near, most urgent first.",
  },
  "UI-FLAG": { nb: "Finn frister", en: "Find deadlines" },
  "UI-FLAG-SUMMARY": {
    nb: "{flagged} av {total} oppdrag og deler trenger oppfølging per {date}.",
    en: "{flagged} of {total} assignments and parts need follow-up as of {date}.",
  },
  "UI-FLAG-NONE": { nb: "Ingen oppdrag trenger oppfølging.", en: "No assignment needs follow-up." },
  "UI-DEADLINE": { nb: "frist {date}", en: "deadline {date}" },
  "UI-WRITE-STATUS": { nb: "Skriv statuskolonne", en: "Write a status column" },
  "UI-STATUS-WRITTEN-ONE": {
    nb: "Skrev status for 1 oppdrag i {address}. Fargene følger dagens dato også uten tillegget.",
    en: "Wrote the status of 1 assignment to {address}. The colours follow today's date, even without the add-in.",
  },
  "UI-STATUS-WRITTEN": {
    nb: "Skrev status for {rows} oppdrag i {address}. Fargene følger dagens dato også uten tillegget.",
    en: "Wrote the status of {rows} assignments to {address}. The colours follow today's date, even without the add-in.",
  },
  "UI-SHOW-ALL": { nb: "Vis også oppdrag i rute og avsluttede", en: "Also show assignments on track and closed" },

  // Innstillinger
  "UI-SETTINGS-INTRO": { nb: "Innstillingene gjelder alle fanene.", en: "The settings apply to every tab." },
  "UI-REFERENCE-DATE": { nb: "Referansedato", en: "Reference date" },
  "UI-REFERENCE-DATE-HINT": { nb: "Fristene vurderes mot denne datoen.", en: "Deadlines are judged against this date." },
  "UI-REFERENCE-DATE-INVALID": {
    nb: "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-23.",
    en: "Write the date as YYYY-MM-DD, for example 2026-11-23.",
  },
  "UI-SOON-DAYS": { nb: "Frist snart (dager)", en: "Due soon (days)" },
  "UI-SOON-DAYS-HINT": {
    nb: "Oppdrag med frist innen så mange dager regnes som «frist snart».",
    en: "Assignments due within this many days count as “due soon”.",
  },
  "UI-SOON-DAYS-INVALID": { nb: "Skriv et helt tall fra 0 til 365.", en: "Write a whole number from 0 to 365." },
  "UI-UNIT": { nb: "Enhet", en: "Unit" },
  "UI-UNIT-AUTO": { nb: "Som i arket", en: "As in the sheet" },
  "UI-UNIT-KR": { nb: "kroner", en: "kroner" },
  "UI-UNIT-1000": { nb: "1 000 kr", en: "1,000 kr" },
  "UI-UNIT-MILL": { nb: "mill. kr", en: "million kr" },
  "UI-YEAR": { nb: "Budsjettår (kontoplan)", en: "Budget year (chart)" },
  "UI-YEAR-AUTO": { nb: "Arkets budsjettår", en: "The sheet's budget year" },
  "UI-YEAR-WORKBOOK": { nb: "Arbeidsbokens egen kontoplan", en: "The workbook's own chart" },
  "UI-YEAR-HINT": {
    nb: "Kodene kontrolleres mot Gul bok for arkets budsjettår (fra tittelen eller filnavnet), eller for året du velger her.",
    en: "Codes are checked against the Yellow Book of the sheet's budget year (from its title or file name), or of the year you choose here.",
  },
};
