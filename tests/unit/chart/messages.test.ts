import { parseAmount } from "../../../src/core/amounts/parse-amount";
import { budgetCodeFromCells, parseBudgetCode } from "../../../src/core/codes/budget-code";
import { budgetCodeFromCell } from "../../../src/core/codes/code-cell";
import { allMessageKeys, hasMessage, rawMessage } from "../../../src/core/i18n/catalog";
import { loadChart } from "../../../src/core/chart/load-chart";
import { validateCode } from "../../../src/core/chart/validate-code";
import type { Diagnostic } from "../../../src/core/diagnostics";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("every KP-, AMT- and CHART- message has Bokmål and English with the same placeholders", () => {
  const keys = allMessageKeys().filter((k) => /^(KP|AMT|CHART)-/.test(k));
  expect(keys.length).toBeGreaterThan(30);
  for (const key of keys) {
    const m = rawMessage(key)!;
    expect(m.nb.trim()).not.toBe("");
    expect(m.en.trim()).not.toBe("");
    expect([key, placeholders(m.nb)]).toEqual([key, placeholders(m.en)]);
  }
});

test("every diagnostic the parsers and the validator give has a catalog message", () => {
  const out: Diagnostic[] = [];
  for (const t of ["", "abc", "6000/01", "351/100", "855/01.0", "351/70 og 858/01", "351", "351 70", "kap. 351, post x", "-1/01"]) {
    const r = parseBudgetCode(t);
    if (!r.ok) out.push(r.diagnostic);
  }
  for (const cells of [[null, null], [null, 70], [351, null], [{ error: "#REF!" }, 1], [855, 1, "02.1"]] as const) {
    const r = budgetCodeFromCells(cells[0], cells[1], cells[2]);
    if (!r.ok) out.push(r.diagnostic);
  }
  for (const [v, f] of [[351.7, undefined], [22098, "dd.mm.yyyy"]] as const) {
    const numberCell = budgetCodeFromCell(v, f);
    if (numberCell.ok && numberCell.note) out.push(numberCell.note);
  }
  for (const v of [null, "x", "12 34", "1 / 2", "1 euro", "-", true]) {
    const r = parseAmount(v);
    if (!r.ok) out.push(r.diagnostic);
  }
  for (const [v, f] of [[45748, "dd.mm.yyyy"], [0.5, "0%"]] as const) {
    const r = parseAmount(v, f);
    if (!r.ok) out.push(r.diagnostic);
  }
  out.push(...validateCode({ chapter: 351, post: 71 }, loadChart(2025)!));
  const codes = new Set(out.map((d) => d.code));
  expect(codes.size).toBeGreaterThanOrEqual(20);
  for (const code of codes) expect([code, hasMessage(code)]).toEqual([code, true]);
});
