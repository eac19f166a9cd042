// `tildeling check FILE.xlsx`: read the allocation sheet(s), check every kap/post against the
// Gul bok of the budget year and every amount, and report each finding with its cell.
import type { AllocationLine, AllocationSheet, SheetKind } from "../../core/allocations/types";
import { unitLabel } from "../../core/amounts/unit";
import { validateCode } from "../../core/chart/validate-code";
import { type Diagnostic, atCell, diagnostic, hasErrors } from "../../core/diagnostics";
import { formatMessage } from "../../core/i18n/catalog";
import { choiceOption } from "../args";
import { chooseChartFor, parseYearOption } from "../budget-year";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK, append } from "../io";
import { diagnosticsJson, diagnosticsText, fail, printJson, summaryText } from "../report";
import { looksLikeChangeSheet, readAllocationAs } from "../sheet-roles";
import { isEmptyWorkbook, namedSheet, openWorkbook, visibleSheets } from "../workbook-input";
import type { WorkbookSheet } from "../../xlsx/read-workbook";
import type { Grid } from "../../core/grid";

interface CheckedSheet {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly read: AllocationSheet;
  readonly chartYear: number | null;
}

function validateLines(lines: readonly AllocationLine[], check: (line: AllocationLine) => readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    append(out, check(line));
    for (const part of line.parts ?? []) append(out, check(part));
  }
  return out;
}

export async function runCheck(ctx: CommandContext): Promise<number> {
  const { io, lang, options, file } = ctx;
  const json = options.json === true;
  const year = parseYearOption(options.year);
  if (!year.ok) return fail(io, year.diagnostic, lang, json, "check");
  const kindOption = choiceOption(options.kind, "kind", ["auto", "allocation", "budget-data"] as const, "auto");
  if (!kindOption.ok) return fail(io, kindOption.diagnostic, lang, json, "check");
  const sheetName = typeof options.sheet === "string" ? options.sheet : undefined;

  const opened = await openWorkbook(file, sheetName ? [sheetName] : undefined);
  if (!opened.ok) return fail(io, opened.diagnostic, lang, json);
  const book = opened.book;
  const diagnostics: Diagnostic[] = [...book.diagnostics];

  let candidates: WorkbookSheet[];
  if (sheetName) {
    const named = namedSheet(book, sheetName);
    if (!named.ok) return fail(io, named.diagnostic, lang, json, "check");
    candidates = [named.sheet];
  } else {
    candidates = visibleSheets(book);
  }

  const checked: CheckedSheet[] = [];
  const skipped: Diagnostic[] = [];
  if (!sheetName && isEmptyWorkbook(book)) {
    diagnostics.push(diagnostic("error", "XLSX-WORKBOOK-EMPTY", { file }));
  } else {
    // Each sheet's grid is let go once its lines are read: a report needs the lines and findings,
    // and on a large sheet the grid is as big again as its lines (about 0.4 KB a row each).
    const queue = candidates;
    candidates = [];
    (book.sheets as WorkbookSheet[]).length = 0;
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      let grid: Grid | null = next.grid;
      next = undefined;
      const { kind, read } = readAllocationAs(grid, kindOption.value, year.year);
      const sheet = grid.sheet;
      const usable = read.tables.length > 0 && (sheetName !== undefined || !looksLikeChangeSheet(read, sheet));
      if (!usable && sheetName === undefined) {
        skipped.push(diagnostic("info", "CLI-SHEET-SKIPPED", { sheet }), ...read.diagnostics.filter((d) => d.severity === "error"));
        continue;
      }
      const choice = chooseChartFor(year.year, grid, read.tables[0]?.headerRow ?? 0, io.now(), file);
      grid = null;
      const { chart } = choice;
      // A code is looked up once however many lines repeat it; its findings are then placed at each line's cell.
      const known = new Map<string, readonly Diagnostic[]>();
      const codeFindings = chart
        ? validateLines(read.lines, (l) => {
            let found = known.get(l.key);
            if (found === undefined) known.set(l.key, (found = validateCode(l.code, chart)));
            return found.length === 0 ? found : found.map((d) => atCell(d, l.codeCell.address));
          })
        : [];
      append(diagnostics, read.diagnostics, codeFindings, read.lines.length > 0 ? choice.notes : []);
      checked.push({ sheet, kind, read, chartYear: chart?.year ?? null });
    }
    if (checked.length === 0) {
      diagnostics.push(diagnostic("error", "CLI-NO-ALLOCATION-SHEET", { file }), ...skipped.filter((d) => d.severity === "error"));
    }
  }

  const linesRead = checked.reduce((n, c) => n + c.read.lines.length, 0);
  const unit = checked[0]?.read.unit ?? null;
  if (json) {
    printJson(io, {
      file,
      linesRead,
      unit,
      sheets: checked.map((c) => ({
        sheet: c.sheet,
        kind: c.kind,
        linesRead: c.read.lines.length,
        unit: c.read.unit,
        tables: c.read.tables.map((t) => t.range),
        chartYear: c.chartYear,
      })),
      diagnostics: diagnosticsJson(diagnostics, lang),
    });
  } else {
    const lines: string[] = [];
    for (const c of checked) {
      const kindWord = formatMessage(c.kind === "budget-data" ? "CLI-KIND-BUDGET-DATA" : "CLI-KIND-ALLOCATION", {}, lang);
      lines.push(formatMessage("CLI-CHECK-SHEET", { sheet: c.sheet, lines: c.read.lines.length, unit: unitLabel(c.read.unit, lang), kind: kindWord }, lang));
    }
    if (diagnostics.length > 0) lines.push(diagnosticsText(diagnostics, lang));
    lines.push(summaryText(diagnostics, lang));
    io.out(`${lines.join("\n")}\n`);
  }
  return hasErrors(diagnostics) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
