// Reading change entries from a sheet or table of changes: kap/post (one column or kap, post and
// underpost), the change amount ("Endring", "Beløp"), and optionally text, reference, date and a
// transfer group. The sign comes from the amount, or from the text's words when the amount is
// written without one ("reduseres" with 1 000 is −1 000). Every row is an entry or a diagnostic.
import { parseAmount } from "../amounts/parse-amount";
import { type Unit, convertAmount } from "../amounts/unit";
import { formatAmount } from "../amounts/format-amount";
import { type BudgetCode, budgetCodeKeyOf, formatBudgetCode, sameBudgetCode } from "../codes/budget-code";
import { toIsoDate } from "../deadlines/calendar-date";
import { isDateFormat, serialToDate } from "../deadlines/excel-serial";
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, formatAt, isBlank, isCellError } from "../grid";
import { cellText, normalizeSpaces } from "../sheet/text";
import { AddressBook } from "../allocations/cells";
import { CHANGE_ROLES } from "../allocations/roles";
import { newCodeContext, readRowCode } from "../allocations/row-code";
import { chooseAmountColumn, codeColumnsOf, columnsOf, tableUnit } from "../allocations/table-setup";
import { locateTables, noteRow, tableInfo, unitNotes, unreadableCode } from "../allocations/table-read";
import { isBlankRow, rowTexts, totalLabel } from "../allocations/table-scan";
import type { TableInfo } from "../allocations/types";
import { parseChangeText } from "./change-text";
import { type Direction, directionOf, findSignWords } from "./sign-words";
import type { ChangeEntry, ChangeSheet } from "./types";

export interface ReadChangesOptions {
  /** The user's choice of unit; wins over what the sheet says. */
  readonly unit?: Unit;
  /** Unit assumed when the sheet names none; default "1000 kr" (allocation letters' tables). */
  readonly defaultUnit?: Unit;
  /** The unit of the allocation the changes are applied to: taken, with a warning, when the list names none. */
  readonly allocationUnit?: Unit;
  /** Header text of the change column, when the sheet has several amount columns. */
  readonly amountColumn?: string;
}

const AMOUNT_PREFERENCE = ["change", "amount"];

