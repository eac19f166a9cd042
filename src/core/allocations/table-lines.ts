// One table of an allocation sheet read row by row: `startTable` makes the table's decisions
// (amount column, unit, code columns) from its header and title rows, `row` turns one body row
// into a line or a finding, and `finish` sums it up. The whole-grid reader calls `row` for every
// body row in turn; the streaming reader calls it as rows arrive, so both read a row alike.
import { ExactSum, ZERO } from "../amounts/exact";
import { formatAmount } from "../amounts/format-amount";
import { parseAmount } from "../amounts/parse-amount";
import { type Unit, convertAmount } from "../amounts/unit";
import { budgetCodeKeyOf, formatBudgetCode } from "../codes/budget-code";
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, formatAt, isBlank, isCellError } from "../grid";
import { cellText, normalizeSpaces } from "../sheet/text";
import type { FactSource } from "../use-cases/facts";
import type { AddressBook } from "./cells";
import { newCodeContext, nameAfterCode, readRowCode } from "./row-code";
import { chooseAmountColumn, codeColumnsOf, columnsOf, tableUnit } from "./table-setup";
import { noteRow, tableInfo, unitNotes, unreadableCode } from "./table-read";
import { type TableSpan, chapterOfTitle, chapterOfTotal, isBlankRow, totalLabel } from "./table-scan";
import type { AllocationLine, ReadAllocationOptions, TableInfo, TotalRow } from "./types";

export const AMOUNT_PREFERENCE = ["before", "amount", "after"];

export type TableOptions = ReadAllocationOptions & { kind: "allocation" | "budget-data"; fallback: Unit };

export interface TableLines {
  /** Read body row `r` (0-based grid row); rows come top to bottom, each once. */
  row(r: number): void;
  /** The table's summary once its last body row has been read. */
  finish(): TableInfo;
}

export interface TableStart {
  readonly grid: Grid;
  readonly span: TableSpan;
  readonly index: number;
  readonly book: AddressBook;
  readonly options: TableOptions;
  readonly previousUnit: Unit | null;
  readonly diagnostics: Diagnostic[];
  readonly onLine: (line: AllocationLine) => void;
  /** The sheet's unit: the first table's, fixed by the first table that asks. */
  readonly resultUnitFor: (tableUnit: Unit) => Unit;
  /** The budget year the rows above the header name (yearFromSheetContext), or null. */
  readonly yearAbove: (headerRow: number) => number | null;
}

