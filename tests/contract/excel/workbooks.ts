// Workbooks for the adapter's contract tests, typed into the in-memory Excel the way a user would
// lay them out, with the seed letter's facts (tests/fixtures/seed/seed-letter.json).
import seed from "../../fixtures/seed/seed-letter.json";
import { createExcelActions } from "../../../src/excel/actions";
import { loadChart } from "../../../src/core/chart/load-chart";
import type { PaneSettings } from "../../../src/app/pane-actions";
import { type FakeExcel, createFakeExcel } from "../../support/fake-excel";

export const SETTINGS: PaneSettings = { referenceDate: "2026-11-23", soonDays: 30, unit: "auto", chartYear: 2025 };

/** The adapter over the fake workbook, with every Gul bok built in and, when given, a fixed clock. */
export function actionsFor(fake: FakeExcel, now?: () => Date) {
  return createExcelActions(fake.host, { loadChart: async (year) => loadChart(year), ...(now ? { now } : {}) });
}

/** The seed letter's allocation table (1 000 kr) with two of Bufdir's other lines and a total row. */
export function allocationSheet(fake: FakeExcel, sheet = "Tildeling"): void {
  const [line] = seed.allocation;
  fake.state.type(sheet, [
    ["Tildelingsbrev 2025 – Bufdir"],
    ["(i 1 000 kr)"],
    ["Kap/post", "Betegnelse", "Tildeling"],
    [line.code, line.postName, Number(line.amount)],
    ["858/01", "Driftsutgifter", 300000],
    ["671/62", "Kommunale integreringstiltak", 20000],
    ["Sum", null, "=SUM(C4:C6)"],
  ]);
}

/** The seed letter's change entries, the transfer T1 included. */
export function changeSheet(fake: FakeExcel, sheet = "Endringer"): void {
  fake.state.type(sheet, [
    ["Kap/post", "Endring", "Overføring", "Tekst"],
    ...seed.changes.map((c) => [c.code, Number(c.change), c.transfer ?? null, c.text ?? null]),
  ]);
}

/** The seed letter's assignments as an assignment list, plus one due soon after the seed day. */
export function assignmentSheet(fake: FakeExcel, sheet = "Oppdrag"): void {
  const byId = new Map(seed.assignments.map((a) => [a.id, a]));
  const a = (id: string) => byId.get(id) as (typeof seed.assignments)[number];
  fake.state.type(sheet, [
    ["Oppdrag i tildelingsbrev 2024 og 2025"],
    ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"],
    [a("2024-t4:1").id, a("2024-t4:1").title ?? null, a("2024-t4:1").deadlineText ?? null, null, null],
    [a("2024 t-4:2").id, a("2024 t-4:2").title ?? null, a("2024 t-4:2").deadlineText ?? null, null, null],
    [null, "Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget", "30. september 2024", null, null],
    [a("2023:61").id, a("2023:61").title ?? null, "1. mars 2024", "utgangen av 2025", null],
    [a("2023:30").id, "Oppdrag som er avsluttet", null, null, "Avsluttet"],
    [a("2022:55").id, a("2022:55").title ?? null, null, null, null],
    ["TB2026-17", "Rapport om tilskuddsforvaltningen", "1. desember 2026", null, null],
  ]);
}

export function seededWorkbook(options: { excelApi?: string } = {}): FakeExcel {
  const fake = createFakeExcel(options);
  allocationSheet(fake);
  changeSheet(fake);
  assignmentSheet(fake);
  return fake;
}

export const CHANGES_FROM_SHEET = { allocations: { sheet: "Tildeling" }, changes: { kind: "source" as const, source: { sheet: "Endringer" } } };
