// The seed letter (a supplement to Bufdir's allocation letter, see tests/fixtures/seed/tillegg-bufdir-2024.txt) typed
// into a workbook the way a controller keeps it: an allocation sheet (1 000 kr), a sheet of the
// letter's changes and a follow-up list of its assignments. Used by the pane's component tests
// (as Grids) and by the pane's end-to-end test (typed into the in-memory Excel).
// As in the seed fixture, 351/70 is the only one of the letter's codes with an allocation line.
// Two extra allocation rows carry mistakes people make, so Kontroll has something to find:
// a post number out of range and an amount typed with the letter O for zeros.
import type { CellValue } from "../../src/core/grid";

export interface SeedSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export const SEED_ALLOCATIONS: SeedSheet = {
  name: "Tildeling",
  rows: [
    ["Tildeling 2024 – Barne-, ungdoms- og familiedirektoratet"],
    ["(i 1 000 kr)"],
    ["Kap/post", "Betegnelse", "Tildeling"],
    ["351/70", "Tilskudd til likestilling", 57625],
    ["855/700", "Statlig forvaltning av barnevernet", 1200],
    ["858/21", "Spesielle driftsutgifter", "14 5OO"],
  ],
};

export const SEED_CHANGES: SeedSheet = {
  name: "Endringer",
  rows: [
    ["Tillegg nr. 4 til tildelingsbrev 2024 (i 1 000 kr)"],
    ["Kap/post", "Endring", "Tekst"],
    ["351/70", 1000, "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr."],
    ["671/62", -1000, "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01"],
    ["858/01", 1000, "Tilsvarende økning på kap. 858, post 01"],
  ],
};

const TITLE_2 = "Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd";

export const SEED_ASSIGNMENTS: SeedSheet = {
  name: "Oppdrag",
  rows: [
    ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"],
    ["2024-t4:1", "Poststruktur og postbruk", "1. april 2025", null, "Nytt"],
    ["2024 t-4:2", TITLE_2, "31. mai 2026", null, "pågår"],
    [null, "Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget", "30. september 2024", null, null],
    [null, "Del 2: Identifisere tiltak for å sikre raskere og bedre hjelp i fraværssaker", null, null, null],
    ["2023:61", "Videreutvikling av TryggEst", null, "utgangen av 2025", "forlenget"],
    ["2023:30", null, null, null, "avsluttet"],
    ["2022:55", "Rekruttering av gutter til helse- og omsorgssektoren", null, null, "under arbeid"],
  ],
};

export const SEED_SHEETS: readonly SeedSheet[] = [SEED_ALLOCATIONS, SEED_CHANGES, SEED_ASSIGNMENTS];

/** The seed facts are stated as of this day (the seed letter's facts in tests/fixtures/seed/seed-letter.json). */
export const SEED_REFERENCE_DATE = "2026-11-23";
