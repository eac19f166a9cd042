import type { MessageTable } from "../types";

// Many files in one run (`tildeling check|deadlines FOLDER ...`): the summary table, the verdicts,
// the HTML report and what can go wrong with the arguments. Merged into cliMessages (./cli.ts).
export const cliBatchMessages: MessageTable = {
  "CLI-NO-WORKBOOKS-IN-FOLDER": {
    nb: "Fant ingen arbeidsbøker (.xlsx) i mappen «{folder}».",
    en: "Found no workbooks (.xlsx) in the folder “{folder}”.",
  },
  "CLI-NO-FILES-MATCH": {
    nb: "Ingen filer passer til mønsteret «{pattern}».",
    en: "No files match the pattern “{pattern}”.",
  },
  "CLI-WORKER-FAILED": {
    nb: "Lesingen av «{file}» stoppet uventet ({detail}). Filen kan være for stor for minnet; prøv den alene, eller gi Node mer minne, for eksempel NODE_OPTIONS=--max-old-space-size=4096.",
    en: "Reading “{file}” stopped unexpectedly ({detail}). The file may be too large for the memory; try it alone, or give Node more memory, e.g. NODE_OPTIONS=--max-old-space-size=4096.",
  },
  "CLI-BAD-JOBS": {
    nb: "«{text}» er ikke et antall jobber (et helt tall fra 1 og oppover, for eksempel --jobs 2).",
    en: "“{text}” is not a number of jobs (a whole number from 1 up, e.g. --jobs 2).",
  },
  "CLI-JSON-AND-JSONL": {
    nb: "Velg enten --json (ett JSON-dokument til slutt) eller --jsonl (én linje per fil etter hvert), ikke begge.",
    en: "Choose either --json (one JSON document at the end) or --jsonl (one line per file as each finishes), not both.",
  },
  "CLI-REPORT-IS-INPUT": {
    nb: "Rapporten kan ikke skrives til «{file}»: det er en av filene som leses, og tildeling endrer aldri filene det leser. Velg et annet navn med --report.",
    en: "The report cannot be written to “{file}”: it is one of the files being read, and tildeling never changes the files it reads. Choose another name with --report.",
  },
  "CLI-VERDICT-READY": { nb: "klar", en: "ready" },
  "CLI-VERDICT-MUST-FIX": { nb: "må rettes", en: "must be fixed" },
  "CLI-VERDICT-UNREADABLE": { nb: "kunne ikke leses", en: "could not be read" },
  "CLI-YEAR-SOURCE-OPTION": { nb: "--year", en: "--year" },
  "CLI-YEAR-SOURCE-SETTING": { nb: "innstilling", en: "setting" },
  "CLI-YEAR-SOURCE-TITLE": { nb: "arktittelen", en: "sheet title" },
  "CLI-YEAR-SOURCE-FILE-NAME": { nb: "filnavnet", en: "file name" },
  "CLI-YEAR-SOURCE-TODAY": { nb: "i år", en: "this year" },
  "CLI-YEAR-SOURCE-DEFAULT": { nb: "standard", en: "default" },
  "CLI-YEAR-OTHER-CHART": { nb: "{year}, Gul bok {chartYear}", en: "{year}, Gul bok {chartYear}" },
  "CLI-COL-FILE": { nb: "Fil", en: "File" },
  "CLI-COL-SHEETS": { nb: "Ark", en: "Sheets" },
  "CLI-COL-LINES": { nb: "Linjer", en: "Lines" },
  "CLI-COL-UNIT": { nb: "Enhet", en: "Unit" },
  "CLI-COL-BUDGET-YEAR": { nb: "Budsjettår", en: "Budget year" },
  "CLI-COL-ERRORS": { nb: "Feil", en: "Errors" },
  "CLI-COL-WARNINGS": { nb: "Advarsler", en: "Warnings" },
  "CLI-COL-VERDICT": { nb: "Vurdering", en: "Verdict" },
  "CLI-COL-ASSIGNMENTS": { nb: "Oppdrag", en: "Assignments" },
  "CLI-COL-OVERDUE": { nb: "Forfalt", en: "Overdue" },
  "CLI-COL-DUE-SOON": { nb: "Frist snart", en: "Due soon" },
  "CLI-COL-DAYS-OVERDUE": { nb: "Dager over fristen", en: "Days overdue" },
  "CLI-COL-WRITTEN": { nb: "Som skrevet", en: "As written" },
  "CLI-BATCH-OVERDUE-HEADER": {
    nb: "Forfalte oppdrag i alle filene ({count}), flest dager over fristen først:",
    en: "Overdue assignments in every file ({count}), most days past the deadline first:",
  },
  "CLI-BATCH-TOTALS": {
    nb: "{files} filer: {ready} klare, {mustFix} må rettes, {unreadable} kunne ikke leses. {errors} feil, {warnings} advarsler.",
    en: "{files} files: {ready} ready, {mustFix} must be fixed, {unreadable} could not be read. {errors} errors, {warnings} warnings.",
  },
  "CLI-BATCH-PROGRESS": {
    nb: "{done} av {total} filer lest · {errors} feil, {warnings} advarsler så langt",
    en: "{done} of {total} files read · {errors} errors, {warnings} warnings so far",
  },
  "CLI-REPORT-TITLE-CHECK": { nb: "Kontroll av tildelingsark", en: "Check of allocation sheets" },
  "CLI-REPORT-TITLE-DEADLINES": { nb: "Oppfølging av oppdragsfrister", en: "Follow-up of assignment deadlines" },
  "CLI-REPORT-MADE": {
    nb: "Laget av tildeling {date}. Hver melding viser cellen den gjelder.",
    en: "Made by tildeling on {date}. Every message names the cell it concerns.",
  },
  "CLI-REPORT-MADE-DEADLINES": {
    nb: "Laget av tildeling {date}; fristene er vurdert per {referenceDate}.",
    en: "Made by tildeling on {date}; deadlines are judged as of {referenceDate}.",
  },
  "CLI-REPORT-NO-CHART": { nb: "Ingen Gul bok brukt.", en: "No Gul bok used." },
  "CLI-REPORT-MORE": {
    nb: "… og {count} til av samme slag (JSON-utdata med --json har alle).",
    en: "… and {count} more of the same kind (the JSON output, --json, has them all).",
  },
  "CLI-REPORT-WRITTEN": { nb: "Skrev rapporten {file}.", en: "Wrote the report {file}." },
};
