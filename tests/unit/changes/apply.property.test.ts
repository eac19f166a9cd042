// After = before + change exactly, and the totals add up, over 10 000 random allocation and
// change sets (amounts with up to three decimals, up to 13 digits, either sign, mixed units).
import Decimal from "decimal.js";
import fc from "fast-check";
import type { AllocationLine } from "../../../src/core/allocations/types";
import type { Unit } from "../../../src/core/amounts/unit";
import { applyChanges } from "../../../src/core/changes/apply";
import type { ChangeEntry } from "../../../src/core/changes/types";
import { type BudgetCode, budgetCodeKey } from "../../../src/core/codes/budget-code";

// The test's own arithmetic: wide enough that nothing it does can round.
const Wide = Decimal.clone({ precision: 100 });
const KRONER: Record<Unit, number> = { kr: 1, "1000 kr": 1000, "mill. kr": 1_000_000, "mrd. kr": 1_000_000_000 };
const inUnit = (value: Decimal, from: Unit, to: Unit) => new Wide(value).times(KRONER[from]).div(KRONER[to]);
/** Plain checks rather than expect(): they run 10 000 times. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
}
function same(a: readonly string[], b: readonly string[], what: string): void {
  check(a.length === b.length && a.every((x, i) => x === b[i]), `${what}: ${a.join(",")} vs ${b.join(",")}`);
}
const sum = (values: Decimal[]) => values.reduce((s: Decimal, v) => s.plus(v), new Wide(0));

const amountArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 3 }))
  .map(([n, scale]) => new Decimal(n.toString()).div(10 ** scale));
const codeArb = fc.record({ chapter: fc.integer({ min: 1, max: 12 }), post: fc.constantFrom(1, 21, 45, 50, 70) });
const unitArb = fc.constantFrom<Unit>("kr", "1000 kr", "mill. kr");

function line(code: BudgetCode, amount: Decimal, i: number): AllocationLine {
  const cell = { address: `Ark1!B${i + 2}`, row: i + 1, col: 1 };
  return { code, key: budgetCodeKey(code), amount, sheet: "Ark1", table: 0, row: i + 1, sheetRow: i + 2, codeCell: { ...cell, col: 0 }, amountCell: cell };
}

const caseArb = fc.record({
  lines: fc.uniqueArray(fc.record({ code: codeArb, amount: amountArb }), { maxLength: 8, selector: (l) => budgetCodeKey(l.code) }),
  entries: fc.array(fc.record({ code: codeArb, amount: amountArb, unit: unitArb, transfer: fc.option(fc.constantFrom("T1", "T2")) }), { maxLength: 10 }),
  allocationUnit: unitArb,
  tableUnit: fc.option(unitArb),
  kind: fc.constantFrom<"allocation" | "budget-data">("allocation", "budget-data"),
  allLines: fc.boolean(),
});

describe("applyChanges, property", () => {
  it("after = before + change exactly; the totals add up; every change is accounted for", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const unit = c.tableUnit ?? c.allocationUnit;
        const lines = c.lines.map((l, i) => line(l.code, l.amount, i));
        const entries: ChangeEntry[] = c.entries.map((e) => ({
          code: e.code,
          key: budgetCodeKey(e.code),
          amount: e.amount,
          unit: e.unit,
          ...(e.transfer ? { transfer: e.transfer } : {}),
        }));
        const table = applyChanges({ lines, unit: c.allocationUnit }, entries, { kind: c.kind, allLines: c.allLines, ...(c.tableUnit ? { unit: c.tableUnit } : {}) });

        const before = new Map(lines.map((l) => [l.key, inUnit(l.amount, c.allocationUnit, unit)]));
        const change = new Map<string, Decimal>();
        for (const e of entries) change.set(e.key, (change.get(e.key) ?? new Wide(0)).plus(inUnit(e.amount, e.unit, unit)));

        for (const row of table.rows) {
          check(row.after!.eq(new Wide(row.before!).plus(row.change)), "after = before + change");
          check(row.before!.eq(before.get(row.key)!), "before is the allocation");
          check(row.change.eq(change.get(row.key) ?? 0), "change is the sum of the entries");
        }
        // Rows: every changed allocation line, and every line when asked for.
        const expectedRows = lines.filter((l) => c.allLines || change.has(l.key)).map((l) => l.key).sort();
        same(table.rows.map((r) => r.key).sort(), expectedRows, "rows");
        // Changes without a line are new lines or rejected, never lost.
        same(table.otherRows.map((r) => r.key).sort(), [...change.keys()].filter((k) => !before.has(k)).sort(), "other rows");
        for (const row of table.otherRows) {
          check(row.change.eq(change.get(row.key)!), "other row change");
          check(row.status === "new" ? row.after!.eq(row.change) : row.after === null, "new line after");
        }
        const allChanges = sum([...change.values()]);
        check(sum([...table.rows, ...table.otherRows].map((r) => r.change)).eq(allChanges), "every change accounted for");

        // Totals: over the rows, per chapter and overall.
        check(table.total.before.eq(sum(table.rows.map((r) => r.before!))), "total before");
        check(table.total.change.eq(sum(table.rows.map((r) => r.change))), "total change");
        check(table.total.after.eq(sum(table.rows.map((r) => r.after!))), "total after");
        check(table.total.after.eq(new Wide(table.total.before).plus(table.total.change)), "total after = before + change");
        check(sum(table.chapterTotals.map((t) => t.after)).eq(table.total.after), "chapter totals add up");
        for (const t of table.chapterTotals) {
          const mine = table.rows.filter((r) => r.code.chapter === t.chapter);
          check(t.before.eq(sum(mine.map((r) => r.before!))), "chapter before");
          check(t.after.eq(new Wide(t.before).plus(t.change)), "chapter after = before + change");
        }

        // Transfers: an error exactly for each group that does not sum to zero.
        const groups = new Map<string, Decimal>();
        for (const e of entries) if (e.transfer) groups.set(e.transfer, (groups.get(e.transfer) ?? new Wide(0)).plus(inUnit(e.amount, e.unit, unit)));
        const unbalanced = [...groups].filter(([, s]) => !s.isZero()).map(([g]) => g).sort();
        same(table.diagnostics.filter((d) => d.code === "CHG-TRANSFER-UNBALANCED").map((d) => String(d.params.group)).sort(), unbalanced, "unbalanced transfers");
      }),
      { numRuns: 10_000 },
    );
  });
});
