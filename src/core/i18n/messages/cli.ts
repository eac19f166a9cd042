import type { MessageTable } from "../types";
import { cliBatchMessages } from "./cli-batch";
import { cliHelpMessages } from "./cli-help";

// The command line (src/cli) and its .xlsx adapter (src/xlsx). XLSX- codes say why a file could
// not be read; CLI- codes are usage errors, report labels and help texts.
export const cliMessages: MessageTable = {
  "XLSX-FILE-NOT-FOUND": {
    nb: "Fant ikke filen «{file}».",
    en: "File not found: “{file}”.",
  },
  "XLSX-NOT-A-FILE": {
    nb: "«{file}» er en mappe, ikke en fil.",
    en: "“{file}” is a folder, not a file.",
  },
  "XLSX-EMPTY-FILE": {
    nb: "Filen «{file}» er tom (0 byte).",
    en: "The file “{file}” is empty (0 bytes).",
  },
  "XLSX-ENCRYPTED": {
    nb: "Filen «{file}» er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel, fjern passordet (Fil > Info > Beskytt arbeidsbok > Krypter med passord) og lagre en kopi uten passord.",
    en: "The file “{file}” is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save a copy without one.",
  },
  "XLSX-LEGACY-XLS": {
    nb: "Filen «{file}» er i det gamle .xls-formatet. Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.",
    en: "The file “{file}” is in the old .xls format. Save it as an Excel Workbook (.xlsx) and try again.",
  },
  "XLSX-NOT-XLSX": {
    nb: "Filen «{file}» er ikke en Excel-arbeidsbok (.xlsx).",
    en: "The file “{file}” is not an Excel workbook (.xlsx).",
  },
  "XLSX-CORRUPT": {
    nb: "Filen «{file}» er skadet og kan ikke leses som .xlsx (teknisk: {detail}).",
    en: "The file “{file}” is damaged and cannot be read as .xlsx (technical: {detail}).",
  },
  "XLSX-TOO-LARGE": {
    nb: "Arket «{sheet}» i «{file}» er for stort for minnet som er tilgjengelig (stoppet etter {rows} rader). Del opp arket, eller gi Node mer minne, for eksempel NODE_OPTIONS=--max-old-space-size=4096.",
    en: "The sheet “{sheet}” in “{file}” is too large for the memory available (stopped after {rows} rows). Split the sheet, or give Node more memory, e.g. NODE_OPTIONS=--max-old-space-size=4096.",
  },
  "XLSX-FORMULA-NO-RESULT": {
    nb: "Cellen har formelen {formula}, men ingen lagret verdi (filen ble lagret uten å beregne den). Åpne og lagre filen i Excel eller LibreOffice.",
    en: "The cell holds the formula {formula} but no stored result (the file was saved without calculating it). Open and save the file in Excel or LibreOffice.",
  },
  "XLSX-WORKBOOK-EMPTY": {
    nb: "Arbeidsboken «{file}» har ingen celler med innhold.",
    en: "The workbook “{file}” has no cells with content.",
  },
  "XLSX-WRITE-FAILED": {
    nb: "Kunne ikke skrive «{file}»: {detail}",
    en: "Could not write “{file}”: {detail}",
  },

  "CLI-UNKNOWN-COMMAND": {
    nb: "Ukjent kommando «{text}». Kommandoene er: check, apply, deadlines, letter-table.",
    en: "Unknown command “{text}”. The commands are: check, apply, deadlines, letter-table.",
  },
  "CLI-NO-COMMAND": {
    nb: "Mangler kommando. Skriv «tildeling --help» for hjelp.",
    en: "No command given. Type “tildeling --help” for help.",
  },
  "CLI-BAD-OPTION": {
    nb: "{detail}",
    en: "{detail}",
  },
  "CLI-UNKNOWN-OPTION": {
    nb: "Ukjent valg «{text}» for «{command}».",
    en: "Unknown option “{text}” for “{command}”.",
  },
  "CLI-MISSING-VALUE": {
    nb: "Valget «{text}» mangler verdi.",
    en: "The option “{text}” needs a value.",
  },
  "CLI-MISSING-FILE": {
    nb: "Mangler filnavn: tildeling {command} FIL.xlsx",
    en: "No file given: tildeling {command} FILE.xlsx",
  },
  "CLI-EXTRA-ARGUMENT": {
    nb: "For mange argumenter: «{text}». Bare én fil kan oppgis.",
    en: "Too many arguments: “{text}”. Give one file only.",
  },
  "CLI-BAD-YEAR": {
    nb: "«{text}» er ikke et budsjettår (skriv for eksempel --year 2025).",
    en: "“{text}” is not a budget year (write e.g. --year 2025).",
  },
  "CLI-BAD-DATE": {
    nb: "«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel --date 2025-04-01).",
    en: "“{text}” is not a date of the form YYYY-MM-DD (e.g. --date 2025-04-01).",
  },
  "CLI-BAD-DAYS": {
    nb: "«{text}» er ikke et antall dager (et helt tall fra 0 og oppover).",
    en: "“{text}” is not a number of days (a whole number from 0 up).",
  },
  "CLI-BAD-CHOICE": {
    nb: "«{text}» er ikke gyldig for {option}; velg en av: {choices}.",
    en: "“{text}” is not valid for {option}; choose one of: {choices}.",
  },
  "CLI-SHEET-NOT-FOUND": {
    nb: "Fant ikke arket «{sheet}» i «{file}». Arkene er: {sheets}.",
    en: "No sheet “{sheet}” in “{file}”. The sheets are: {sheets}.",
  },
  "CLI-NO-ALLOCATION-SHEET": {
    nb: "Fant ingen tildelingstabell i «{file}»: ingen ark har en overskriftsrad med kap/post og beløp. Oppgi arket med --sheet.",
    en: "Found no allocation table in “{file}”: no sheet has a header row with kap/post and an amount. Name the sheet with --sheet.",
  },
  "CLI-NO-CHANGES-SHEET": {
    nb: "Fant ingen endringer i «{file}»: ingen ark har en overskriftsrad med kap/post og endring. Oppgi arket med --changes-sheet, eller en annen fil med --changes.",
    en: "Found no change entries in “{file}”: no sheet has a header row with kap/post and a change. Name the sheet with --changes-sheet, or another file with --changes.",
  },
  "CLI-NO-ASSIGNMENTS-SHEET": {
    nb: "Fant ingen oppdragsliste i «{file}»: ingen ark har en overskriftsrad med oppdrag og frist. Oppgi arket med --sheet.",
    en: "Found no assignment list in “{file}”: no sheet has a header row with assignment and deadline. Name the sheet with --sheet.",
  },
  "CLI-OUT-IS-INPUT": {
    nb: "Utfilen kan ikke være den samme som innfilen («{file}»): tildeling endrer aldri filen du leser fra. Velg et annet navn med --out.",
    en: "The output file cannot be the input file (“{file}”): tildeling never changes the file it reads. Choose another name with --out.",
  },
  "CLI-OUT-NOT-XLSX": {
    nb: "Utfilen «{file}» må ha filendelsen .xlsx.",
    en: "The output file “{file}” must end in .xlsx.",
  },
  "CLI-OUT-NOT-XLSM": {
    nb: "Innfilen er en arbeidsbok med makroer, så utfilen «{file}» må ha filendelsen .xlsm (ellers åpner ikke Excel den).",
    en: "The input is a macro-enabled workbook, so the output file “{file}” must end in .xlsm (Excel will not open it otherwise).",
  },
  "CLI-INTERNAL": {
    nb: "Intern feil i tildeling (en programfeil, ikke en feil i filen): {detail}. Kjør med TILDELING_DEBUG=1 for detaljer, og meld fra om feilen.",
    en: "Internal error in tildeling (a bug, not a problem with the file): {detail}. Run with TILDELING_DEBUG=1 for details, and please report it.",
  },
  "CLI-SEE-HELP": {
    nb: "Skriv «tildeling {command} --help» for hjelp.",
    en: "Type “tildeling {command} --help” for help.",
  },
  ...cliHelpMessages,
  ...cliBatchMessages,
};
