// The engine's change table as a ChangePreview for component tests: the rows written beside the
// allocation lines (before, change, after) and their total, with the engine's diagnostics.
// (The Excel adapter builds the real preview in src/excel/actions.ts; the e2e test covers it.)
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import type { ChangeRow, ChangeTable } from "../../../src/core/changes/types";
import type { ChangePreview, ChangePreviewRow } from "../../../src/taskpane/actions";

function nameOf(row: ChangeRow): string | undefined {
  const parts = [row.chapterName, row.postName].filter((p): p is string => !!p && p.trim() !== "");
  return parts.length ? parts.join(" – ") : undefined;
}

export function changePreviewOf(table: ChangeTable): ChangePreview {
  const rows: ChangePreviewRow[] = table.rows.map((r) => {
    const name = nameOf(r);
    return { code: formatBudgetCode(r.code), ...(name ? { name } : {}), before: r.before, change: r.change, after: r.after };
  });
  return {
    unit: table.unit,
    rows,
    totals: { before: table.total.before, change: table.total.change, after: table.total.after },
    diagnostics: table.diagnostics,
  };
}
