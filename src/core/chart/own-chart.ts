// A workbook may carry its own chart: a sheet listing kap/post (in one column or in kap, post and
// underpost columns) with names, and perhaps stikkord, ministry and amount. When it does, that
// chart wins over Gul bok. Every row that cannot be read is reported, none is dropped silently.
import { parseAmount } from "../amounts/parse-amount";
import { convertAmount, detectUnit, type Unit } from "../amounts/unit";
import { type BudgetCode, budgetCodeFromCells, formatBudgetCode, parseBudgetCode } from "../codes/budget-code";
import { diagnostic, type Diagnostic, messageOf } from "../diagnostics";
import { type Grid, cellAddress, cellAt, isBlank } from "../grid";
import type { ParseResult } from "../result";
import { type ColumnRole, findHeaderRows } from "../sheet/header";
import { cellText, normalizeSpaces } from "../sheet/text";
import type { ChapterRow, ChartData, LineRow, MinistryRow } from "./chart-data";
import { chartFromData, type ReferenceChart } from "./reference-chart";

export const CHART_ROLES: readonly ColumnRole[] = [
  { key: "code", patterns: [/^kap\.?\s*\/\s*post$/, /^kap(ittel)?\.?\s*(og|,)\s*post$/, /^kap\.?\s*post$/, /^(budsjett)?kode$/] },
  { key: "chapterName", patterns: [/^kap(ittel)?[\s_.]*navn$/, /^kapittelnavn$/, /^navn på kapittel$/] },
  { key: "postName", patterns: [/^post[\s_.]*navn$/, /^postnavn$/, /^navn$/, /^(post)?betegnelse$/, /^navn på post$/, /^tekst$/] },
  { key: "subPost", patterns: [/^(underpost|upost)([\s_.]*nr)?$/] },
  { key: "chapter", patterns: [/^kap(ittel)?\.?([\s_.]*nr)?$/] },
  { key: "post", patterns: [/^post([\s_.]*nr)?$/] },
  { key: "keywords", patterns: [/^stikkord$/] },
  { key: "ministry", patterns: [/^(fag)?departement$/, /^fdep_navn$/] },
  { key: "amount", patterns: [/^gb$/, /^beløp\b/, /^bevilgning\b/, /^saldert budsjett\b/, /^tildeling\b/] },
];

export interface OwnChartOptions {
  /** The amount column's unit when its heading does not say; default kroner. */
  readonly unit?: Unit;
}

function rowError(reason: Diagnostic, cell: string): Diagnostic {
  return diagnostic("error", "CHART-ROW", { reason: messageOf(reason) }, { text: reason.text, cell });
}