export function readChanges(grid: Grid, options: ReadChangesOptions = {}): ChangeSheet {
  const fallback = options.defaultUnit ?? "1000 kr";
  const book = new AddressBook(grid);
  const diagnostics: Diagnostic[] = [];
  const entries: ChangeEntry[] = [];
  const tables: TableInfo[] = [];
  const { spans, problem } = locateTables(grid, CHANGE_ROLES, [["code", "chapter"], [...AMOUNT_PREFERENCE, "text"]], "«Kap/post» (eller «Kap» og «Post») og «Endring»/«Beløp»");
  if (problem) {
    diagnostics.push(problem);
    return { sheet: grid.sheet, unit: options.unit ?? fallback, entries, tables, diagnostics };
  }
  let sheetUnit: Unit | null = options.unit ?? null;
  let previous: Unit | null = null;
  // A transfer sentence read on several rows is one transfer: its group is named after the sentence.
  const textGroups = new Map<string, string>();
  const textGroup = (text: string): string => textGroups.get(text) ?? `tekst-${textGroups.size + 1}`;
  const noteGroup = (text: string, made: readonly ChangeEntry[]): void => {
    const used = made.find((e) => e.transfer !== undefined)?.transfer;
    if (used !== undefined && !textGroups.has(text)) textGroups.set(text, used);
  };

  // Changes a row's sentence names for other codes ("... post 01 med 12 mill. og post 03 med 4
  // mill."): read on their own rows; one that has no row of its own is said, never dropped.
  const othersInText: Array<{ entry: ChangeEntry; cell: string }> = [];

  for (const span of spans) {
    const header = span.header;
    const columns = columnsOf(header, book);
    const headerCell = book.address(header.row, columns[0]?.col ?? 0);
    const choice = chooseAmountColumn(grid, header, columns, book, { roles: AMOUNT_PREFERENCE, asked: options.amountColumn, byRoleOnly: true });
    diagnostics.push(...choice.decision.diagnostics);
    if (choice.missing !== null) continue;
    const amountCol = choice.column;
    const textCol = header.columns.get("text");
    const unitOptions = { unit: options.unit, fallback, allocationUnit: options.allocationUnit, optionName: "--changes-unit" };
    const unitChoice = tableUnit(grid, span, amountCol, unitOptions, previous, headerCell, amountCol !== null);
    if (unitChoice.ambiguous) {
      diagnostics.push(...unitChoice.diagnostics);
      continue;
    }
    const unit = unitChoice.unit;
    sheetUnit ??= unit;
    const resultUnit: Unit = sheetUnit;
    diagnostics.push(...unitNotes(unitChoice, resultUnit, headerCell));

    const codeCols = codeColumnsOf(header, grid, span);
    const col = (role: string) => header.columns.get(role);
    const context = newCodeContext();
    let lastFilled = header.row;
    for (let r = span.firstRow; r <= span.lastRow; r++) {
      const cells = grid.values[r];
      if (!cells || isBlankRow(grid, r)) continue;
      lastFilled = r;
      const amountValue: CellValue = amountCol ? (cells[amountCol.col] ?? null) : null;
      const amountAt = (): string | undefined => (amountCol ? book.address(r, amountCol.col) : undefined);
      const text = textCol !== undefined ? textOf(cells[textCol] ?? null) : undefined;
      if (totalLabel(grid, r) !== null) {
        diagnostics.push(noteRow(grid, book, r));
        continue;
      }
      const rc = readRowCode(cells, codeCols, context, (c) => formatAt(grid, r, c));
      if (rc.kind === "none" && text && isBlank(amountValue)) {
        // A sentence with its own codes ("... kap. 671, post 62 reduseres med ...") needs no code column.
        const fromText = parseChangeText(text, { unit: resultUnit, cell: book.address(r, textCol!), transfer: textGroup(text) });
        if (fromText.entries.length > 0) {
          noteGroup(text, fromText.entries);
          for (const e of fromText.entries) entries.push({ ...e, sheet: grid.sheet, row: r });
          for (const d of fromText.diagnostics) diagnostics.push(d);
          continue;
        }
      }
      if (rc.kind === "none") {
        if (isBlank(amountValue)) diagnostics.push(noteRow(grid, book, r));
        else diagnostics.push(diagnostic("error", "CHG-CODE-MISSING", {}, { text: rowTexts(grid, r).join(" | "), cell: amountAt() ?? book.address(r, 0) }));
        continue;
      }
      if (rc.kind === "chapter") {
        diagnostics.push(diagnostic("error", "KP-NO-POST", { chapter: rc.chapter }, { text: cellText(cells[rc.col] ?? null), cell: book.address(r, rc.col) }));
        continue;
      }
      if (rc.kind === "error") {
        diagnostics.push(unreadableCode(grid, book, r, rc, amountValue));
        continue;
      }
      const code = rc.code;
      if (rc.note) diagnostics.push(atCell(rc.note, book.address(r, rc.col)));
      const codeCell = book.cell(r, rc.col);
      const base: { -readonly [K in keyof ChangeEntry]: ChangeEntry[K] } = {
        code,
        key: budgetCodeKeyOf(code, cells[rc.col]),
        amount: undefined as never,
        unit: resultUnit,
        sheet: grid.sheet,
        row: r,
        codeCell,
        // The optional fields are set here, even when empty, so every entry keeps one layout (see diagnostic()).
        text: undefined,
        reference: undefined,
        transfer: undefined,
        date: undefined,
        amountCell: undefined,
      };
      if (text) base.text = text;
      const reference = col("reference") !== undefined ? textOf(cells[col("reference")!] ?? null) : undefined;
      if (reference) base.reference = reference;
      const transfer = col("transfer") !== undefined ? textOf(cells[col("transfer")!] ?? null) : undefined;
      if (transfer) base.transfer = transfer;
      const dateCol = col("date");
      if (dateCol !== undefined && !isBlank(cells[dateCol] ?? null)) {
        const d = readDate(cells[dateCol] ?? null, formatAt(grid, r, dateCol));
        base.date = d.value;
        if (!d.ok) diagnostics.push(diagnostic("warning", "CHG-DATE-INVALID", {}, { text: d.value, cell: book.address(r, dateCol) }));
      }

      if (isBlank(amountValue)) {
        // No amount: the text may say it ("økes med 1 mill. kr.").
        const fromText = text ? parseChangeText(text, { code, unit: resultUnit, cell: book.address(r, textCol!), transfer: textGroup(text) }) : null;
        const mine = fromText?.entries.find((e) => sameBudgetCode(e.code, code));
        if (mine) {
          noteGroup(text!, fromText!.entries);
          for (const other of fromText!.entries) if (!sameBudgetCode(other.code, code)) othersInText.push({ entry: other, cell: book.address(r, textCol!) });
          const entry = { ...base, amount: mine.amount };
          if (entry.transfer === undefined && mine.transfer !== undefined) entry.transfer = mine.transfer;
          entries.push(entry);
          for (const d of fromText!.diagnostics) diagnostics.push(d);
        } else {
          diagnostics.push(diagnostic("error", "CHG-AMOUNT-MISSING", { code: formatBudgetCode(code) }, { cell: amountAt() ?? codeCell.address }));
        }
        continue;
      }
      if (isCellError(amountValue)) {
        diagnostics.push(diagnostic("error", "CELL-ERROR", {}, { text: amountValue.error, cell: amountAt() }));
        continue;
      }
      const parsed = parseAmount(amountValue, formatAt(grid, r, amountCol!.col));
      if (!parsed.ok) {
        diagnostics.push(atCell(parsed.diagnostic, amountAt()));
        continue;
      }
      let amount = parsed.value.value;
      if (parsed.value.unit !== null && parsed.value.unit !== resultUnit) amount = convertAmount(amount, parsed.value.unit, resultUnit);
      else if (parsed.value.unit === null && unit !== resultUnit) amount = convertAmount(amount, unit, resultUnit);
      const said = text ? directionFor(text, code) : null;
      if (said && !amount.isZero()) {
        const params = { code: formatBudgetCode(code), word: said.word };
        if (!hasOwnSign(amountValue) && said.direction === -1) {
          amount = amount.negated();
          diagnostics.push(diagnostic("info", "CHG-SIGN-FROM-WORD", { ...params, amount: formatAmount(amount) }, { text, cell: amountAt() }));
        } else if (said.direction * amount.s < 0) {
          diagnostics.push(diagnostic("warning", "CHG-SIGN-CONFLICT", { ...params, amount: formatAmount(amount) }, { text, cell: amountAt() }));
        }
      }
      base.amount = amount;
      base.amountCell = book.cell(r, amountCol!.col);
      entries.push(base);
    }
    const amountColumn = amountCol ?? columns.find((c) => c.role === "text")!;
    tables.push(tableInfo(grid, book, span, { index: tables.length, lastRow: lastFilled, columns, amountColumn, unit: unitChoice, totalRows: [] }));
    previous = unit;
  }
  const unread = othersInText.filter((o, i) => !entries.some((e) => sameBudgetCode(e.code, o.entry.code)) && othersInText.findIndex((x) => sameBudgetCode(x.entry.code, o.entry.code)) === i);
  for (const { entry, cell } of unread) {
    const params = { code: formatBudgetCode(entry.code), amount: formatAmount(entry.amount), unit: entry.unit };
    diagnostics.push(diagnostic("warning", "CHG-TEXT-CODE-WITHOUT-ROW", params, { text: entry.text, cell }));
  }
  return { sheet: grid.sheet, unit: sheetUnit ?? fallback, entries, tables, diagnostics };
}

