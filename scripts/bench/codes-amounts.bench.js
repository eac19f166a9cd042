#!/usr/bin/env node
// Throughput of the engine's hot paths: reading and validating budget codes, and reading amounts.
// Inputs are realistic mixes built from the real 2025 chart (most cells in canonical form, some in
// letter form, some in separate cells, a few wrong). Run after `npm run build:lib`.
"use strict";
const { performance } = require("node:perf_hooks");
const lib = (p) => require(`../../lib/core/${p}`);
const { parseBudgetCode, budgetCodeFromCells, formatBudgetCode, formatBudgetCodeLong } = lib("codes/budget-code");
const { loadChart } = lib("chart/load-chart");
const { validateCode } = lib("chart/validate-code");
const { parseAmount } = lib("amounts/parse-amount");

const N = 1000000;
const chart = loadChart(2025);
const codes = chart.entries().map((e) => e.code);

function codeInputs(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const c = codes[(i * 7919) % codes.length];
    const r = i % 100;
    if (r < 70) out.push({ text: formatBudgetCode(c) });
    else if (r < 80) out.push({ text: formatBudgetCodeLong(c) });
    else if (r < 85) out.push({ text: `${c.chapter} post ${String(c.post).padStart(2, "0")}` });
    else if (r < 95) out.push({ cells: [c.chapter, c.post, 0] });
    else if (r < 98) out.push({ text: `${c.chapter}/${(c.post % 99) + 1}` });
    else out.push({ text: r === 98 ? "kap. 351" : "351/70 og 858/01" });
  }
  return out;
}

function amountInputs(count) {
  const samples = [57625, 1000, -364642000, 4887294000, 0.1 + 0.2, 1234.567, "57 625", "57\u00a0625", "\u22121 000", "-1 000", "(1 000)", "1.000", "1,2 mill. kr", "500 000 kroner", "58625", "1 234,5", "ca. tusen", "", "12 34", "\u2013"];
  const out = [];
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length];
    // Vary the digits so no cache can help: numbers from the sheet half the time, text otherwise.
    out.push(typeof s === "number" && Number.isInteger(s) ? s + (i % 1000) : s);
  }
  return out;
}

function run(label, inputs, fn) {
  for (let i = 0; i < Math.min(inputs.length, 100000); i++) fn(inputs[i]); // warm up
  if (global.gc) global.gc();
  const t0 = performance.now();
  let failures = 0;
  for (let i = 0; i < inputs.length; i++) failures += fn(inputs[i]);
  const ms = performance.now() - t0;
  const perSecond = Math.round((inputs.length / ms) * 1000);
  console.log(`${label}: ${inputs.length.toLocaleString("en-US")} in ${ms.toFixed(0)} ms = ${perSecond.toLocaleString("en-US")}/s (${failures.toLocaleString("en-US")} with diagnostics)`);
  return perSecond;
}

const codeList = codeInputs(N);
const codesPerSecond = run("codes   parse+validate (2025 chart)", codeList, (input) => {
  const r = input.text !== undefined ? parseBudgetCode(input.text) : budgetCodeFromCells(input.cells[0], input.cells[1], input.cells[2]);
  if (!r.ok) return 1;
  return validateCode(r.value, chart).length > 0 ? 1 : 0;
});
const amountList = amountInputs(N);
const amountsPerSecond = run("amounts parse (numbers and text)   ", amountList, (value) => (parseAmount(value, "#,##0").ok ? 0 : 1));

console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (inputs of 2 x 1 000 000 held in memory)`);
console.log(`targets: codes >= 1,000,000/s ${codesPerSecond >= 1e6 ? "met" : "MISSED"}; amounts >= 500,000/s ${amountsPerSecond >= 5e5 ? "met" : "MISSED"}`);