/** The chart a workbook sheet carries. Its diagnostics say which rows could not be read. */
export function chartFromGrid(grid: Grid, options: OwnChartOptions = {}): ReferenceChart {
  const diagnostics: Diagnostic[] = [];
  const source = grid.sheet;
  const empty = (): ReferenceChart => {
    diagnostics.push(diagnostic("error", "CHART-EMPTY", { sheet: grid.sheet }));
    return chartFromData({ format: 1, year: null, source, ministries: [], chapters: [], keywords: [], postNames: [], lines: [] }, diagnostics);
  };
  const header = findHeaderRows(grid, CHART_ROLES, { required: [["code", "chapter"], ["postName", "chapterName", "post"]], minRoles: 2 })[0];
  if (!header) return empty();
  const col = (key: string): number | undefined => header.columns.get(key);
  const c = {
    code: col("code"),
    chapter: col("chapter"),
    post: col("post"),
    subPost: col("subPost"),
    chapterName: col("chapterName"),
    postName: col("postName"),
    keywords: col("keywords"),
    ministry: col("ministry"),
    amount: col("amount"),
  };
  const unit = (c.amount !== undefined ? detectUnit(header.labels.get(c.amount) ?? "") : null) ?? options.unit ?? "kr";

  const chapters = new Map<number, [number, string, number]>();
  const ministries = new Map<string, number>();
  const keywords: string[] = [];
  const lines: LineRow[] = [];
  const firstRow = new Map<string, string>();
  const text = (row: number, column: number | undefined) => (column === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, row, column))));

  for (let row = header.row + 1; row < grid.values.length; row++) {
    const cells = grid.values[row] ?? [];
    if (cells.every((v) => isBlank(v))) continue;
    const codeCol = c.code ?? c.chapter ?? 0;
    const at = cellAddress(grid, row, codeCol);
    let parsed: ParseResult<BudgetCode>;
    if (c.code !== undefined) parsed = parseBudgetCode(cellText(cellAt(grid, row, c.code)));
    else parsed = budgetCodeFromCells(cellAt(grid, row, c.chapter as number), c.post === undefined ? null : cellAt(grid, row, c.post), c.subPost === undefined ? undefined : cellAt(grid, row, c.subPost));
    if (!parsed.ok) {
      // A chapter heading row ("351" + "Likestilling", no post) names the chapter for the rows below.
      const headingChapter = parsed.diagnostic.code === "KP-NO-POST" ? Number(/\d+/.exec(cellText(cellAt(grid, row, codeCol)))?.[0]) : NaN;
      const name = text(row, c.chapterName) || text(row, c.postName);
      if (Number.isInteger(headingChapter) && name !== "" && !chapters.has(headingChapter)) {
        chapters.set(headingChapter, [headingChapter, name.replace(/^kap(ittel)?\.?\s*\d+\s*/i, ""), 0]);
        continue;
      }
      diagnostics.push(rowError(parsed.diagnostic, at));
      continue;
    }
    const code = parsed.value;
    const key = formatBudgetCode(code);
    if (firstRow.has(key)) {
      diagnostics.push(diagnostic("warning", "CHART-DUPLICATE", { code: key, first: firstRow.get(key) as string }, { text: key, cell: at }));
      continue;
    }
    firstRow.set(key, at);

    let amount = "";
    if (c.amount !== undefined && !isBlank(cellAt(grid, row, c.amount))) {
      const a = parseAmount(cellAt(grid, row, c.amount), grid.formats?.[row]?.[c.amount] ?? undefined);
      if (!a.ok) {
        diagnostics.push(rowError(a.diagnostic, cellAddress(grid, row, c.amount)));
      } else {
        amount = convertAmount(a.value.value, a.value.unit ?? unit, "kr").toFixed();
      }
    }
    const ministryName = text(row, c.ministry);
    let ministry = 0;
    if (ministryName !== "") {
      ministry = ministries.get(ministryName) ?? ministries.size + 1;
      ministries.set(ministryName, ministry);
    }
    const chapterName = text(row, c.chapterName);
    const known = chapters.get(code.chapter);
    if (!known) chapters.set(code.chapter, [code.chapter, chapterName, ministry]);
    else {
      if (known[1] === "") known[1] = chapterName;
      if (known[2] === 0) known[2] = ministry;
    }
    const stikkord = text(row, c.keywords);
    let k = 0;
    if (stikkord !== "") {
      k = keywords.indexOf(stikkord) + 1;
      if (k === 0) k = keywords.push(stikkord);
    }
    lines.push([code.chapter, code.post, code.subPost ?? 0, text(row, c.postName), k, amount]);
  }
  if (lines.length === 0) return empty();
  const data: ChartData = {
    format: 1,
    year: null,
    source,
    ministries: [...ministries].map(([name, n]): MinistryRow => [n, name]),
    chapters: [...chapters.values()] as ChapterRow[],
    keywords,
    postNames: [],
    lines,
  };
  return chartFromData(data, diagnostics);
}

/** A workbook's own chart wins over the year's Gul bok when it lists any code. */
export function chooseChart(own: ReferenceChart | undefined, reference: ReferenceChart | undefined): ReferenceChart | undefined {
  return own !== undefined && own.size > 0 ? own : reference;
}

