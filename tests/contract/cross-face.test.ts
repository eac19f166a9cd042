// One engine path, proved: the same workbooks through the command line (the compiled lib's main, from
// the .xlsx file, --json) and through the Excel adapter (the in-memory workbook holding the same cells,
// typed in from the file by exceljs, an independent reader), compared field by field: the lines
// checked, the change table's amounts, the unit, the budget year and Gul bok, the amount column,
// and every diagnostic with its cell. Every workbook of the corpus (tests/fixtures/corpus) joins
// automatically when it is there.
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { ChangePreview, CheckReport, PaneSettings } from "../../src/app/pane-actions";
import { loadChart } from "../../src/core/chart/load-chart";
import { messageOf } from "../../src/core/diagnostics";
import { createExcelActions } from "../../src/excel/actions";
import { FIXTURES, GUL_BOK, ROOT, SAMPLE } from "../cli/run-cli";
import { fakeFromXlsx } from "../support/xlsx-to-fake";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus");
// Both faces on the same fixed day: a sheet that names no budget year is checked against this year's Gul bok.
const TODAY = new Date("2026-11-23T08:00:00Z");

type Main = (argv: readonly string[], io: { out(t: string): void; err(t: string): void; now(): Date }) => Promise<number>;

/** The compiled command line (lib/, built by `npm run build:lib`), run in this process with the fixed day. */
async function runJson(args: readonly string[]): Promise<{ json: Record<string, unknown> }> {
  const main = (require(join(ROOT, "lib", "cli", "main.js")) as { main: Main }).main;
  let out = "";
  await main([...args, "--json"], { out: (t) => void (out += t), err: () => undefined, now: () => TODAY });
  return { json: JSON.parse(out) as Record<string, unknown> };
}
const UNREADABLE = new Set(["passordbeskyttet-lo.xlsx", "skadet-lo.xlsx", "ikke-xlsx.xlsx"]);

const xlsxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".xlsx") && !UNREADABLE.has(f)).sort().map((f) => join(dir, f)) : []);
const WORKBOOKS = [SAMPLE, ...xlsxIn(FIXTURES), ...xlsxIn(GUL_BOK), ...xlsxIn(CORPUS)];

// The pane with its defaults: the budget year from the sheet (or the file's name), the unit as the sheet says.
const SETTINGS: PaneSettings = { referenceDate: "2026-11-23", soonDays: 30, unit: "auto", chartYear: "auto" };

interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  cell?: string;
}

/** What both faces must agree on about a finding; the reader's notes on the file itself (XLSX-*) are the CLI's alone. */
function cliFindings(list: readonly JsonDiagnostic[]): string[] {
  return list.filter((d) => !d.code.startsWith("XLSX-")).map((d) => `${d.severity} ${d.code} ${d.cell ?? "-"} ${d.message}`).sort();
}

function paneFindings(list: CheckReport["diagnostics"]): string[] {
  return list.map((d) => `${d.severity} ${d.code} ${d.cell ?? "-"} ${messageOf(d, "nb")}`).sort();
}

interface JsonLine {
  code: string;
  before: string | null;
  change: string;
  after: string | null;
  status: string;
}

const cliRow = (l: JsonLine) => `${l.code} ${l.before} ${l.change} ${l.after}`;
const paneRow = (r: ChangePreview["rows"][number]) => `${r.code} ${r.before?.toFixed() ?? null} ${r.change.toFixed()} ${r.after?.toFixed() ?? null}`;

async function paneFor(file: string) {
  const { fake } = await fakeFromXlsx(file);
  const host = { ...fake.host, documentName: () => basename(file) };
  return createExcelActions(host, { loadChart: async (year) => loadChart(year), now: () => TODAY });
}

describe("the command line and the Excel pane give the same answers", () => {
  it("compares the sample, the LibreOffice workbooks, the three Gul bok files and every corpus workbook", () => {
    expect(WORKBOOKS.length).toBeGreaterThanOrEqual(existsSync(CORPUS) ? 11 : 9);
    expect(WORKBOOKS.map((f) => basename(f))).toEqual(expect.arrayContaining(["tillegg-bufdir.xlsx", "tillegg-lo.xlsx", "Gul bok 2024.xlsx"]));
  });

  describe.each(WORKBOOKS.map((f) => [basename(f), f]))("%s", (_name, file) => {
    it("Kontroll: the same sheets, lines, findings at the same cells, and the same facts", async () => {
      const all = (await runJson(["check", file])).json as { sheets: { sheet: string }[] };
      const pane = await paneFor(file);
      for (const { sheet } of all.sheets) {
        const cli = (await runJson(["check", file, "--sheet", sheet])).json as Record<string, unknown>;
        const report = await pane.check({ sheet }, SETTINGS);
        expect({ sheet, lines: [report.lines, report.linesWithErrors, report.linesWithWarnings] }).toEqual({
          sheet,
          lines: [cli.lines, cli.linesWithErrors, cli.linesWithWarnings],
        });
        expect(report.facts).toEqual(cli.facts);
        expect(paneFindings(report.diagnostics)).toEqual(cliFindings(cli.diagnostics as JsonDiagnostic[]));
      }
    }, 300_000);

    it("Endringer: the same change table, amount by amount, with the same unit, facts and findings", async () => {
      const found = (await runJson(["apply", file])).json as { allocationSheet: string | null; changeSheets: string[] };
      // The pane takes one sheet of changes; a workbook whose changes are spread over several is compared sheet by sheet.
      if (found.allocationSheet === null || found.changeSheets.length === 0) return;
      const pane = await paneFor(file);
      for (const changes of found.changeSheets) {
        const cli = (await runJson(["apply", file, "--sheet", found.allocationSheet, "--changes-sheet", changes])).json as Record<string, unknown>;
        const preview = await pane.previewChanges({ allocations: { sheet: found.allocationSheet }, changes: { kind: "source", source: { sheet: changes } } }, SETTINGS);
        const lines = cli.lines as JsonLine[];
        const others = cli.otherLines as JsonLine[];
        const totals = cli.totals as { before: string | null; change: string; after: string | null };
        expect(preview.unit).toBe(cli.unit);
        expect(preview.rows.map(paneRow)).toEqual(lines.map(cliRow));
        expect(preview.otherRows.map((r) => `${paneRow(r)} ${r.status}`)).toEqual(others.map((l) => `${cliRow(l)} ${l.status}`));
        expect([preview.totals.before?.toFixed() ?? null, preview.totals.change.toFixed(), preview.totals.after?.toFixed() ?? null]).toEqual([totals.before, totals.change, totals.after]);
        expect(preview.facts).toEqual(cli.facts);
        expect(paneFindings(preview.diagnostics)).toEqual(cliFindings(cli.diagnostics as JsonDiagnostic[]));
      }
    }, 300_000);
  });
});
