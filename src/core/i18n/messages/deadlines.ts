import type { MessageTable } from "../types";

// Deadlines (DL-) and assignment lists (ASG-): diagnostics, then the flag texts the faces show.
export const deadlineMessages: MessageTable = {
  "DL-NOT-A-DATE": {
    nb: "«{text}» er ikke en dato; vises som «ingen dato».",
    en: "“{text}” is not a date; shown as “no date”.",
  },
  "DL-NOT-A-DATE-VALUE": {
    nb: "Verdien {text} er ikke en dato.",
    en: "The value {text} is not a date.",
  },
  "DL-NO-YEAR": {
    nb: "«{date}» har ikke årstall, og arket sier ikke hvilket budsjettår det gjelder. Skriv året i datoen eller velg budsjettår.",
    en: "“{date}” has no year, and the sheet does not say which budget year it is. Write the year or choose the budget year.",
  },
  "DL-YEAR-FROM-CONTEXT": {
    nb: "«{date}» har ikke årstall; leses som {year} (budsjettåret som er valgt, eller som arket eller filnavnet nevner). Skriv året i fristen eller velg budsjettår hvis det er et annet.",
    en: "“{date}” has no year; read as {year} (the budget year chosen, or named by the sheet or the file name). Write the year in the deadline or choose the budget year if it is another.",
  },
  "DL-PERIOD-READ": {
    nb: "«{period}» er en periode, ikke en dag; fristen leses som ca. {date} (siste dag i perioden; «medio» er den 15.; en uke er fredagen). Skriv en dato hvis fristen er en annen dag.",
    en: "“{period}” is a period, not a day; the deadline is read as about {date} (the last day of the period; “medio” is the 15th; a week is its Friday). Write a date if the deadline is another day.",
  },
  "DL-PERIOD-START": {
    nb: "«{period}» er starten av en måned og gir ingen bestemt dag; fristen er ikke lest. Skriv en dato.",
    en: "“{period}” is the start of a month and names no particular day; the deadline is not read. Write a date.",
  },
  "DL-INVALID-DATE": {
    nb: "«{date}» er ingen gyldig dato.",
    en: "“{date}” is not a valid date.",
  },
  "DL-NUMBER-NOT-DATE": {
    nb: "Tallet {text} har ikke datoformat. Hvis det er en Excel-dato, er det {asDate}: gi cellen datoformat.",
    en: "The number {text} has no date format. If it is an Excel date, it is {asDate}: give the cell a date format.",
  },
  "DL-SERIAL-RANGE": {
    nb: "Datoverdien {text} er utenfor Excels datoområde.",
    en: "The date value {text} is outside Excel's date range.",
  },
  "DL-SERIAL-LEAP-DAY": {
    nb: "Datoverdien {text} er 29. februar 1900, en dag som ikke fantes (en kjent feil i Excels datosystem).",
    en: "The date value {text} is 29 February 1900, a day that never existed (a known quirk of Excel's date system).",
  },
  "DL-SEVERAL-DATES": {
    nb: "«{text}» nevner flere datoer; fristen leses som {date} (den første). Skriv bare fristen i cellen, eller «ny frist» foran en ny.",
    en: "“{text}” names several dates; the deadline is read as {date} (the first). Write only the deadline in the cell, or “ny frist” before a new one.",
  },
  "ASG-HEADER-WITHOUT-ROWS": {
    nb: "Raden «{text}» er lest som en ny overskrift, men ingen oppdrag står under den.",
    en: "The row “{text}” is read as a new header, but no assignment is listed under it.",
  },
  "ASG-NO-ID": {
    nb: "Oppdraget «{text}» har ikke oppdragsnummer.",
    en: "The assignment “{text}” has no id.",
  },
  "ASG-DUPLICATE-ID": {
    nb: "Oppdrag {id} står flere ganger (også i {other}).",
    en: "Assignment {id} is listed more than once (also in {other}).",
  },
  "ASG-PART-WITHOUT-ASSIGNMENT": {
    nb: "«{part}» står før noe oppdrag og leses som et eget oppdrag.",
    en: "“{part}” comes before any assignment and is read as an assignment of its own.",
  },
  "ASG-UNKNOWN-STATUS": {
    nb: "Statusen «{text}» i {cell} er ukjent; oppdraget regnes som åpent. Skriv «utført», «levert», «ferdig» eller «avsluttet» hvis det er gjort.",
    en: "The status “{text}” in {cell} is unknown; the assignment is treated as open. Write “utført”, “levert”, “ferdig” or “avsluttet” if it is done.",
  },
  "ASG-PARTIAL-STATUS": {
    nb: "Statusen «{text}» i {cell} er en delvis levering eller et utkast; oppdraget regnes som åpent. Skriv «utført», «levert», «ferdig» eller «avsluttet» når alt er levert.",
    en: "The status “{text}” in {cell} is a partial or draft delivery; the assignment is treated as open. Write “utført”, “levert”, “ferdig” or “avsluttet” when everything is delivered.",
  },
  "ASG-ROW-NOT-READ": {
    nb: "Raden «{text}» har verken oppdragsnummer, tittel, frist eller status og er ikke lest som et oppdrag.",
    en: "The row “{text}” has no id, title, deadline or status and is not read as an assignment.",
  },

  // Flag names (legends, filters) and flag texts (one row of the result).
  "DL-FLAG-NAME-OVERDUE": { nb: "Over fristen", en: "Overdue" },
  "DL-FLAG-NAME-DUE-TODAY": { nb: "Frist i dag", en: "Due today" },
  "DL-FLAG-NAME-DUE-SOON": { nb: "Frist snart", en: "Due soon" },
  "DL-FLAG-NAME-ON-TRACK": { nb: "I rute", en: "On track" },
  "DL-FLAG-NAME-DONE": { nb: "Utført eller avsluttet", en: "Done or closed" },
  "DL-FLAG-NAME-NO-DEADLINE": { nb: "Ingen dato", en: "No date" },
  "DL-FLAG-NAME-UNREADABLE": { nb: "Uleselig frist", en: "Unreadable deadline" },
  "DL-FLAG-OVERDUE": { nb: "Fristen gikk ut for {days} dager siden", en: "Overdue by {days} days" },
  "DL-FLAG-OVERDUE-ONE": { nb: "Fristen gikk ut i går", en: "Overdue by 1 day" },
  "DL-FLAG-DUE-TODAY": { nb: "Frist i dag", en: "Due today" },
  "DL-FLAG-DUE-SOON": { nb: "Frist om {days} dager", en: "Due in {days} days" },
  "DL-FLAG-DUE-SOON-ONE": { nb: "Frist i morgen", en: "Due tomorrow" },
  "DL-FLAG-ON-TRACK": { nb: "I rute ({days} dager igjen)", en: "On track ({days} days left)" },
  "DL-FLAG-DONE": { nb: "Utført", en: "Done" },
  "DL-FLAG-CLOSED": { nb: "Avsluttet", en: "Closed" },
  "DL-FLAG-NO-DEADLINE": { nb: "Ingen frist", en: "No deadline" },
  "DL-FLAG-NO-DEADLINE-TEXT": { nb: "Ingen dato: «{text}»", en: "No date: “{text}”" },
  "DL-FLAG-UNREADABLE": { nb: "Uleselig frist: «{text}»", en: "Unreadable deadline: “{text}”" },

  // A deadline read from a period ("juni 2026"): the day shown as approximate, and the rule used.
  "DL-APPROX-DATE": { nb: "ca. {date}", en: "approx. {date}" },
  "DL-RULE-MONTH": { nb: "siste dag i måneden", en: "last day of the month" },
  "DL-RULE-QUARTER": { nb: "siste dag i kvartalet", en: "last day of the quarter" },
  "DL-RULE-TERTIAL": { nb: "siste dag i tertialet", en: "last day of the tertial" },
  "DL-RULE-HALF-YEAR": { nb: "siste dag i halvåret", en: "last day of the half year" },
  "DL-RULE-YEAR": { nb: "siste dag i året", en: "last day of the year" },
  "DL-RULE-TERM": { nb: "siste dag i vår- eller høsthalvåret", en: "last day of the spring or autumn term" },
  "DL-RULE-ULTIMO": { nb: "ultimo: siste dag i måneden", en: "ultimo: last day of the month" },
  "DL-RULE-MEDIO": { nb: "medio: den 15.", en: "medio: the 15th" },
  "DL-RULE-WEEK": { nb: "fredag i uka", en: "Friday of the week" },
  "DL-RULE-PRIMO": { nb: "primo: ikke lest", en: "primo: not read" },
};
