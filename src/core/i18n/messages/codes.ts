import type { MessageTable } from "../types";

// Budget codes (kap/post). Every key is a stable diagnostic code (or a UI label) of src/core/codes.
// Placeholders: {text} the text as written; {chapter}, {post}, {subPost}, {part} the offending part.
//
// KP-EMPTY          error  the cell or text is empty
// KP-NO-CHAPTER     error  a post is given but no chapter
// KP-NO-POST        error  a chapter with no post (`Kap. 351 Likestilling`, `351`)
// KP-NOT-NUMBER     error  a part that should be a number is not (`kap. abc post 70`)
// KP-CHAPTER-RANGE  error  chapter outside 1–5999
// KP-POST-RANGE     error  post outside 1–99
// KP-SUBPOST        error  underpost outside 1–99, or one that names another post
// KP-TWO-CODES      error  two codes in one cell (`351/70 og 858/01`)
// KP-FORMAT         error  digits, but not written as any kap/post form we know (`351 70`, `351//70`)
// KP-NUMBER-CELL    warning a code stored as a number whose post reads two ways (`351.7`: read as 70, may be 07)
// KP-DATE-CELL      warning a code a spreadsheet turned into a date (`7.60` -> 01.07.1960): read as 7/60
export const codeMessages: MessageTable = {
  "KP-EMPTY": {
    nb: "Kap/post mangler: cellen er tom.",
    en: "The budget code is missing: the cell is empty.",
  },
  "KP-NO-CHAPTER": {
    nb: "«{text}» har post, men mangler kapittel.",
    en: "“{text}” has a post but no chapter.",
  },
  "KP-NO-POST": {
    nb: "«{text}» mangler post: oppgi kap/post, for eksempel 351/70.",
    en: "“{text}” has no post: give chapter and post, for example 351/70.",
  },
  "KP-NOT-NUMBER": {
    nb: "«{text}» er ikke en kap/post: «{part}» er ikke et tall.",
    en: "“{text}” is not a budget code: “{part}” is not a number.",
  },
  "KP-CHAPTER-RANGE": {
    nb: "«{text}»: kapittel {chapter} finnes ikke; kapitler går fra 1 til 5999.",
    en: "“{text}”: there is no chapter {chapter}; chapters run from 1 to 5999.",
  },
  "KP-POST-RANGE": {
    nb: "«{text}»: post {post} finnes ikke; poster går fra 01 til 99.",
    en: "“{text}”: there is no post {post}; posts run from 01 to 99.",
  },
  "KP-SUBPOST": {
    nb: "«{text}»: underpost «{subPost}» er ugyldig; en underpost skrives som 01.1 og hører til sin post.",
    en: "“{text}”: the underpost “{subPost}” is invalid; an underpost is written like 01.1 and belongs to its post.",
  },
  "KP-TWO-CODES": {
    nb: "«{text}» inneholder mer enn én kap/post; skriv én per celle.",
    en: "“{text}” holds more than one budget code; write one per cell.",
  },
  "KP-FORMAT": {
    nb: "«{text}» er ikke skrevet som en kap/post (351/70, kap. 351, post 70, 760.21 eller 858 post 01).",
    en: "“{text}” is not written as a budget code (351/70, kap. 351, post 70, 760.21 or 858 post 01).",
  },
  "KP-NUMBER-CELL": {
    nb: "«{text}» er lagret som et tall, så posten kan være {long} eller {short}; den er lest som {long} (en null til slutt faller bort når et tall lagres). Er det feil, skriv kap/post som tekst, for eksempel {example}, eller gi cellen tallformatet 0.00.",
    en: "“{text}” is stored as a number, so the post may be {long} or {short}; it is read as {long} (a trailing zero is dropped when a number is stored). If that is wrong, write the code as text, for example {example}, or give the cell the number format 0.00.",
  },
  "KP-DATE-CELL": {
    nb: "Kap/post-cellen inneholder datoen {date}; regnearket har trolig gjort «{probable}» om til en dato, og den er lest som {probable}. Skriv kap/post som tekst (for eksempel {probable}) så den ikke blir en dato.",
    en: "The budget code cell holds the date {date}; the spreadsheet probably turned “{probable}” into a date, and it is read as {probable}. Write the code as text (for example {probable}) so it does not become a date.",
  },
  // Post groups (official, by post number; DOMAIN.md).
  "KP-GROUP-EXPENDITURE-1": { nb: "Statens egne driftsutgifter", en: "Central government operating expenditure" },
  "KP-GROUP-EXPENDITURE-2": { nb: "Nybygg, anlegg mv.", en: "New buildings, construction etc." },
  "KP-GROUP-EXPENDITURE-3": { nb: "Overføringer til andre", en: "Transfers to others" },
  "KP-GROUP-EXPENDITURE-4": { nb: "Utlån, statsgjeld mv.", en: "Lending, government debt etc." },
  "KP-GROUP-REVENUE-1": { nb: "Salg av varer og tjenester mv.", en: "Sales of goods and services etc." },
  "KP-GROUP-REVENUE-2": { nb: "Inntekter i forbindelse med nybygg, anlegg mv.", en: "Revenue from new buildings, construction etc." },
  "KP-GROUP-REVENUE-3": { nb: "Overføringer fra andre", en: "Transfers from others" },
  "KP-GROUP-REVENUE-4": { nb: "Tilbakebetalinger mv.", en: "Repayments etc." },
  "KP-SIDE-EXPENDITURE": { nb: "Utgift", en: "Expenditure" },
  "KP-SIDE-REVENUE": { nb: "Inntekt", en: "Revenue" },
};
