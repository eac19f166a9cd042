import type { MessageTable } from "../types";

// The command line's help texts and report words. Merged into cliMessages (./cli.ts).
export const cliHelpMessages: MessageTable = {
  "CLI-HELP-MAIN": {
    nb: `tildeling – kontroller tildelingsark, før inn endringer og følg opp frister i .xlsx-filer

Bruk:
  tildeling check FIL.xlsx          sjekk kap/post og beløp i tildelingsarket
  tildeling check MAPPE ...         sjekk alle arbeidsbøkene i en innsendingsrunde, med sammendrag
  tildeling apply FIL.xlsx          før endringene inn og vis endringstabellen
  tildeling deadlines FIL.xlsx      flagg oppdrag som har passert eller nærmer seg fristen
  tildeling letter-table FIL.xlsx   endringstabellen klar for brevet
  tildeling read-letter BREV        les tildelinger, endringer og oppdrag fra et brev (.docx, .pdf, .txt)

Felles valg:
  --lang nb|en   språk for meldingene (standard nb)
  --help, -h     hjelp for en kommando, f.eks. «tildeling apply --help»

Avslutningskode: 0 ingen feil funnet, 1 feil funnet, 2 feil bruk eller filen kan ikke leses.`,
    en: `tildeling – check allocation sheets, apply changes and follow up deadlines in .xlsx files

Usage:
  tildeling check FILE.xlsx          check the kap/post codes and amounts of the allocation sheet
  tildeling check FOLDER ...         check every workbook of a submission round, with a summary
  tildeling apply FILE.xlsx          apply the change entries and show the change table
  tildeling deadlines FILE.xlsx      flag assignments past or near their deadline
  tildeling letter-table FILE.xlsx   the change table, ready for the letter
  tildeling read-letter LETTER       read allocations, changes and assignments from a letter (.docx, .pdf, .txt)

Common options:
  --lang nb|en   language of the messages (default nb)
  --help, -h     help on a command, e.g. "tildeling apply --help"

Exit code: 0 no errors found, 1 errors found, 2 bad usage or the file cannot be read.`,
  },
  "CLI-HELP-READ-LETTER": {
    nb: `tildeling read-letter BREV [--out ARK.xlsx] [--unit auto|kr|1000 kr|mill. kr] [--json]

Leser et tildelingsbrev eller et tillegg (.docx, .pdf med tekst, .txt eller .md): tildelingstabeller,
endringstabeller og endringssetninger (omdisponeringer parvis, kontrollert mot null), oppdrag med
frister, deler, nye frister og avslutninger, og rapporteringsfrister. Hvert funn viser teksten det
er lest fra. Det som ligner et beløp med kap/post eller et oppdrag, men ikke kan leses helt, gir en
advarsel med teksten sitert.

  --out ARK.xlsx   skriv arkene Tildeling, Endringer og Oppdrag, som check, apply og deadlines leser
  --unit ENHET     enheten brevets tabeller er i, når brevet ikke sier det (standard: fra brevet)
  --json           alt som JSON (beløp som desimaltekst, datoer som ÅÅÅÅ-MM-DD)

En skannet PDF uten tekst gir en feilmelding: kjør tekstgjenkjenning (OCR) først.`,
    en: `tildeling read-letter LETTER [--out SHEETS.xlsx] [--unit auto|kr|1000 kr|mill. kr] [--json]

Reads an allocation letter or a supplement (.docx, .pdf with text, .txt or .md): allocation tables,
change tables and change sentences (transfers paired and checked to balance), assignments with
deadlines, parts, revised deadlines and closings, and reporting deadlines. Each item shows the
text it was read from. Whatever looks like an amount with a kap/post or an assignment but cannot
be read completely is a warning quoting the text.

  --out SHEETS.xlsx  write the sheets Tildeling, Endringer and Oppdrag, which check, apply and deadlines read
  --unit UNIT        the unit of the letter's tables, when the letter does not say (default: from the letter)
  --json             everything as JSON (amounts as decimal strings, dates as YYYY-MM-DD)

A scanned PDF without text gives an error: run text recognition (OCR) first.`,
  },
  "CLI-HELP-CHECK": {
    nb: `tildeling check FIL.xlsx|MAPPE|MØNSTER ... [--sheet ARK] [--year ÅÅÅÅ] [--kind allocation|budget-data] [--unit ENHET] [--amount-column "OVERSKRIFT"] [--strict] [--json]

Leser tildelingsarket (eller alle ark med en tabell med kap/post og beløp), og sjekker hver
kap/post mot Gul bok for budsjettåret og hvert beløp. Hver melding viser cellen, f.eks. Tildeling!B7.

  --sheet ARK    bare dette arket
  --year ÅÅÅÅ    budsjettåret kodene sjekkes mot (standard: året i arkets tittel, ellers i år)
  --kind         allocation: et tildelingsbrev (negative beløp er feil);
                 budget-data: budsjettdata som Gul bok (beløp i kroner, negative beløp er lov).
                 Standard: budget-data for ark med Gul bok-kolonner (kap_nr, post_nr), ellers allocation.
  --unit ENHET   beløpenes enhet: kr, 1000, mill eller mrd (standard: det arket sier)
  --amount-column "OVERSKRIFT"
                 kolonnen beløpene leses fra (standard: budsjettårets, samlet før opprinnelig)
  --strict       advarsler gir også avslutningskode 1
  --json         skriv resultatet som JSON
  --strict       advarsler teller som feil (avslutningskode 1, «må rettes»)

Flere filer (FIL, MAPPE eller MØNSTER som «innsendt/*.xlsx», så mange som trengs):
  hver fil leses som over, flere samtidig, og til slutt kommer en tabell med én rad per fil
  og vurderingen klar / må rettes / kunne ikke leses. En mappe leses med undermapper.
  --jobs N            så mange filer samtidig (standard: antall prosessorkjerner)
  --json              { files: [rapporten per fil], summary: {...} }
  --jsonl             én rapport per linje etter hvert som filene blir ferdige, til slutt sammendraget
  --report FIL.html   en rapport å sende videre: sammendrag og alle funn per fil, én side per fil
                      på utskrift, på bokmål (--lang en: engelsk)

Avslutningskode: 0 ingen feil, 1 feil funnet (med --strict også advarsler), 2 feil bruk eller en fil
kan ikke leses (de andre filene blir likevel lest og rapportert).`,
    en: `tildeling check FILE.xlsx|FOLDER|PATTERN ... [--sheet SHEET] [--year YYYY] [--kind allocation|budget-data] [--unit UNIT] [--amount-column "HEADER"] [--strict] [--json]

Reads the allocation sheet (or every sheet with a table of kap/post and amounts) and checks each
kap/post against the Gul bok of the budget year, and each amount. Every message names its cell, e.g. Tildeling!B7.

  --sheet SHEET  only this sheet
  --year YYYY    budget year to check the codes against (default: the year in the sheet's title, else this year)
  --kind         allocation: an allocation letter (negative amounts are errors);
                 budget-data: budget data such as Gul bok (amounts in kroner, negative amounts allowed).
                 Default: budget-data for sheets with Gul bok columns (kap_nr, post_nr), else allocation.
  --unit UNIT    the amounts' unit: kr, 1000, mill or mrd (default: what the sheet says)
  --amount-column "HEADER"
                 the column the amounts are read from (default: the budget year's, the current total)
  --strict       warnings also give exit code 1
  --json         print the result as JSON
  --strict       warnings count as errors (exit code 1, "must be fixed")

Several files (FILE, FOLDER or PATTERN such as "submitted/*.xlsx", as many as needed):
  each file is read as above, several at a time, and a table follows with one row per file
  and the verdict ready / must be fixed / could not be read. A folder is read with its subfolders.
  --jobs N            this many files at a time (default: the number of processor cores)
  --json              { files: [the report per file], summary: {...} }
  --jsonl             one report per line as each file finishes, then the summary
  --report FILE.html  a report to send on: the summary and every finding per file, a page per file
                      when printed, in Bokmål (--lang en: English)

Exit code: 0 no errors, 1 errors found (with --strict also warnings), 2 bad usage or a file cannot
be read (the other files are still read and reported).`,
  },
  "CLI-HELP-APPLY": {
    nb: `tildeling apply FIL.xlsx [--changes ANDRE.xlsx] [--sheet ARK] [--changes-sheet ARK] [--year ÅÅÅÅ] [--unit ENHET] [--changes-unit ENHET] [--amount-column "OVERSKRIFT"] [--strict] [--out UT.xlsx] [--json]

Fører endringene (et ark med kap/post og endring, i samme arbeidsbok eller i --changes) inn på
tildelingsarket og viser endringstabellen: tildeling før, endring og ny tildeling, med summer.
Overføringer (samme gruppe i kolonnen Overføring) må gå i null.

  --changes FIL        endringene ligger i en annen arbeidsbok
  --sheet ARK          tildelingsarket (standard: funnet ut fra overskriftene)
  --changes-sheet ARK  arket med endringer (standard: funnet ut fra overskriftene)
  --year ÅÅÅÅ          budsjettåret for navn og kontroll av kap/post
  --unit ENHET         tildelingens enhet: kr, 1000, mill eller mrd (standard: det arket sier)
  --changes-unit ENHET endringenes enhet (standard: det endringslisten sier, ellers tildelingens)
  --amount-column "OVERSKRIFT"
                       kolonnen tildelingen leses fra
  --strict             advarsler gir også avslutningskode 1
  --out UT.xlsx        skriv en kopi av arbeidsboken med arket «Endringstabell» lagt til;
                       innfilen endres aldri
  --json               skriv resultatet som JSON

Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk eller filen kan ikke leses.`,
    en: `tildeling apply FILE.xlsx [--changes OTHER.xlsx] [--sheet SHEET] [--changes-sheet SHEET] [--year YYYY] [--unit UNIT] [--changes-unit UNIT] [--amount-column "HEADER"] [--strict] [--out OUT.xlsx] [--json]

Applies the change entries (a sheet with kap/post and a change, in the same workbook or in --changes)
to the allocation sheet and shows the change table: before, change and after, with totals.
Transfers (the same group in the Transfer column) must sum to zero.

  --changes FILE        the change entries are in another workbook
  --sheet SHEET         the allocation sheet (default: found from the headers)
  --changes-sheet SHEET the sheet of change entries (default: found from the headers)
  --year YYYY           budget year for names and for checking kap/post
  --unit UNIT           the allocation's unit: kr, 1000, mill or mrd (default: what the sheet says)
  --changes-unit UNIT   the changes' unit (default: what the change list says, else the allocation's)
  --amount-column "HEADER"
                        the column the allocation is read from
  --strict              warnings also give exit code 1
  --out OUT.xlsx        write a copy of the workbook with the sheet "Endringstabell" added;
                        the input file is never changed
  --json                print the result as JSON

Exit code: 0 no errors, 1 errors found, 2 bad usage or the file cannot be read.`,
  },
  "CLI-HELP-DEADLINES": {
    nb: `tildeling deadlines FIL.xlsx|MAPPE|MØNSTER ... [--sheet ARK] [--date ÅÅÅÅ-MM-DD] [--soon DAGER] [--year ÅÅÅÅ] [--json]

Leser oppdragslisten (oppdrag, frist, ny frist, status, deler) og flagger hvert oppdrag:
forfalt, frist i dag, frist snart, i rute, utført/avsluttet, ingen frist eller uleselig frist.
En frist er ikke passert før dagen er omme (norsk tid). En frist skrevet som en periode
(«juni 2026», «Q3 2026», «uke 40») leses som periodens siste dag og merkes «ca.».

  --sheet ARK         arket med oppdrag (standard: funnet ut fra overskriftene)
  --date ÅÅÅÅ-MM-DD   dagen det flagges mot (standard: i dag i Europe/Oslo)
  --soon DAGER        «frist snart» betyr innen så mange dager (standard 30)
  --year ÅÅÅÅ         året for frister uten årstall («2. kvartal», «uke 40»; standard: budsjettåret
                      i arkets tittel, ellers året i filnavnet)
  --json              skriv resultatet som JSON
  --strict            advarsler teller som feil

Flere filer (FIL, MAPPE eller MØNSTER som «innsendt/*.xlsx», så mange som trengs):
  hver fil leses som over, flere samtidig, og til slutt kommer en tabell med én rad per fil
  og vurderingen klar / må rettes / kunne ikke leses. En mappe leses med undermapper.
  --jobs N            så mange filer samtidig (standard: antall prosessorkjerner)
  --json              { files: [rapporten per fil], summary: {...} }
  --jsonl             én rapport per linje etter hvert som filene blir ferdige, til slutt sammendraget
  Forfalte oppdrag fra alle filene vises i én liste, flest dager over fristen først.
  --report FIL.html   en rapport å sende videre: sammendrag og alle funn per fil, én side per fil
                      på utskrift, på bokmål (--lang en: engelsk)

Avslutningskode: 0 ingen feil og ingen forfalte oppdrag, 1 feil eller forfalte oppdrag,
2 feil bruk eller en fil kan ikke leses.`,
    en: `tildeling deadlines FILE.xlsx|FOLDER|PATTERN ... [--sheet SHEET] [--date YYYY-MM-DD] [--soon DAYS] [--year YYYY] [--json]

Reads the assignment list (assignment, deadline, revised deadline, status, parts) and flags each:
overdue, due today, due soon, on track, done/closed, no deadline or unreadable deadline.
A deadline has not passed until its day has ended (Norwegian time). A deadline written as a
period ("juni 2026", "Q3 2026", "uke 40") is read as the period's last day and marked "ca.".

  --sheet SHEET       the assignment sheet (default: found from the headers)
  --date YYYY-MM-DD   the day to flag against (default: today in Europe/Oslo)
  --soon DAYS         "due soon" means within this many days (default 30)
  --year YYYY         the year of deadlines written without one ("2. kvartal", "uke 40"; default: the
                      budget year in the sheet's title, else the year in the file name)
  --json              print the result as JSON
  --strict            warnings count as errors

Several files (FILE, FOLDER or PATTERN such as "submitted/*.xlsx", as many as needed):
  each file is read as above, several at a time, and a table follows with one row per file
  and the verdict ready / must be fixed / could not be read. A folder is read with its subfolders.
  --jobs N            this many files at a time (default: the number of processor cores)
  --json              { files: [the report per file], summary: {...} }
  --jsonl             one report per line as each file finishes, then the summary
  Overdue assignments of every file are shown in one list, most days overdue first.
  --report FILE.html  a report to send on: the summary and every finding per file, a page per file
                      when printed, in Bokmål (--lang en: English)

Exit code: 0 no errors and nothing overdue, 1 errors or overdue assignments,
2 bad usage or a file cannot be read.`,
  },
  "CLI-HELP-LETTER-TABLE": {
    nb: `tildeling letter-table FIL.xlsx [--format text|html|tsv] [--letter-language nb|nn] [--changes ANDRE.xlsx] [--sheet ARK] [--changes-sheet ARK] [--year ÅÅÅÅ]

Endringstabellen slik den står i et tillegg til tildelingsbrev: Kap/post, Tildeling før tillegget,
Endring, Ny tildeling, med enhet, en blokk per kap/post og setningene om endringene under den.
Valgene for ark er de samme som for apply.

  --format text   lesbar tekst med linjerte kolonner (standard)
  --format tsv    tabulatordelt, limes rett inn i Excel eller Word
  --format html   HTML-tabell, limes inn i Word eller Outlook
  --letter-language nb|nn   brevets målform: bokmål (standard) eller nynorsk; --lang gjelder bare meldingene

Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk eller filen kan ikke leses.`,
    en: `tildeling letter-table FILE.xlsx [--format text|html|tsv] [--letter-language nb|nn] [--changes OTHER.xlsx] [--sheet SHEET] [--changes-sheet SHEET] [--year YYYY]

The change table as a supplement to an allocation letter shows it: Kap/post, Tildeling før tillegget,
Endring, Ny tildeling, with the unit, a block per kap/post and the sentences about the changes under it.
The sheet options are those of apply.

  --format text   readable text with aligned columns (default)
  --format tsv    tab-separated, pastes straight into Excel or Word
  --format html   an HTML table, pastes into Word or Outlook
  --letter-language nb|nn   the letter's written Norwegian: Bokmål (default) or Nynorsk; --lang is for messages only

Exit code: 0 no errors, 1 errors found, 2 bad usage or the file cannot be read.`,
  },
  "CLI-SEVERITY-ERROR": { nb: "feil", en: "error" },
  "CLI-SEVERITY-WARNING": { nb: "advarsel", en: "warning" },
  "CLI-SEVERITY-INFO": { nb: "merknad", en: "info" },
  "CLI-SUMMARY": {
    nb: "{errors|feil|feil}, {warnings|advarsel|advarsler}, {infos|merknad|merknader}.",
    en: "{errors|error|errors}, {warnings|warning|warnings}, {infos|note|notes}.",
  },
  "CLI-MORE-ERRORS": {
    nb: "  … og {count|feil|feil} til (bruk --json for å se alle)",
    en: "  … and {count|more error|more errors} (use --json for all)",
  },
  "CLI-MORE-WARNINGS": {
    nb: "  … og {count|advarsel|advarsler} til (bruk --json for å se alle)",
    en: "  … and {count|more warning|more warnings} (use --json for all)",
  },
  "CLI-MORE-INFOS": {
    nb: "  … og {count|merknad|merknader} til (bruk --json for å se alle)",
    en: "  … and {count|more note|more notes} (use --json for all)",
  },
  "CLI-RESULT-OK": { nb: "Ingen feil funnet.", en: "No errors found." },
  "CLI-RESULT-ERRORS": { nb: "Fant feil.", en: "Errors found." },
  "CLI-CHECK-SHEET": {
    nb: "Arket «{sheet}»: {lines|linje|linjer} lest, {unit} ({kind}).",
    en: "Sheet “{sheet}”: {lines|line|lines} read, {unit} ({kind}).",
  },
  "CLI-KIND-ALLOCATION": { nb: "tildelingsbrev", en: "allocation letter" },
  "CLI-KIND-BUDGET-DATA": { nb: "budsjettdata", en: "budget data" },
  "CLI-CHART-USED": {
    nb: "Kap/post er sjekket mot Gul bok {chartYear}.",
    en: "Codes were checked against Gul bok {chartYear}.",
  },
  "CLI-CHART-OTHER-YEAR": {
    nb: "Det finnes ingen Gul bok for {year} i tildeling; kap/post er sjekket mot Gul bok {chartYear}.",
    en: "tildeling has no Gul bok for {year}; codes were checked against Gul bok {chartYear}.",
  },
  "CLI-SHEET-SKIPPED": {
    nb: "Arket «{sheet}» har ingen tabell med kap/post og beløp og er ikke sjekket.",
    en: "The sheet “{sheet}” has no table of kap/post and amounts and was not checked.",
  },
  "CLI-APPLY-SOURCES": {
    nb: "Tildeling fra arket «{allocation}», endringer fra {changes}.",
    en: "Allocations from the sheet “{allocation}”, changes from {changes}.",
  },
  "CLI-OUT-WRITTEN": {
    nb: "Skrev {file} (en kopi av innfilen med arket «{sheet}»).",
    en: "Wrote {file} (a copy of the input with the sheet “{sheet}”).",
  },
  "CLI-DEADLINES-HEADER": {
    nb: "Oppdrag per {date} («frist snart» = innen {soon} dager):",
    en: "Assignments as of {date} (“due soon” = within {soon} days):",
  },
  "CLI-DEADLINES-OVERDUE": {
    nb: "{count} oppdrag eller deler har passert fristen.",
    en: "{count} assignments or parts are past their deadline.",
  },
  "CLI-COL-ASSIGNMENT": { nb: "Oppdrag", en: "Assignment" },
  "CLI-COL-DEADLINE": { nb: "Frist", en: "Deadline" },
  "CLI-COL-FLAG": { nb: "Status", en: "Status" },
  "CLI-COL-CHAPTER-NAME": { nb: "Kapittel", en: "Chapter" },
  "CLI-COL-POST-NAME": { nb: "Post", en: "Post" },
  "CLI-COL-SEVERITY": { nb: "Alvorlighet", en: "Severity" },
  "CLI-COL-CELL": { nb: "Celle", en: "Cell" },
  "CLI-COL-MESSAGE": { nb: "Melding", en: "Message" },
  "CLI-COL-CODE": { nb: "Kode", en: "Code" },
  "CLI-OUT-SOURCE": {
    nb: "Laget av tildeling fra arket «{allocation}» og {changes} i {file}.",
    en: "Made by tildeling from the sheet “{allocation}” and {changes} in {file}.",
  },
  "CLI-TOTAL": { nb: "Sum", en: "Total" },
};