/** The table's decisions from its header, title and caption rows; null when it cannot be read (a finding says why). */
export function startTable(start: TableStart): TableLines | null {
  const { grid, span, index, book, options, previousUnit, diagnostics, onLine } = start;
  const header = span.header;
  const columns = columnsOf(header, book);
  const headerCell = book.address(header.inferred ? span.firstRow : header.row, columns[0]?.col ?? 0);
  const year = budgetYearOf(() => start.yearAbove(header.row), options);
  const choice = chooseAmountColumn(grid, header, columns, book, { roles: AMOUNT_PREFERENCE, asked: options.amountColumn, ...year });
  diagnostics.push(...choice.decision.diagnostics);
  const amountCol = choice.column;
  if (choice.missing !== null) return null;
  if (!amountCol) {
    diagnostics.push(diagnostic("error", "ALLOC-AMOUNT-COLUMN-MISSING", { cell: headerCell }, { cell: headerCell }));
    return null;
  }
  const amountInfo = { ...amountCol, letters: book.lettersOf(amountCol.col) };

  const unitChoice = tableUnit(grid, span, amountCol, { unit: options.unit, fallback: options.fallback, budgetData: options.kind === "budget-data", optionName: "--unit" }, previousUnit, headerCell);
  if (unitChoice.ambiguous) {
    diagnostics.push(...unitChoice.diagnostics);
    return null;
  }
  const unit = unitChoice.unit;
  const resultUnit = start.resultUnitFor(unit);
  diagnostics.push(...unitNotes(unitChoice, resultUnit, headerCell));

  const codeCols = codeColumnsOf(header, grid, span);
  const chapterNameCol = header.columns.get("chapterName");
  const postNameCol = header.columns.get("postName");
  const context = newCodeContext();
  if (codeCols.code === undefined && codeCols.chapter === undefined) {
    // Posts alone: the chapter is the one the title names (Prop. 1 S: "Kap. 351 Likestilling").
    const titled = chapterOfTitle(grid, span.titleRows);
    if (titled) {
      context.chapter = titled.chapter;
      context.chapterName = titled.name;
      diagnostics.push(diagnostic("info", "ALLOC-CHAPTER-FROM-TITLE", { chapter: titled.chapter, text: titled.text }, { cell: headerCell }));
    } else {
      diagnostics.push(diagnostic("error", "ALLOC-CHAPTER-MISSING", { cell: headerCell }, { cell: headerCell }));
      return null;
    }
  }
  const totalRows: TotalRow[] = [];
  // Sums for checking sum rows, kept as running totals (in the order of the lines, so each sum is
  // the one adding the lines one by one gives): a list of every amount since the last sum row
  // would hold the whole table when it has none.
  let tableSum = ZERO;
  const chapterSums = new Map<number, ExactSum>();
  let segmentSum = new ExactSum();
  const formatOf = (row: number) => (col: number) => formatAt(grid, row, col);
  let lastFilled = header.row;

  function row(r: number): void {
    const cells = grid.values[r];
    if (!cells || isBlankRow(grid, r)) return;
    lastFilled = r;
    const amountValue: CellValue = cells[amountCol!.col] ?? null;

    const label = totalLabel(grid, r);
    if (label !== null) {
      const named = chapterOfTotal(label);
      const segment = segmentSum.value();
      tableSum = tableSum.plus(segment);
      segmentSum = new ExactSum();
      const parsed = isBlank(amountValue) ? null : parseAmount(amountValue, formatAt(grid, r, amountCol!.col));
      if (!parsed || !parsed.ok) {
        diagnostics.push(noteRow(grid, book, r));
      } else {
        const shown = parsed.value.unit ? convertAmount(parsed.value.value, parsed.value.unit, unit) : parsed.value.value;
        const candidates = named !== null ? [chapterSums.get(named)?.value() ?? ZERO] : [segment, tableSum];
        const hit = candidates.find((c) => c.eq(shown));
        const computed = hit ?? candidates[candidates.length - 1];
        totalRows.push({ row: r, address: book.address(r, amountCol!.col), label, shown, computed, matches: hit !== undefined });
        const params = { shown: formatAmount(shown), computed: formatAmount(computed) };
        diagnostics.push(diagnostic(hit ? "info" : "warning", hit ? "ALLOC-TOTAL-ROW" : "ALLOC-TOTAL-MISMATCH", params, { text: label, cell: book.address(r, amountCol!.col) }));
      }
      return;
    }

    const rc = readRowCode(cells, codeCols, context, formatOf(r));
    if (rc.kind === "none") {
      if (!isBlank(amountValue)) {
        diagnostics.push(diagnostic("error", "ALLOC-CODE-MISSING", {}, { text: cellText(amountValue), cell: book.address(r, amountCol!.col) }));
      } else {
        diagnostics.push(noteRow(grid, book, r));
      }
      return;
    }
    if (rc.kind === "chapter") {
      // A chapter heading row names the chapter of the rows below; with an amount it is a line with no post.
      if (!isBlank(amountValue) && rc.problem) diagnostics.push(atCell(rc.problem, book.address(r, rc.col)));
      else if (!isBlank(amountValue)) diagnostics.push(diagnostic("error", "KP-NO-POST", { chapter: rc.chapter }, { text: cellText(cells[rc.col] ?? null), cell: book.address(r, rc.col) }));
      else if (chapterNameCol !== undefined && !isBlank(cells[chapterNameCol] ?? null)) context.chapterName = normalizeSpaces(cellText(cells[chapterNameCol] ?? null));
      return;
    }
    if (rc.kind === "error") {
      diagnostics.push(unreadableCode(grid, book, r, rc, amountValue));
      return;
    }
    const code = rc.code;
    if (rc.note) diagnostics.push(atCell(rc.note, book.address(r, rc.col)));
    if (isBlank(amountValue)) {
      diagnostics.push(diagnostic("error", "ALLOC-AMOUNT-MISSING", { code: formatBudgetCode(code), column: amountCol!.label }, { cell: book.address(r, amountCol!.col) }));
      return;
    }
    if (isCellError(amountValue)) {
      diagnostics.push(diagnostic("error", "CELL-ERROR", {}, { text: amountValue.error, cell: book.address(r, amountCol!.col) }));
      return;
    }
    const parsed = parseAmount(amountValue, formatAt(grid, r, amountCol!.col));
    if (!parsed.ok) {
      diagnostics.push(atCell(parsed.diagnostic, book.address(r, amountCol!.col)));
      return;
    }
    let amount = parsed.value.value;
    if (parsed.value.unit !== null && parsed.value.unit !== unit) {
      diagnostics.push(diagnostic("info", "ALLOC-AMOUNT-UNIT", { from: parsed.value.unit, to: unit }, { text: cellText(amountValue), cell: book.address(r, amountCol!.col) }));
      amount = convertAmount(amount, parsed.value.unit, unit);
    }
    segmentSum.add(amount);
    let chapterSum = chapterSums.get(code.chapter);
    if (!chapterSum) chapterSums.set(code.chapter, (chapterSum = new ExactSum()));
    chapterSum.add(amount);
    if (resultUnit !== unit) amount = convertAmount(amount, unit, resultUnit);
    if (options.kind === "allocation" && amount.isNegative()) {
      diagnostics.push(diagnostic("error", "ALLOC-NEGATIVE", { code: formatBudgetCode(code), amount: formatAmount(amount) }, { cell: book.address(r, amountCol!.col) }));
    }
    const chapterName = nameCell(cells, chapterNameCol) ?? (context.chapter === code.chapter ? context.chapterName ?? undefined : undefined);
    const postName = nameCell(cells, postNameCol) ?? (codeCols.code !== undefined ? nameAfterCode(cells[codeCols.code] ?? null) ?? undefined : undefined);
    const line: { -readonly [K in keyof AllocationLine]: AllocationLine[K] } = {
      code,
      key: budgetCodeKeyOf(code, cells[rc.col]),
      amount,
      sheet: grid.sheet,
      table: index,
      row: r,
      sheetRow: grid.top + r,
      codeCell: book.cell(r, rc.col),
      amountCell: book.cell(r, amountCol!.col),
      // Set here, even when there is none, so the line keeps one layout (see diagnostic()).
      chapterName: undefined,
      postName: undefined,
    };
    const known = options.chart?.lookup(code);
    if (chapterName || known?.chapterName) line.chapterName = chapterName ?? known!.chapterName;
    if (postName || known?.postName) line.postName = postName ?? known!.postName;
    onLine(line);
  }

  const finish = (): TableInfo =>
    tableInfo(grid, book, span, { index, lastRow: lastFilled, columns, amountColumn: amountInfo, unit: unitChoice, totalRows, amountDecision: choice.decision });
  return { row, finish };
}

/** The budget year in force for choosing a column: the user's, else the sheet title's, else the file name's. */
function budgetYearOf(yearAbove: () => number | null, options: ReadAllocationOptions): { year: number | null; yearSource: FactSource } {
  if (options.year != null) return { year: options.year, yearSource: options.yearSource ?? "option" };
  const fromTitle = yearAbove();
  if (fromTitle !== null) return { year: fromTitle, yearSource: "title" };
  if (options.fileYear != null) return { year: options.fileYear, yearSource: "file-name" };
  return { year: null, yearSource: "default" };
}

function nameCell(cells: ReadonlyArray<CellValue>, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const v = cells[col];
  if (v === null || v === undefined || isCellError(v)) return undefined;
  const t = normalizeSpaces(cellText(v));
  return t === "" ? undefined : t;
}
