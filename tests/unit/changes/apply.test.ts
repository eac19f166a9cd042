import Decimal from "decimal.js";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { loadChart } from "../../../src/core/chart/load-chart";
import { applyChanges } from "../../../src/core/changes/apply";
import { readChanges } from "../../../src/core/changes/read-changes";
import type { ChangeEntry, ChangeTable } from "../../../src/core/changes/types";
import { type BudgetCode, budgetCodeKey } from "../../../src/core/codes/budget-code";
import { messageOf } from "../../../src/core/diagnostics";
import { gridFromRows } from "../../../src/core/grid";

const entry = (code: BudgetCode, amount: string, more: Partial<ChangeEntry> = {}): ChangeEntry => ({
  code,
  key: budgetCodeKey(code),
  amount: new Decimal(amount),
  unit: "1000 kr",
  ...more,
});
const rows = (t: ChangeTable) => t.rows.map((r) => [r.key, r.before?.toFixed() ?? null, r.change.toFixed(), r.after?.toFixed() ?? null, r.status]);
const other = (t: ChangeTable) => t.otherRows.map((r) => [r.key, r.change.toFixed(), r.after?.toFixed() ?? null, r.status]);
const codes = (t: ChangeTable) => t.diagnostics.filter((d) => d.severity !== "info" || d.code.startsWith("CHG-")).map((d) => [d.severity, d.code, d.params.code ?? null]);

const allocation = readAllocations(
  gridFromRows("Tildeling", [
    ["(i 1 000 kr)"],
    ["Kap", "Post", "Underpost", "Tildeling"],
    [855, 1, 1, 4050805],
    [855, 1, 2, 836489],
    [855, 21, null, 12500],
    [858, 1, null, 512400],
    [858, 21, null, 14500],
    [351, 70, null, 57625],
  ]),
);

