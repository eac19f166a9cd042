// Real data: Gul bok 2024 as the allocation, and the per-post differences to Gul bok 2025 as
// change entries, must give every 2025 amount exactly; posts that exist in one year only are
// reported as new lines (2025 only) or emptied lines (2024 only).
import Decimal from "decimal.js";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import type { AllocationSheet } from "../../../src/core/allocations/types";
import { applyChanges } from "../../../src/core/changes/apply";
import type { ChangeEntry } from "../../../src/core/changes/types";
import { type BudgetCode, budgetCodeKey, postOf } from "../../../src/core/codes/budget-code";
import type { Grid } from "../../../src/core/grid";
import { gulBokGrid } from "./gul-bok-grid";

/** Post key -> amount, underposts summed: worked out here, independently of applyChanges. */
function postAmounts(sheet: AllocationSheet): Map<string, { code: BudgetCode; amount: Decimal }> {
  const out = new Map<string, { code: BudgetCode; amount: Decimal }>();
  for (const line of sheet.lines) {
    const code = postOf(line.code);
    const key = budgetCodeKey(code);
    const prev = out.get(key);
    out.set(key, { code, amount: (prev?.amount ?? new Decimal(0)).plus(line.amount) });
  }
  return out;
}

function dataRows(grid: Grid): number {
  return grid.values.filter((r) => r.some((v) => v !== null && v !== "")).length - 1;
}

describe("Gul bok", () => {
  let g24: Grid;
  let g25: Grid;
  let g26: Grid;
  beforeAll(async () => {
    [g24, g25, g26] = await Promise.all([gulBokGrid(2024), gulBokGrid(2025), gulBokGrid(2026, "Data")]);
  });

  it.each([2024, 2025, 2026])("reads every line of Gul bok %i as budget data with no errors", (year) => {
    const grid = year === 2024 ? g24 : year === 2025 ? g25 : g26;
    const sheet = readAllocations(grid, { kind: "budget-data" });
    expect(sheet.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(sheet.lines).toHaveLength(dataRows(grid));
    expect(sheet.unit).toBe("kr");
    const columns = Object.fromEntries(sheet.tables[0].columns.map((c) => [c.role, c.label]));
    expect(columns.chapter).toBe("kap_nr");
    expect(columns.post).toBe("post_nr");
    expect(sheet.tables[0].amountColumn.label).toBe(year === 2026 ? "beløp" : "GB");
    if (year !== 2026) expect(columns.subPost).toBe("upost_nr");
    // Negative amounts are facts in budget data (post 24 Driftsresultat).
    expect(sheet.lines.some((l) => l.amount.isNegative())).toBe(true);
  });

  it("855/01 in 2025 is the sum of its underposts", () => {
    const posts = postAmounts(readAllocations(g25, { kind: "budget-data" }));
    expect(posts.get("855/01")?.amount.toFixed()).toBe("4887294000");
  });

  it("2024 plus the differences gives every 2025 amount exactly", () => {
    const a24 = readAllocations(g24, { kind: "budget-data" });
    const a25 = readAllocations(g25, { kind: "budget-data" });
    const p24 = postAmounts(a24);
    const p25 = postAmounts(a25);
    const keys = new Set([...p24.keys(), ...p25.keys()]);
    const entries: ChangeEntry[] = [...keys].map((key) => {
      const code = (p25.get(key) ?? p24.get(key))!.code;
      const amount = (p25.get(key)?.amount ?? new Decimal(0)).minus(p24.get(key)?.amount ?? 0);
      return { code, key, amount, unit: "kr", text: "Gul bok 2025 − Gul bok 2024" };
    });
    const table = applyChanges(a24, entries, { kind: "budget-data" });
    expect(table.unit).toBe("kr");

    const onlyIn2025 = [...p25.keys()].filter((k) => !p24.has(k));
    const onlyIn2024 = [...p24.keys()].filter((k) => !p25.has(k));
    expect(onlyIn2025.length).toBeGreaterThan(0);
    expect(onlyIn2024.length).toBeGreaterThan(0);

    // Every post of 2024 is a row; its after is the 2025 amount (0 when 2025 dropped the post).
    expect(table.rows).toHaveLength(p24.size);
    for (const row of table.rows) {
      expect(row.before!.toFixed()).toBe(p24.get(row.key)!.amount.toFixed());
      expect(row.after!.toFixed()).toBe((p25.get(row.key)?.amount ?? new Decimal(0)).toFixed());
      expect(row.after!.eq(row.before!.plus(row.change))).toBe(true);
    }
    // Posts new in 2025 are new lines, each with a warning; their after is the 2025 amount.
    expect(table.otherRows.map((r) => r.key).sort()).toEqual([...onlyIn2025].sort());
    for (const row of table.otherRows) {
      expect(row.status).toBe("new");
      expect(row.before).toBeNull();
      expect(row.after!.toFixed()).toBe(p25.get(row.key)!.amount.toFixed());
    }
    const warned = table.diagnostics.filter((d) => d.code === "CHG-NEW-LINE").map((d) => d.params.code);
    expect([...warned].sort()).toEqual([...onlyIn2025].sort());
    // Posts gone in 2025 are emptied, and said so.
    const emptied = table.diagnostics.filter((d) => d.code === "CHG-AFTER-ZERO").map((d) => String(d.params.code));
    for (const key of onlyIn2024) expect(emptied).toContain(key);
    expect(table.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    // Totals: the table's after plus the new lines is the whole of Gul bok 2025.
    const total2025 = [...p25.values()].reduce((s, p) => s.plus(p.amount), new Decimal(0));
    const newTotal = table.otherRows.reduce((s, r) => s.plus(r.after!), new Decimal(0));
    expect(table.total.after.plus(newTotal).toFixed()).toBe(total2025.toFixed());
    expect(table.total.before.plus(table.total.change).eq(table.total.after)).toBe(true);
  });

  it("read as an allocation letter, the posts that go negative in 2025 are errors", () => {
    const a24 = readAllocations(g24, { kind: "budget-data" });
    const p24 = postAmounts(a24);
    const p25 = postAmounts(readAllocations(g25, { kind: "budget-data" }));
    const entries: ChangeEntry[] = [...p25].filter(([k]) => p24.has(k)).map(([key, p]) => ({ code: p.code, key, amount: p.amount.minus(p24.get(key)!.amount), unit: "kr" }));
    const table = applyChanges(a24, entries, { kind: "allocation" });
    const negative = [...p25].filter(([k, p]) => p24.has(k) && p.amount.isNegative()).map(([k]) => k);
    expect(negative.length).toBeGreaterThan(0);
    const errors = table.diagnostics.filter((d) => d.code === "CHG-AFTER-NEGATIVE");
    expect(errors.map((d) => d.params.code).sort()).toEqual(negative.sort());
    // Still applied and shown: the error is for the reader of the letter to judge.
    for (const key of negative) expect(table.rows.find((r) => r.key === key)!.after!.toFixed()).toBe(p25.get(key)!.amount.toFixed());
  });
});
