// The findings of a check, held compactly: a large sheet can have a finding on every one of a
// million lines (a code not in Gul bok), and a Diagnostic object with its message parameters and
// cell address for each would take hundreds of MB. A code finding is kept as its line's code, row,
// column and severity; the Diagnostic (and its text) is made again from the same chart only when
// someone reads it. Other findings are few and kept as they are.
import type { ReferenceChart } from "../chart/reference-chart";
import { validateCode } from "../chart/validate-code";
import { type BudgetCode, budgetCode } from "../codes/budget-code";
import { cellOrder } from "../cell-order";
import { type Diagnostic, type Severity, atCell } from "../diagnostics";
import { columnLetters, quoteSheetName } from "../grid";

export interface FindingList {
  readonly length: number;
  severity(i: number): Severity;
  /** The finding's cell (`Tildeling!A7`), made without making the finding. */
  cell(i: number): string | undefined;
  /** cellOrder of the finding's cell (sheet as the address writes it, row, column), made without making the address. */
  position(i: number): [string, number, number];
  at(i: number): Diagnostic;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_INDEX: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

// A finding is two numbers: its code, and its cell and severity. Codes that do not fit the key
// (a chapter past 99 999, a post or underpost past 99: only ever in error) are kept aside.
const STRIDE = 2;
const NO_KEY = -1;
// Blocks, not one array doubled as it grows: on this kind of machine copying and zeroing tens of
// MB to grow a million findings cost more than storing them.
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
// The cell and severity as one exact number: row * 2^17 + column * 4 + severity (columns up to 2^14).
const ROW_UNIT = 2 ** 17;

function codeKey(code: BudgetCode): number {
  const { chapter, post, subPost } = code;
  const sub = subPost ?? 0;
  // Underpost 0 would read back as no underpost: it is kept aside like any other odd code.
  const subFits = subPost === undefined || (Number.isInteger(subPost) && subPost >= 1 && subPost < 100);
  const fits = subFits && Number.isInteger(chapter) && Number.isInteger(post) && chapter >= 0 && chapter < 100_000 && post >= 0 && post < 100;
  return fits ? (chapter * 100 + post) * 100 + sub : NO_KEY;
}

/** The findings of checking one sheet's codes against one chart, at the lines' code cells. */
export class CodeFindings implements FindingList {
  // A million code objects would take 40 MB more; a million Diagnostics, hundreds of MB.
  private readonly blocks: Float64Array[] = [];
  private readonly oddCodes = new Map<number, BudgetCode>();
  private readonly oddPlaces = new Map<number, [number, number]>();
  private count = 0;
  private readonly sheetRef: string;

  constructor(
    sheet: string,
    readonly chart: ReferenceChart,
  ) {
    this.sheetRef = quoteSheetName(sheet);
  }

  get length(): number {
    return this.count;
  }

  /** A line's code checked: validateCode's finding (of codeSeverity's severity) is kept at the code's cell. */
  add(code: BudgetCode, severity: Severity, sheetRow: number, sheetCol: number): void {
    const i = this.count & (BLOCK - 1);
    if (i === 0) this.blocks.push(new Float64Array(BLOCK * STRIDE));
    const d = this.blocks[this.blocks.length - 1];
    const key = codeKey(code);
    if (key === NO_KEY) this.oddCodes.set(this.count, code);
    d[i * STRIDE] = key;
    // A column past Excel's last (XFD) comes only from a damaged address: its place is kept aside.
    const fits = sheetCol >= 0 && sheetCol < ROW_UNIT / 4 && sheetRow >= 0 && sheetRow < 2 ** 35;
    if (!fits) this.oddPlaces.set(this.count, [sheetRow, sheetCol]);
    d[i * STRIDE + 1] = (fits ? sheetRow * ROW_UNIT + sheetCol * 4 : 0) + SEVERITY_INDEX[severity];
    this.count++;
  }

  private place(i: number): number {
    return this.blocks[i >> BLOCK_BITS][(i & (BLOCK - 1)) * STRIDE + 1];
  }

  severity(i: number): Severity {
    return SEVERITIES[this.place(i) % 4];
  }

  position(i: number): [string, number, number] {
    const odd = this.oddPlaces.get(i);
    if (odd) return [this.sheetRef, odd[0], odd[1]];
    const place = this.place(i);
    return [this.sheetRef, Math.floor(place / ROW_UNIT), Math.floor(place / 4) % (ROW_UNIT / 4)];
  }

  cell(i: number): string {
    const [, row, col] = this.position(i);
    return `${this.sheetRef}!${columnLetters(col)}${row}`;
  }

  private code(i: number): BudgetCode {
    const key = this.blocks[i >> BLOCK_BITS][(i & (BLOCK - 1)) * STRIDE];
    if (key === NO_KEY) return this.oddCodes.get(i)!;
    return budgetCode(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
  }

  at(i: number): Diagnostic {
    return atCell(validateCode(this.code(i), this.chart)[0], this.cell(i));
  }
}

/** Findings kept as they are. */
export class PlainFindings implements FindingList {
  constructor(readonly items: readonly Diagnostic[]) {}
  get length(): number {
    return this.items.length;
  }
  severity(i: number): Severity {
    return this.items[i].severity;
  }
  cell(i: number): string | undefined {
    return this.items[i].cell;
  }
  position(i: number): [string, number, number] {
    return cellOrder(this.items[i].cell);
  }
  at(i: number): Diagnostic {
    return this.items[i];
  }
}

/** Lists one after the other, read as one. */
export class JoinedFindings implements FindingList {
  private readonly parts: FindingList[] = [];
  private readonly starts: number[] = [];
  private total = 0;

  constructor(parts: readonly FindingList[] = []) {
    for (const p of parts) this.append(p);
  }

  append(part: FindingList): void {
    if (part.length === 0 && !(part instanceof CodeFindings)) return;
    this.parts.push(part);
    this.starts.push(this.total);
    this.total += part.length;
  }

  get length(): number {
    return this.total;
  }

  private locate(i: number): [FindingList, number] {
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return [this.parts[lo], i - this.starts[lo]];
  }

  severity(i: number): Severity {
    const [p, j] = this.locate(i);
    return p.severity(j);
  }
  cell(i: number): string | undefined {
    const [p, j] = this.locate(i);
    return p.cell(j);
  }
  position(i: number): [string, number, number] {
    const [p, j] = this.locate(i);
    return p.position(j);
  }
  at(i: number): Diagnostic {
    const [p, j] = this.locate(i);
    return p.at(j);
  }
}

/** Every finding as a Diagnostic (for a small list, or a caller that needs them all). */
export function allFindings(list: FindingList): Diagnostic[] {
  const out: Diagnostic[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list.at(i);
  return out;
}

export function countFindings(list: FindingList): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < list.length; i++) counts[list.severity(i)]++;
  return counts;
}