describe("applyChanges", () => {
  it("adds up several changes to one code and keeps their texts", () => {
    const t = applyChanges(allocation, [entry({ chapter: 858, post: 1 }, "1000", { text: "Første" }), entry({ chapter: 858, post: 1 }, "-250", { text: "Andre" })]);
    expect(rows(t)).toEqual([["858/01", "512400", "750", "513150", "changed"]]);
    expect(t.rows[0].entries.map((e) => e.text)).toEqual(["Første", "Andre"]);
    expect(t.rows[0].allocation?.amountCell).toBe("Tildeling!D6");
    expect(t.rows[0].allocation?.sheetRow).toBe(6);
  });

  it("adds several changes to one code exactly: decimals, sums past 2^53, and a change that cancels out", () => {
    const t = applyChanges(allocation, [
      entry({ chapter: 858, post: 1 }, "0.1"),
      entry({ chapter: 858, post: 1 }, "0.2"),
      entry({ chapter: 858, post: 21 }, "9007199254740991"),
      entry({ chapter: 858, post: 21 }, "2"),
      entry({ chapter: 858, post: 21 }, "-1"),
      entry({ chapter: 351, post: 70 }, "1000"),
      entry({ chapter: 351, post: 70 }, "-1000"),
    ]);
    expect(rows(t)).toEqual([
      ["351/70", "57625", "0", "57625", "changed"],
      ["858/01", "512400", "0.3", "512400.3", "changed"],
      ["858/21", "14500", "9007199254740992", "9007199254755492", "changed"],
    ]);
    expect([t.total.change.toFixed(), t.total.after.toFixed()]).toEqual(["9007199254740992.3", "9007199255325517.3"]);
  });

  it("sums underposts into their post unless a change names an underpost", () => {
    const whole = applyChanges(allocation, [entry({ chapter: 855, post: 1 }, "100")]);
    expect(rows(whole)).toEqual([["855/01", "4887294", "100", "4887394", "changed"]]);
    expect(whole.rows[0].allocation?.parts?.map((p) => p.amountCell)).toEqual(["Tildeling!D3", "Tildeling!D4"]);

    const split = applyChanges(allocation, [entry({ chapter: 855, post: 1, subPost: 2 }, "100"), entry({ chapter: 855, post: 1 }, "5")]);
    expect(rows(split)).toEqual([["855/01.2", "836489", "100", "836589", "changed"]]);
    expect(other(split)).toEqual([["855/01", "5", null, "rejected"]]);
    expect(codes(split)).toEqual([["error", "CHG-POST-SPLIT", "855/01"]]);
  });

  it("uses the chart's names and refuses codes that cannot exist", () => {
    const t = applyChanges(allocation, [entry({ chapter: 855, post: 1 }, "1"), entry({ chapter: 7000, post: 1 }, "1"), entry({ chapter: 351, post: 99 }, "1")], {
      chart: loadChart(2025),
    });
    expect(t.rows[0].chapterName).toBe("Statlig forvaltning av barnevernet");
    expect(t.rows[0].postName).toBe("Driftsutgifter");
    expect(other(t)).toEqual([
      ["351/99", "1", "1", "new"],
      ["7000/01", "1", null, "rejected"],
    ]);
    expect(codes(t)).toEqual([
      ["error", "KP-CHAPTER-RANGE", null],
      ["error", "CHG-INVALID-CODE", "7000/01"],
      ["warning", "KP-NOT-IN-CHART", "351/99"],
      ["warning", "CHG-NEW-LINE", "351/99"],
    ]);
  });

  it("refuses to choose between two allocation lines for one code", () => {
    const twice = readAllocations(gridFromRows("Ark1", [["Kap/post", "Tildeling"], ["858/01", 100], ["858/01", 200]]), { unit: "1000 kr" });
    const t = applyChanges(twice, [entry({ chapter: 858, post: 1 }, "10")]);
    expect(t.rows).toEqual([]);
    expect(other(t)).toEqual([["858/01", "10", null, "rejected"]]);
    expect(t.diagnostics.filter((d) => d.code === "CHG-DUPLICATE-LINE").map((d) => d.params.cells)).toEqual(["Ark1!A2, Ark1!A3"]);
  });

  it("names the first five lines of a code repeated many times, and points at the first repeat", () => {
    const repeated = Array.from({ length: 1200 }, (_, i) => ["858/01", 100 + i]);
    const many = readAllocations(gridFromRows("Ark1", [["Kap/post", "Tildeling"], ...repeated]), { unit: "1000 kr" });
    const t = applyChanges(many, [entry({ chapter: 858, post: 1 }, "10")]);
    const found = t.diagnostics.filter((d) => d.code === "CHG-DUPLICATE-LINE");
    expect(found.map((d) => [d.cell, d.params.count, d.params.cells])).toEqual([["Ark1!A3", 1200, "Ark1!A2, Ark1!A3, Ark1!A4, Ark1!A5, Ark1!A6, …"]]);
    expect(messageOf(found[0], "nb")).toBe("858/01 har 1200 tildelingslinjer (Ark1!A2, Ark1!A3, Ark1!A4, Ark1!A5, Ark1!A6, …); endringen er ikke gjort.");
    expect(messageOf(found[0], "en")).toBe("858/01 has 1200 allocation lines (Ark1!A2, Ark1!A3, Ark1!A4, Ark1!A5, Ark1!A6, …); the change is not applied.");
    expect(other(t)).toEqual([["858/01", "10", null, "rejected"]]);
  });

  it("flags a negative after in an allocation letter, and an emptied line as information", () => {
    const t = applyChanges(allocation, [entry({ chapter: 858, post: 21 }, "-14500"), entry({ chapter: 351, post: 70 }, "-60000")]);
    expect(rows(t)).toEqual([
      ["351/70", "57625", "-60000", "-2375", "changed"],
      ["858/21", "14500", "-14500", "0", "changed"],
    ]);
    expect(codes(t)).toEqual([
      ["info", "CHG-AFTER-ZERO", "858/21"],
      ["error", "CHG-AFTER-NEGATIVE", "351/70"],
    ]);
    const data = applyChanges(allocation, [entry({ chapter: 351, post: 70 }, "-60000")], { kind: "budget-data" });
    expect(codes(data)).toEqual([]);
  });

  it("checks that a transfer sums to zero and says by how much it does not", () => {
    const t = applyChanges(allocation, [entry({ chapter: 858, post: 1 }, "-1000", { transfer: "T1" }), entry({ chapter: 858, post: 21 }, "900", { transfer: "T1" })]);
    const d = t.diagnostics.find((x) => x.code === "CHG-TRANSFER-UNBALANCED")!;
    expect([d.severity, d.params.group, d.params.difference, d.params.unit]).toEqual(["error", "T1", "\u2212100", "1000 kr"]);
  });

  it("converts changes in another unit to the allocations' unit, and says so", () => {
    const changes = readChanges(gridFromRows("Endringer", [["Beløp i kroner"], ["Kap/post", "Endring"], ["858/01", "1 234 567"]]));
    const t = applyChanges(allocation, changes);
    expect(t.unit).toBe("1000 kr");
    expect(rows(t)).toEqual([["858/01", "512400", "1234.567", "513634.567", "changed"]]);
    expect(t.diagnostics.map((d) => d.code)).toContain("CHG-UNIT-CONVERTED");
    const inKroner = applyChanges(allocation, changes, { unit: "kr" });
    expect(rows(inKroner)).toEqual([["858/01", "512400000", "1234567", "513634567", "changed"]]);
    expect(inKroner.diagnostics.map((d) => d.code)).toContain("CHG-ALLOC-UNIT-CONVERTED");
  });

  it("lists every line on request, in sheet or budget order, with totals per chapter", () => {
    const t = applyChanges(allocation, [entry({ chapter: 858, post: 1 }, "1000")], { allLines: true });
    expect(t.rows.map((r) => [r.key, r.status])).toEqual([
      ["351/70", "unchanged"],
      ["855/01", "unchanged"],
      ["855/21", "unchanged"],
      ["858/01", "changed"],
      ["858/21", "unchanged"],
    ]);
    expect(t.chapterTotals.map((c) => [c.chapter, c.before.toFixed(), c.change.toFixed(), c.after.toFixed()])).toEqual([
      [351, "57625", "0", "57625"],
      [855, "4899794", "0", "4899794"],
      [858, "526900", "1000", "527900"],
    ]);
    expect([t.total.before.toFixed(), t.total.change.toFixed(), t.total.after.toFixed()]).toEqual(["5484319", "1000", "5485319"]);
    const bySheet = applyChanges(allocation, [entry({ chapter: 858, post: 1 }, "1000")], { allLines: true, order: "sheet" });
    expect(bySheet.rows.map((r) => r.key)).toEqual(["855/01", "855/21", "858/01", "858/21", "351/70"]);
  });

  it("passes on the readers' diagnostics ahead of its own", () => {
    const changes = readChanges(gridFromRows("Endringer", [["Kap/post", "Endring"], ["858/01", "ca. 1000"]]), { unit: "1000 kr" });
    const t = applyChanges(allocation, changes);
    expect(t.diagnostics.map((d) => d.code)).toEqual(["AMT-TEXT"]);
  });
});
