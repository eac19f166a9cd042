// The engine's change table as the pane previews it: the rows that will be written beside the
// allocation lines (before, change, after) and their total. Changes with no allocation line
// ("new" or "rejected") are not rows of the written table; the engine's diagnostics say why.
import { formatBudgetCode } from "../core/codes/budget-code";
import type { ChangeRow, ChangeTable } from "../core/changes/types";
import type { ChangePreview, ChangePreviewRow } from "./actions";

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
