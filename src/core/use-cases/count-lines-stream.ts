// countCheckedLines for a sheet that streams in: a byte per sheet row (at most 1 048 576 in Excel)
// instead of sets of row numbers, filled as lines and findings come, counted once the tables'
// bodies are known. The rule is countCheckedLines's: every row that became a line, and every body
// row (not a sum row) with an error or a warning.
import type { TableInfo } from "../allocations/types";
import type { Diagnostic, Severity } from "../diagnostics";
import { parseA1, splitAddress } from "../grid";
import type { LineCounts } from "./count-lines";

const LINE = 1;
const ERROR = 2;
const WARNING = 4;

export class LineRows {
  private flags = new Uint8Array(1024);

  private mark(row: number, flag: number): void {
    if (row < 0) return;
    if (row >= this.flags.length) {
      let size = this.flags.length;
      while (size <= row) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.flags);
      this.flags = bigger;
    }
    this.flags[row] |= flag;
  }

  markLine(sheetRow: number): void {
    this.mark(sheetRow, LINE);
  }

  markFinding(sheetRow: number, severity: Severity): void {
    if (severity !== "info") this.mark(sheetRow, severity === "error" ? ERROR : WARNING);
  }

  /** A reader's finding, by the row of its cell on this sheet. */
  markDiagnostic(d: Diagnostic, sheet: string): void {
    if (!d.cell || d.severity === "info") return;
    const { sheet: at, ref } = splitAddress(d.cell);
    if (at !== null && at.toLowerCase() !== sheet.toLowerCase()) return;
    const row = parseA1(ref.split(":")[0])?.row;
    if (row !== undefined) this.markFinding(row, d.severity);
  }

  /** Sheet rows are 1-based; the tables' rows are 0-based grid rows of a grid starting at sheet row `top`. */
  count(tables: readonly TableInfo[], top = 1): LineCounts {
    const body = tables.map((t) => ({ first: top + t.firstRow, last: top + t.lastRow, totals: new Set(t.totalRows.map((r) => top + r.row)) }));
    const isLineRow = (row: number) => body.some((b) => row >= b.first && row <= b.last && !b.totals.has(row));
    let lines = 0;
    let errors = 0;
    let warnings = 0;
    const flags = this.flags;
    for (let row = 0; row < flags.length; row++) {
      const f = flags[row];
      if (f === 0) continue;
      const inBody = (f & (ERROR | WARNING)) !== 0 && isLineRow(row);
      if ((f & LINE) !== 0 || inBody) lines++;
      if (inBody && (f & ERROR) !== 0) errors++;
      else if (inBody && (f & WARNING) !== 0) warnings++;
    }
    return { lines, linesWithErrors: errors, linesWithWarnings: warnings };
  }
}
