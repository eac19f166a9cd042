// Every kap/post line the government published in Gul bok 2024, 2025 and 2026, read straight from
// the xlsx files (not from our generated JSON), parses and validates against its year's chart.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { parseAmount } from "../../../src/core/amounts/parse-amount";
import { budgetCodeFromCells, formatBudgetCode, formatBudgetCodeLong, parseBudgetCode } from "../../../src/core/codes/budget-code";
import type { CellValue } from "../../../src/core/grid";
import { loadChart } from "../../../src/core/chart/load-chart";
import { validateCode } from "../../../src/core/chart/validate-code";

const dataDir = join(__dirname, "../../../data/statsbudsjett");

interface GulBokSheet {
  header: string[];
  rows: CellValue[][];
  /** Data rows as Excel counts them: last used row minus the header. */
  sheetRows: number;
}

async function readGulBok(year: number): Promise<GulBokSheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dataDir, `Gul bok ${year}.xlsx`));
  const ws = wb.worksheets.find((w) => String(w.getRow(1).values.toString()).includes("kap_nr"));
  if (!ws) throw new Error(`no data sheet in Gul bok ${year}`);
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h).trim());
  const rows: CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as CellValue))));
  });
  return { header, rows, sheetRows: ws.actualRowCount - 1 };
}

const years = readdirSync(dataDir)
  .map((f) => /^Gul bok (\d{4})\.xlsx$/.exec(f)?.[1])
  .filter((y): y is string => y !== undefined)
  .map(Number);

test("the Gul bok files of 2024, 2025 and 2026 are there to test against", () => {
  expect(years.sort()).toEqual([2024, 2025, 2026]);
});

describe.each(years)("Gul bok %i", (year) => {
  let sheet: GulBokSheet;
  beforeAll(async () => {
    sheet = await readGulBok(year);
  });

  test("every kap/post line parses and validates against the year's chart with zero diagnostics", () => {
    const chart = loadChart(year);
    expect(chart?.year).toBe(year);
    const col = (name: string) => sheet.header.indexOf(name);
    const [kap, post, upost] = [col("kap_nr"), col("post_nr"), col("upost_nr")];
    const amountCol = col("GB") >= 0 ? col("GB") : col("beløp");
    let lines = 0;
    const problems: string[] = [];
    for (const row of sheet.rows) {
      lines++;
      const code = budgetCodeFromCells(row[kap], row[post], upost >= 0 ? row[upost] : undefined);
      if (!code.ok) {
        problems.push(`${row[kap]}/${row[post]}: ${code.diagnostic.code}`);
        continue;
      }
      for (const d of validateCode(code.value, chart!)) problems.push(`${formatBudgetCode(code.value)}: ${d.code}`);
      // The written forms of the same line read back to the same code.
      for (const written of [formatBudgetCode(code.value), formatBudgetCodeLong(code.value)]) {
        const again = parseBudgetCode(written);
        if (!again.ok || formatBudgetCode(again.value) !== formatBudgetCode(code.value)) problems.push(`${written} does not read back`);
      }
      const amount = parseAmount(row[amountCol]);
      const entry = chart!.lookup(code.value);
      if (!amount.ok) problems.push(`${formatBudgetCode(code.value)}: amount ${amount.diagnostic.code}`);
      else if (!entry?.amount?.equals(amount.value.value)) problems.push(`${formatBudgetCode(code.value)}: chart amount ${entry?.amount} != ${amount.value.value}`);
    }
    expect(problems).toEqual([]);
    expect(lines).toBe(sheet.sheetRows);
    expect(lines).toBeGreaterThanOrEqual(1600);
    expect(lines).toBeLessThanOrEqual(1770);
  });

  test("the chart's post amounts are the file's lines with underposts summed into their post", () => {
    const chart = loadChart(year)!;
    const col = (name: string) => sheet.header.indexOf(name);
    const amountCol = col("GB") >= 0 ? col("GB") : col("beløp");
    const sums = new Map<string, Decimal>();
    for (const row of sheet.rows) {
      const key = `${row[col("kap_nr")]}/${row[col("post_nr")]}`;
      sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(String(row[amountCol])));
    }
    expect(chart.size).toBe(sums.size);
    for (const entry of chart.entries()) {
      expect(entry.amount?.toFixed()).toBe(sums.get(`${entry.code.chapter}/${entry.code.post}`)?.toFixed());
    }
  });
});
