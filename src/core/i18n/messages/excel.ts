import type { MessageTable } from "../types";

// The Excel adapter's words: headers of the columns it writes, its notes, and what it reports.
export const excelMessages: MessageTable = {
  "XL-HEADER-CODE": { nb: "Kap/post", en: "Chapter/post" },
  "XL-HEADER-NAME": { nb: "Navn", en: "Name" },
  "XL-HEADER-BEFORE": { nb: "Tildeling før", en: "Allocation before" },
  "XL-HEADER-CHANGE": { nb: "Endring", en: "Change" },
  "XL-HEADER-AFTER": { nb: "Ny tildeling", en: "New allocation" },
  "XL-TOTAL": { nb: "Sum", en: "Total" },
  "XL-CHANGES-SHEET": { nb: "Endringer (Tildeling)", en: "Changes (Tildeling)" },
  "XL-CHANGES-TITLE": { nb: "Endringer i tildelingen – {unit}", en: "Changes to the allocation – {unit}" },
  "XL-HEADER-DEADLINE-DATE": { nb: "Frist (dato)", en: "Deadline (date)" },
  "XL-HEADER-DAYS-LEFT": { nb: "Dager igjen", en: "Days left" },
  "XL-HEADER-STATUS": { nb: "Fristvarsel", en: "Deadline status" },
  "XL-NOTE": { nb: "Tildeling: {text}", en: "Tildeling: {text}" },
  "XL-NAME-COMMENT": {
    nb: "Skrevet av Tildeling; erstattes neste gang tillegget skriver hit.",
    en: "Written by Tildeling; replaced the next time the add-in writes here.",
  },
  "XL-NO-OWN-CHART": {
    nb: "Fant ikke noe ark med kap/post-oversikt i arbeidsboken; kodene er bare kontrollert for form, ikke mot en kontoplan, så en kode som ikke finnes blir ikke meldt. Legg til et ark med kolonnene Kap/post og Navn, eller velg et Gul bok-år under Budsjettår i Innstillinger.",
    en: "Found no sheet listing chapters and posts in the workbook; codes were checked for form only, not against a chart, so a code that does not exist is not reported. Add a sheet with the columns Kap/post and Navn, or choose a Yellow Book year under Budget year in Settings.",
  },
  "XL-NO-CHART-YEAR": {
    nb: "Tillegget har ingen kontoplan (Gul bok) for {year}; kodene er bare kontrollert for form.",
    en: "The add-in has no chart (Gul bok) for {year}; codes were checked for form only.",
  },
  "XL-TYPED-CODE": { nb: "Rad {row}: {reason}", en: "Row {row}: {reason}" },
  "XL-TYPED-AMOUNT": { nb: "Rad {row}: endringen «{text}» er ikke et beløp.", en: "Row {row}: the change “{text}” is not an amount." },
  "XL-NOTHING-TO-WRITE": {
    nb: "Ingen linjer i tildelingsarket å skrive endringer ved siden av.",
    en: "No allocation lines to write the changes beside.",
  },
  "XL-NO-ASSIGNMENTS": { nb: "Fant ingen oppdrag å skrive status for.", en: "Found no assignments to write a status for." },
  "XL-TOO-OLD": {
    nb: "Denne Excel-versjonen er for gammel for Tildeling (trenger {sets}). Bruk Microsoft 365, Excel 2019 eller nyere, eller Excel på nettet.",
    en: "This version of Excel is too old for Tildeling (needs {sets}). Use Microsoft 365, Excel 2019 or later, or Excel on the web.",
  },
  "XL-MARKS-NOT-FOUND": {
    nb: "Fjernet markeringen av {restored} celler. Noen markeringer fant tillegget ikke igjen (ark: {sheets}); arket eller formateringen er slettet. De er notert, og tas med neste gang du fjerner markering.",
    en: "Removed the marks of {restored} cells. Some marks could not be found again (sheets: {sheets}); the sheet or its formatting was deleted. They are noted and included the next time you remove marks.",
  },
  "XL-HIDDEN-COLUMNS-UNKNOWN": {
    nb: "Noen kolonner i «{sheet}» er skjult, men denne Excel-versjonen (eldre enn ExcelApi 1.9) kan ikke si hvilke. Beløpene kan være lest fra en skjult kolonne: se beløpskolonnen i resultatet, og velg en annen der om den er feil.",
    en: "Some columns of “{sheet}” are hidden, but this version of Excel (older than ExcelApi 1.9) cannot say which. The amounts may have been read from a hidden column: see the amount column in the result, and choose another there if it is wrong.",
  },
  "XL-NOT-IN-EXCEL": { nb: "Tildeling kjører ikke i Excel nå.", en: "Tildeling is not running in Excel." },
};
