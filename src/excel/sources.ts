// The sheets and tables a user can pick, with a guess of what each holds. Two round trips: the
// names of sheets, tables and the add-in's own ranges; then each source's address and first rows,
// which the use case's readers look at to guess the kind (detectKinds).
import { detectKinds } from "../core/use-cases/source-kinds";
import { parseRangeAddress } from "./address";
import { queueOwnedRanges } from "./owned";
import type { SourceOption, SourceRef } from "../app/pane-actions";
import { maskGrid } from "./read-grid";
import { cellValueFromExcel } from "./values";

/** Rows of each source the kind guess looks at. */
export const PREVIEW_ROWS = 40;

interface Candidate {
  readonly ref: SourceRef;
  readonly range: Excel.Range;
  readonly preview: Excel.Range;
}

function queuePreview(range: Excel.Range): Excel.Range {
  range.load("address");
  const preview = range.getIntersection(range.getRow(0).getResizedRange(PREVIEW_ROWS - 1, 0));
  preview.load("values");
  return preview;
}

export async function listSources(context: Excel.RequestContext): Promise<SourceOption[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const owned = queueOwnedRanges(context);
  await context.sync();

  const ownedIndex = owned();
  const ownedSheets = new Set(ownedIndex.all.filter((o) => o.kind === "ark" && o.sheet).map((o) => o.sheet?.toLowerCase()));
  const candidates: Candidate[] = [];
  for (const table of tables.items) {
    const range = table.getRange();
    candidates.push({ ref: { sheet: "", table: table.name }, range, preview: queuePreview(range) });
  }
  for (const sheet of sheets.items) {
    if (sheet.visibility !== "Visible" || ownedSheets.has(sheet.name.toLowerCase())) continue;
    // getUsedRange (not ...OrNullObject) so the preview can be asked for in the same request: an empty sheet gives A1.
    const range = sheet.getUsedRange(true);
    candidates.push({ ref: { sheet: sheet.name }, range, preview: queuePreview(range) });
  }
  await context.sync();

  const masks = ownedIndex.masks();
  const options: SourceOption[] = [];
  for (const c of candidates) {
    const preview = c.preview;
    const blank = preview.values.every((row) => row.every((v) => v === ""));
    if (!c.ref.table && blank) continue;
    const at = parseRangeAddress(c.range.address);
    if (!at) continue;
    const sheet = at.sheet ?? c.ref.sheet;
    const grid = maskGrid(
      { sheet, top: at.top, left: at.left, values: preview.values.map((row) => row.map(cellValueFromExcel)), ...(c.ref.table ? { table: c.ref.table } : {}) },
      masks.get(sheet) ?? [],
    );
    options.push({ sheet, ...(c.ref.table ? { table: c.ref.table } : {}), kinds: detectKinds(grid), address: c.range.address });
  }
  return options;
}
