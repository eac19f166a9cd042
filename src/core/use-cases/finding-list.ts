// The findings of a check, held compactly: a large sheet can have a finding on every one of a
// million lines (a code not in Gul bok), and a Diagnostic object with its message parameters and
// cell address for each would take hundreds of MB. A code finding is kept as its line's code, row,
// column and severity; the Diagnostic (and its text) is made again
// from the same chart only when someone reads it. Other findings are few and kept as they are.
import type { ReferenceChart } from "../chart/reference-chart";
import { validateCode } from "../chart/validate-code";
import type { BudgetCode } from "../codes/budget-code";
import { type Diagnostic, type Severity, atCell } from "../diagnostics";
import { columnLetters, quoteSheetName } from "../grid";

export interface FindingList {
  readonly length: number;
  severity(i: number): Severity;
  /** The finding's cell (`Tildeling!A7`), made without making the finding. */
  cell(i: number): string | undefined;
  at(i: number): Diagnostic;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_INDEX: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Fields of one code finding, side by side in blocks of a fixed size. */
const CHAPTER = 0;
const POST = 1;
const SUB_POST = 2;
const ROW = 3;
const COL = 4;
const SEVERITY = 5;
const STRIDE = 6;
// Blocks, not one array doubled as it grows: on this kind of machine copying and zeroing tens of
// MB to grow a million findings cost more than storing them.
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;

/** The findings of checking one sheet's codes against one chart, at the lines' code cells. */
export class CodeFindings implements FindingList {
  // A code is its three numbers (BudgetCode has no other parts; NaN for no underpost): a million
  // code objects would take 40 MB more. Float64 holds every code, row and column exactly.
  private readonly blocks: Float64Array[] = [];
  private count = 0;
  private readonly prefix: string;

  constructor(
    sheet: string,
    readonly chart: ReferenceChart,
  ) {
    this.prefix = `${quoteSheetName(sheet)}!`;
  }

  get length(): number {
    return this.count;
  }

  /** A line's code checked: validateCode's finding (of codeSeverity's severity) is kept at the code's cell. */
  add(code: BudgetCode, severity: Severity, sheetRow: number, sheetCol: number): void {
    const i = this.count & (BLOCK - 1);
    if (i === 0) this.blocks.push(new Float64Array(BLOCK * STRIDE));
    const d = this.blocks[this.blocks.length - 1];
    let at = i * STRIDE;
    d[at++] = code.chapter;
    d[at++] = code.post;
    d[at++] = code.subPost ?? NaN;
    d[at++] = sheetRow;
    d[at++] = sheetCol;
    d[at] = SEVERITY_INDEX[severity];
    this.count++;
  }

  private field(i: number, field: number): number {
    return this.blocks[i >> BLOCK_BITS][(i & (BLOCK - 1)) * STRIDE + field];
  }

  severity(i: number): Severity {
    return SEVERITIES[this.field(i, SEVERITY)];
  }

  cell(i: number): string {
    return `${this.prefix}${columnLetters(this.field(i, COL))}${this.field(i, ROW)}`;
  }

  private code(i: number): BudgetCode {
    const chapter = this.field(i, CHAPTER);
    const post = this.field(i, POST);
    const subPost = this.field(i, SUB_POST);
    return Number.isNaN(subPost) ? { chapter, post } : { chapter, post, subPost };
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