function textOf(value: CellValue): string | undefined {
  if (value === null || isCellError(value)) return undefined;
  if (typeof value === "string" && isPlainText(value)) return value;
  const t = normalizeSpaces(cellText(value));
  return t === "" ? undefined : t;
}

/** Text with no space to tidy (no leading, trailing, doubled or special spaces): most cells. */
function isPlainText(text: string): boolean {
  if (text.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff) return false;
    else previousSpace = false;
  }
  return !previousSpace;
}

/**
 * The direction the text gives this code: its one direction word, or, when it has words both
 * ways (a transfer sentence), the word of the clause that names the code.
 */
function directionFor(text: string, code: BudgetCode): { direction: Direction; word: string } | null {
  const words = findSignWords(text);
  if (words.length === 0) return null;
  const one = directionOf(text);
  if (one) return one;
  const mine = parseChangeText(text, { code }).entries.find((e) => sameBudgetCode(e.code, code));
  if (!mine) return null;
  const direction: Direction = mine.amount.isNegative() ? -1 : 1;
  return { direction, word: words.find((w) => w.direction === direction)?.word ?? "" };
}

/** An amount written with a sign of its own: a negative number, or text starting with a sign or a parenthesis. */
function hasOwnSign(value: CellValue): boolean {
  if (typeof value === "number") return value < 0;
  return typeof value === "string" && /^\s*[-\u2212\u2013+(]/.test(value);
}

function readDate(value: CellValue, format: string): { ok: boolean; value: string } {
  if (typeof value === "number") {
    if (!isDateFormat(format)) return { ok: false, value: String(value) };
    const d = serialToDate(value);
    if (!d.ok) return { ok: false, value: String(value) };
    return { ok: true, value: toIsoDate(d.date) };
  }
  return { ok: true, value: normalizeSpaces(cellText(value)) };
}
