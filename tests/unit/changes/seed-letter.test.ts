// The seed letter (a supplement to Bufdir's allocation letter) reproduced through the readers,
// from sheets typed the way a person types them: text amounts, a unit caption above the table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { loadChart } from "../../../src/core/chart/load-chart";
import { applyChanges } from "../../../src/core/changes/apply";
import { parseChangeText } from "../../../src/core/changes/change-text";
import { readChanges } from "../../../src/core/changes/read-changes";
import { transferSums } from "../../../src/core/changes/transfers";
import type { ChangeEntry } from "../../../src/core/changes/types";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { gridFromRows } from "../../../src/core/grid";
import { renderChangeTableText } from "../../../src/core/render/change-table-text";

interface SeedFixture {
  unit: string;
  allocation: { code: string; chapterName: string; postName: string; amount: string }[];
  changes: { code: string; change: string; transfer?: string; text?: string }[];
  expectedChangeTable: { code: string; before: string; change: string; after: string }[];
  expectedLetterTableText: string;
  expectedDiagnosticsWhenOnly351IsAllocated: { code: string; severity: string }[];
  transferT1SumsToZero: boolean;
}

const seed: SeedFixture = JSON.parse(readFileSync(join(__dirname, "../../fixtures/seed/seed-letter.json"), "utf8"));

// The allocation as a finance officer types it: a title, a unit caption, text amounts.
const allocationSheet = gridFromRows("Tildeling", [
  ["Tildeling til Bufdir 2024"],
  ["(i 1 000 kr)"],
  [],
  ["Kap/post", "Tildeling"],
  ["351/70", "57 625"],
]);

// The changes typed as rows: the letter's sentences beside amounts written without a sign.
const changeSheet = gridFromRows("Endringer", [
  ["Beløp i 1 000 kroner"],
  ["Kap/post", "Endring", "Tekst", "Overføring"],
  ["351/70", "1 000", "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.", ""],
  ["kap. 671, post 62", "1 000", "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01", "T1"],
  ["858/01", "1 000", "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01", "T1"],
]);

function simple(entries: readonly ChangeEntry[]) {
  return entries.map((e) => ({ code: formatBudgetCode(e.code), change: e.amount.toFixed(), ...(e.transfer ? { transfer: e.transfer } : {}) }));
}

describe("the seed letter", () => {
  const allocations = readAllocations(allocationSheet);
  const changes = readChanges(changeSheet);

  it("reads the allocation sheet in 1 000 kr from its caption", () => {
    expect(allocations.unit).toBe(seed.unit);
    expect(allocations.lines.map((l) => ({ code: l.key, amount: l.amount.toFixed() }))).toEqual(seed.allocation.map((a) => ({ code: a.code, amount: a.amount })));
    expect(allocations.lines[0].amountCell.address).toBe("Tildeling!B5");
    expect(allocations.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reads the change entries with the sign from the words", () => {
    expect(changes.unit).toBe(seed.unit);
    expect(simple(changes.entries)).toEqual(seed.changes.map((c) => ({ code: c.code, change: c.change, ...(c.transfer ? { transfer: c.transfer } : {}) })));
    expect(transferSums(changes.entries).get("T1")?.isZero()).toBe(seed.transferT1SumsToZero);
  });

  it("reads the same entries from the letter's sentences", () => {
    const fromText = [
      ...parseChangeText(seed.changes[0].text!, { code: { chapter: 351, post: 70 } }).entries,
      ...parseChangeText(seed.changes[1].text!).entries,
    ];
    expect(simple(fromText)).toEqual(seed.changes.map((c) => ({ code: c.code, change: c.change, ...(c.transfer ? { transfer: c.transfer } : {}) })));
  });

  it("gives the letter's change table, its text and its diagnostics", () => {
    const table = applyChanges(allocations, changes, { chart: loadChart(2024) });
    expect(table.rows.map((r) => ({ code: r.key, before: r.before?.toFixed(), change: r.change.toFixed(), after: r.after?.toFixed() }))).toEqual(seed.expectedChangeTable);
    expect(table.rows[0].chapterName).toBe(seed.allocation[0].chapterName);
    expect(table.rows[0].postName).toBe(seed.allocation[0].postName);
    expect(renderChangeTableText(table)).toBe(seed.expectedLetterTableText);

    const notInfo = table.diagnostics.filter((d) => d.severity !== "info");
    const expected = seed.expectedDiagnosticsWhenOnly351IsAllocated;
    expect(notInfo.map((d) => ({ code: String(d.params.code), severity: d.severity }))).toEqual(expected.map((e) => ({ code: e.code, severity: e.severity })));
    expect(notInfo.map((d) => d.code)).toEqual(["CHG-NEW-LINE-NEGATIVE", "CHG-NEW-LINE"]);
    // The error names the cell of the change and the negative result.
    expect(notInfo[0].cell).toBe("Endringer!B4");
    expect(notInfo[0].params.after).toBe("\u22121 000");
  });
});
