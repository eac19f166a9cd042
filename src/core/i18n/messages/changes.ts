import type { MessageTable } from "../types";

// Messages of change entries, applying them, and the change table's labels (CHG-).
export const changeMessages: MessageTable = {
  "CHG-AMOUNT-MISSING": {
    nb: "Endringen på {code} har ikke noe beløp.",
    en: "The change to {code} has no amount.",
  },
  "CHG-CODE-MISSING": {
    nb: "Endringen {text} har ingen kap/post.",
    en: "The change {text} has no budget code (kap/post).",
  },
  "CHG-SIGN-CONFLICT": {
    nb: "Beløpet {amount} og ordet «{word}» peker i hver sin retning; fortegnet på beløpet er brukt.",
    en: "The amount {amount} and the word “{word}” point different ways; the sign of the amount is used.",
  },
  "CHG-SIGN-FROM-WORD": {
    nb: "Endringen på {code} er lest som {amount} fordi teksten sier «{word}».",
    en: "The change to {code} is read as {amount} because the text says “{word}”.",
  },
  "CHG-TEXT-NOT-UNDERSTOOD": {
    nb: "Fant ingen endring i teksten «{text}». Skriv for eksempel «Tildelingen på kap. 351, post 70 økes med 1 mill. kr».",
    en: "Found no change in the text “{text}”. Write for example “Tildelingen på kap. 351, post 70 økes med 1 mill. kr”.",
  },
  "CHG-TEXT-NO-CODE": {
    nb: "Teksten «{text}» sier ikke hvilken kap/post som endres.",
    en: "The text “{text}” does not say which budget code changes.",
  },
  "CHG-TEXT-NO-AMOUNT": {
    nb: "Teksten «{text}» sier ikke hvor mye {code} endres med.",
    en: "The text “{text}” does not say by how much {code} changes.",
  },
  "CHG-TEXT-NO-SIGN": {
    nb: "Teksten «{text}» sier ikke om {code} økes eller reduseres (for eksempel «økes», «reduseres»).",
    en: "The text “{text}” does not say whether {code} goes up or down (for example “økes”, “reduseres”).",
  },
  "CHG-UNIT-ASSUMED": {
    nb: "Beløpet {amount} i «{text}» har ingen enhet; det er lest som {unit}. Skriv enheten i teksten (for eksempel «1 mill. kroner» eller «500 000 kroner») hvis det er feil.",
    en: "The amount {amount} in “{text}” has no unit; it is read as {unit}. Write the unit in the text (for example “1 mill. kroner” or “500 000 kroner”) if that is wrong.",
  },
  "CHG-TEXT-AMOUNT-NO-CODE": {
    nb: "Beløpet {amount} i «{text}» er ikke lest som en endring: leddet nevner ingen kap/post. Skriv én setning per endring, for eksempel «Kap. 351, post 70 økes med 1 mill. kroner».",
    en: "The amount {amount} in “{text}” is not read as a change: the clause names no budget code. Write one sentence per change, for example “Kap. 351, post 70 økes med 1 mill. kroner”.",
  },
  "CHG-TEXT-AMOUNT-SEVERAL-CODES": {
    nb: "Beløpet {amount} i «{text}» er ikke lest som en endring: leddet nevner flere kap/post ({codes}), og det er uklart hvilken beløpet gjelder. Skriv beløpet for hver kap/post.",
    en: "The amount {amount} in “{text}” is not read as a change: the clause names several budget codes ({codes}) and it is unclear which one it belongs to. Write the amount for each code.",
  },
  "CHG-TEXT-AMOUNT-NO-SIGN": {
    nb: "Beløpet {amount} for {codes} i «{text}» er ikke lest som en endring: teksten sier ikke om det økes eller reduseres (for eksempel «økes», «reduseres», «auka», «vert redusert»).",
    en: "The amount {amount} for {codes} in “{text}” is not read as a change: the text does not say whether it goes up or down (for example “økes”, “reduseres”, “auka”, “vert redusert”).",
  },
  "CHG-TEXT-CODE-WITHOUT-ROW": {
    nb: "Teksten «{text}» endrer også {code} med {amount} ({unit}), men ingen rad har denne kap/post; endringen er ikke tatt med. Legg til en rad for {code} eller del teksten.",
    en: "The text “{text}” also changes {code} by {amount} ({unit}), but no row has this code; the change is not applied. Add a row for {code} or split the text.",
  },
  "CHG-TEXT-AMOUNT-NO-UNIT": {
    nb: "Beløpet {amount} for {codes} i «{text}» er ikke lest som en endring: det har ingen enhet, mens andre beløp i setningen har det. Skriv enheten ved beløpet (for eksempel «12 mill. kroner»).",
    en: "The amount {amount} for {codes} in “{text}” is not read as a change: it has no unit while other amounts in the sentence have one. Write the unit beside the amount (for example “12 mill. kroner”).",
  },
  "CHG-TEXT-RESPECTIVELY": {
    nb: "«{text}» fordeler beløp med «henholdsvis» og er ikke lest. Skriv beløpet ved hver kap/post, for eksempel «post 01 med 2 mill. kroner og post 21 med 3 mill. kroner».",
    en: "“{text}” splits amounts with “henholdsvis” (respectively) and is not read. Write the amount beside each code, for example “post 01 med 2 mill. kroner og post 21 med 3 mill. kroner”.",
  },
  "CHG-TEXT-TRANSFER-TARGET": {
    nb: "«{text}» sier «tilsvarende», men ikke hvilken ene kap/post som får motposten ({codes}); setningen er ikke lest. Skriv beløpet for hver kap/post.",
    en: "“{text}” says “tilsvarende” (correspondingly) but not which one budget code takes the other side ({codes}); the sentence is not read. Write the amount for each code.",
  },
  "CHG-TRANSFER-UNBALANCED": {
    nb: "Overføringen {group} går ikke i null: linjene summerer til {difference} ({unit}).",
    en: "The transfer {group} does not balance: its lines add up to {difference} ({unit}).",
  },
  "CHG-NEW-LINE": {
    nb: "{code} har ingen tildelingslinje; endringen på {change} gir en ny linje.",
    en: "{code} has no allocation line; the change of {change} makes a new line.",
  },
  "CHG-NEW-LINE-NEGATIVE": {
    nb: "{code} har ingen tildelingslinje, så tildelingen før er ukjent, og ny tildeling ville bli negativ ({after}). Endringen er ikke gjort.",
    en: "{code} has no allocation line, so the allocation before is unknown, and the new allocation would be negative ({after}). The change is not applied.",
  },
  "CHG-AFTER-NEGATIVE": {
    nb: "Ny tildeling på {code} blir negativ: {before} + {change} = {after}.",
    en: "The new allocation on {code} is negative: {before} + {change} = {after}.",
  },
  "CHG-AFTER-ZERO": {
    nb: "Ny tildeling på {code} blir 0 (før: {before}).",
    en: "The new allocation on {code} is 0 (before: {before}).",
  },
  "CHG-INVALID-CODE": {
    nb: "Endringen på {code} er ikke gjort fordi kap/post er ugyldig.",
    en: "The change to {code} is not applied because the budget code is invalid.",
  },
  "CHG-DUPLICATE-LINE": {
    nb: "{code} har {count} tildelingslinjer ({cells}); endringen er ikke gjort.",
    en: "{code} has {count} allocation lines ({cells}); the change is not applied.",
  },
  "CHG-POST-AND-SUBPOSTS": {
    nb: "{code} står både som post og som underposter, og summen av underpostene ({sum}) er ikke lik posten ({amount}).",
    en: "{code} is given both as a post and as underposts, and the underposts’ sum ({sum}) differs from the post ({amount}).",
  },
  "CHG-POST-SPLIT": {
    nb: "Endringen på {code} er ikke gjort fordi andre endringer gjelder underpostene; endre en underpost i stedet.",
    en: "The change to {code} is not applied because other changes name its underposts; change an underpost instead.",
  },
  "CHG-SCALE-LARGE": {
    nb: "Endringene ser ut til å ha feil enhet: {count} av {total} er større enn linjen de endrer (som {code}: {change} mot {before} {unit}). Er endringene i kroner? Velg enhet {choose:changes-unit}.",
    en: "The changes look out of scale: {count} of {total} are larger than the line they change (such as {code}: {change} against {before} {unit}). Are the changes in kroner? Choose their unit {choose:changes-unit}.",
  },
  "CHG-SCALE-THOUSANDS": {
    nb: "Alle endringene er hele tusen i {unit}, og {code} endres med mer enn linjen ({change} mot {before}). Er endringene i kroner? Velg enhet {choose:changes-unit}.",
    en: "Every change is a whole multiple of 1 000 in {unit}, and {code} changes by more than its line ({change} against {before}). Are the changes in kroner? Choose their unit {choose:changes-unit}.",
  },
  "CHG-SCALE-SMALL": {
    nb: "Alle endringene er under en tusendel av linjen de endrer (som {code}: {change} mot {before} kr). Er endringene i 1 000 kr? Velg enhet {choose:changes-unit}.",
    en: "Every change is below a thousandth of the line it changes (such as {code}: {change} against {before} kr). Are the changes in 1,000 kr? Choose their unit {choose:changes-unit}.",
  },
  "CHG-UNIT-CONVERTED": {
    nb: "Endringene i {from} er regnet om til {to}.",
    en: "The changes in {from} are converted to {to}.",
  },
  "CHG-ALLOC-UNIT-CONVERTED": {
    nb: "Tildelingene i {from} er regnet om til {to}.",
    en: "The allocations in {from} are converted to {to}.",
  },
  "CHG-DATE-INVALID": {
    nb: "Datoen {text} er ikke en dato; den er tatt med som tekst.",
    en: "The date {text} is not a date; it is kept as text.",
  },
  "CHG-LABEL-CODE": { nb: "Kap/post", en: "Kap/post" },
  "CHG-LABEL-BEFORE": { nb: "Tildeling før tillegget", en: "Allocation before" },
  "CHG-LABEL-CHANGE": { nb: "Endring", en: "Change" },
  "CHG-LABEL-AFTER": { nb: "Ny tildeling", en: "New allocation" },
  "CHG-LABEL-CHAPTER": { nb: "Kapittel", en: "Chapter" },
  "CHG-LABEL-POST": { nb: "Post", en: "Post" },
  "CHG-LABEL-TOTAL": { nb: "Sum", en: "Total" },
  "CHG-LABEL-CHAPTER-TOTAL": { nb: "Sum kap. {chapter}", en: "Total chapter {chapter}" },
  "CHG-LABEL-ALLOCATIONS": { nb: "Tildelingslinjer", en: "Allocation lines" },
  "CHG-LABEL-CHANGES": { nb: "Endringer", en: "Changes" },
};
