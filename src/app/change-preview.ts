// The engine's change table as the pane previews it. The Sum covers only the rows backed by an
// allocation line (the engine's totals); changes without a line are kept apart, each with the
// messages that say what became of it, so no row on screen seems to be missing from the Sum.
import { formatBudgetCode } from "../core/codes/budget-code";
import type { ChangeRow, ChangeTable } from "../core/changes/types";
import type { Diagnostic } from "../core/diagnostics";
import type { ReportFacts } from "../core/use-cases/facts";
import { letterSourceOf } from "../core/letter/letter-source";
import type { ChangePreview, ChangePreviewOtherRow, ChangePreviewRow } from "./pane-actions";

/** "Likestilling – Tilskudd til likestilling": the chapter and post names the row knows. */
export function rowName(row: ChangeRow): string | undefined {
  const parts = [row.chapterName, row.postName].filter((p): p is string => !!p && p.trim() !== "");
  return parts.length > 0 ? parts.join(" – ") : undefined;
}

function previewRow(row: ChangeRow): ChangePreviewRow {
  const name = rowName(row);
  return { code: formatBudgetCode(row.code), ...(name ? { name } : {}), before: row.before, change: row.change, after: row.after };
}

/** The diagnostics about one row: at one of its entries' cells, or naming its code. */
function diagnosticsOf(row: ChangeRow, all: readonly Diagnostic[]): Diagnostic[] {
  const cells = new Set(row.entries.flatMap((e) => [e.codeCell?.address, e.amountCell?.address]).filter((a): a is string => !!a));
  const code = formatBudgetCode(row.code);
  return all.filter((d) => (d.cell !== undefined && cells.has(d.cell)) || (typeof d.params.code === "string" && d.params.code === code));
}

/** @param diagnostics the run's findings: the table's, and the notes on what it was checked against. */
export function changePreviewOf(table: ChangeTable, facts: ReportFacts, diagnostics: readonly Diagnostic[] = table.diagnostics): ChangePreview {
  const otherRows: ChangePreviewOtherRow[] = table.otherRows.map((r) => ({
    ...previewRow(r),
    status: r.status === "new" ? "new" : "rejected",
    diagnostics: diagnosticsOf(r, diagnostics),
  }));
  return {
    unit: table.unit,
    rows: table.rows.map(previewRow),
    otherRows,
    totals: table.total,
    diagnostics,
    letter: letterSourceOf(table),
    facts,
  };
}
