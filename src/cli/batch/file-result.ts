// What a many-file run learns about one workbook, as plain data that can cross from a worker
// thread: the file's own report (the one `--json` prints for a single file, its diagnostics kept
// as data so they can be shown in either language), its row in the summary table, and, for
// deadlines, its overdue assignments for the combined list.
import type { FactSource } from "../../app/report-facts";
import type { Diagnostic } from "../../core/diagnostics";

/** klar / må rettes / kunne ikke leses. */
export type Verdict = "ready" | "must-fix" | "unreadable";

export interface SummaryRow {
  readonly file: string;
  readonly verdict: Verdict;
  /** The sheets read. */
  readonly sheets: readonly string[];
  /** null for a file that could not be read. */
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly infos: number | null;
  // check
  readonly linesRead?: number | null;
  readonly unit?: string | null;
  readonly budgetYear?: number | null;
  readonly yearSource?: FactSource | null;
  readonly chartYear?: number | null;
  // deadlines
  readonly assignments?: number | null;
  readonly overdue?: number | null;
  readonly dueSoon?: number | null;
}

/** An assignment (or part) past its deadline, for the list across every file. */
export interface OverdueItem {
  readonly file: string;
  readonly id: string;
  readonly part: string | null;
  readonly title: string;
  readonly deadline: string | null;
  readonly deadlineText: string;
  readonly days: number;
  readonly cell: string | null;
}

export interface FileResult {
  readonly file: string;
  /** The single-file report without its diagnostics (added in the reader's language when printed); null when unreadable. */
  readonly report: Record<string, unknown> | null;
  /** Every finding; for an unreadable file, the one saying why. */
  readonly diagnostics: readonly Diagnostic[];
  readonly row: SummaryRow;
  readonly overdue: readonly OverdueItem[];
  /** How many findings of each kind ("severity CODE") there were, when `diagnostics` lists only some of each. */
  readonly kindCounts?: Readonly<Record<string, number>>;
  /** The file's line of --jsonl, made where the file was read (its diagnostics are then not sent). */
  readonly jsonLine?: string;
  /** A bug in tildeling while reading this file (exit code 3), not a fault of the file. */
  readonly internal?: boolean;
}
