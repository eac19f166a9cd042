// The words people put in the header of allocation and change sheets, by meaning. Patterns are
// anchored, so Gul bok's other number columns (fdep_nr, omr_nr, kat_nr, gdep_nr, avs_nr) never
// pass for kap or post, and `kap_navn` is a name, not a chapter.
import type { ColumnRole } from "../sheet/header";

/** `kap/post`, `kap./post`, `kapittel/post`, `kap.post`, `kap-post`, `budsjettkode`. */
export const CODE_ROLE: ColumnRole = {
  key: "code",
  patterns: [/^kap(ittel)?\.? ?[/.\-–]? ?post(\.? ?\/ ?u(nder)?post)?\b/, /^kap ?\/ ?post/, /^(budsjett)?kode$/, /^budget ?code$/],
};

export const CHAPTER_ROLE: ColumnRole = {
  key: "chapter",
  patterns: [/^kap(ittel)?(\.|_| )?(nr|nummer)?\.?$/, /^kapittelnummer$/, /^chapter$/, /^(utgifts|inntekts)?kap(ittel)?( nr)?$/],
};

export const POST_ROLE: ColumnRole = {
  key: "post",
  patterns: [/^post(\.|_| )?(nr|nummer)?\.?$/, /^postnummer$/, /^post ?nr$/],
};

export const SUBPOST_ROLE: ColumnRole = {
  key: "subPost",
  patterns: [/^u(nder)?(\.|_| )?post(\.|_| )?(nr|nummer)?\.?$/, /^sub ?post$/],
};

export const CHAPTER_NAME_ROLE: ColumnRole = {
  key: "chapterName",
  patterns: [/^kap(ittel)?(\.|_| )?(navn|tekst|betegnelse)$/, /^kapittelnavn$/],
};

export const POST_NAME_ROLE: ColumnRole = {
  key: "postName",
  patterns: [/^post(\.|_| )?(navn|tekst|betegnelse)$/, /^postnavn$/, /^(navn|betegnelse|benevnelse)$/],
};

/** "Tildeling før tillegget", "Tildeling før endring", "Opprinnelig tildeling". */
export const BEFORE_ROLE: ColumnRole = {
  key: "before",
  patterns: [/^(tildeling|bevilgning|ramme|budsjett) før\b/, /^før (endring|tillegg)/, /^opprinnelig (tildeling|bevilgning|budsjett)/],
};

export const CHANGE_ROLE: ColumnRole = {
  key: "change",
  // "Endring i pst." in a Prop. 1 S table is a percentage, not an amount.
  patterns: [/^endring(er)?\b(?!.*(\bpst\b|prosent|%))/, /^(økning|reduksjon) ?\/ ?(økning|reduksjon)/, /^tillegg$/, /^omdisponering\b/, /^justering\b/],
};

/** "Ny tildeling", "Ny bevilgning", "Revidert tildeling". */
export const AFTER_ROLE: ColumnRole = {
  key: "after",
  patterns: [/^ny(tt)? (tildeling|bevilgning|ramme|budsjett)\b/, /^revidert (tildeling|bevilgning|budsjett)\b/, /^tildeling etter\b/],
};

/** Plain amount columns: tildeling, beløp, sum, GB (Gul bok), bevilgning, saldert budsjett. */
export const AMOUNT_ROLE: ColumnRole = {
  key: "amount",
  patterns: [
    /^(samlet )?tildeling(er)?\b/,
    /^beløp\b/,
    /^sum\b/,
    /^gb$/,
    /^(saldert )?budsjett\b/,
    /^bevilgning\b/,
    /^(vedtatt|saldert) budsjett\b/,
    /^ramme\b/,
    /^amount\b/,
    /^postsum$/,
    /^kroner$/,
    /^(i )?(hele )?kr$/,
    /^forslag\b/,
    /^regnskap\b/,
    /^tildelt\b/,
    /^(opprinnelig|vedtatt|revidert|justert) (tildeling|bevilgning|budsjett|ramme)\b/,
    /^\(?i? ?(1 ?000|mill\.?) ?(kr|kroner)\)?$/,
  ],
};

export const TEXT_ROLE: ColumnRole = {
  key: "text",
  patterns: [/^(tekst|beskrivelse|begrunnelse|merknad(er)?|kommentar|formål|forklaring|omtale)\b/, /^text$/],
};

export const REFERENCE_ROLE: ColumnRole = {
  key: "reference",
  patterns: [/^(ref|referanse|saksnr|saksnummer|sak|tillegg nr|brev|vedtak)\b/, /^reference$/],
};

export const DATE_ROLE: ColumnRole = {
  key: "date",
  patterns: [/^dato\b/, /^date$/, /^vedtaksdato$/],
};

export const TRANSFER_ROLE: ColumnRole = {
  key: "transfer",
  patterns: [/^(overføring|omdisponering)s?(gruppe|nr|id)?$/, /^gruppe$/, /^transfer( group)?$/],
};

/**
 * The code and named amount columns both kinds of sheet have, in the order roles are tried on
 * each header cell (specific first: "Kap. navn" before "Kap", "Tildeling før" before "Tildeling").
 */
const CODE_AND_AMOUNT_ROLES: readonly ColumnRole[] = [
  CODE_ROLE,
  CHAPTER_NAME_ROLE,
  POST_NAME_ROLE,
  SUBPOST_ROLE,
  CHAPTER_ROLE,
  POST_ROLE,
  BEFORE_ROLE,
  AFTER_ROLE,
  CHANGE_ROLE,
];

/** In an allocation sheet, "Formål" names the post; in a change list it is the reason for the change. */
const PURPOSE_AS_NAME: ColumnRole = { key: "postName", patterns: [/^formål$/] };

/** Roles of an allocation sheet. */
export const ALLOCATION_ROLES: readonly ColumnRole[] = [...CODE_AND_AMOUNT_ROLES, AMOUNT_ROLE, PURPOSE_AS_NAME, TEXT_ROLE];

/** Roles of a change sheet: the change amount may be headed "Endring" or just "Beløp". */
export const CHANGE_ROLES: readonly ColumnRole[] = [...CODE_AND_AMOUNT_ROLES, TRANSFER_ROLE, AMOUNT_ROLE, TEXT_ROLE, REFERENCE_ROLE, DATE_ROLE];
