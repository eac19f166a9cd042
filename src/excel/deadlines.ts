// Oppdrag over Excel: read the assignment list, let the use case flag every assignment and part,
// and (on request) write the status columns. Reading is one shape request and one data request;
// writing adds one batch.
import { parseIsoDate } from "../core/deadlines/calendar-date";
import { flagDeadlines as flagAssignmentsOf } from "../core/use-cases/flag-deadlines";
import { sortDiagnostics } from "../core/diagnostics";
import type { Lang } from "../core/i18n/catalog";
import { type Rect, rectRef, rightOf } from "./address";
import { planDeadlineStatus } from "./deadline-format";
import { ownedName, queueOwnedRanges, sourceKey } from "./owned";
import { previousOutput, tableCandidate } from "./placement";
import type { DeadlineReport, PaneSettings, SourceRef } from "../app/pane-actions";
import { queueSourceShapes, readSourceData, shapesOf } from "./read-grid";
import { writeAll } from "./write-batch";
import { describeWrite } from "./write-change-columns";

export type DeadlineSettings = Pick<PaneSettings, "referenceDate" | "soonDays">;

function referenceDay(settings: DeadlineSettings) {
  const day = parseIsoDate(settings.referenceDate);
  // The pane validates the date before it calls; a bad one here is a bug in the caller.
  if (!day) throw new Error(`Reference date must be YYYY-MM-DD, got ${settings.referenceDate}`);
  return day;
}

async function readFlagged(context: Excel.RequestContext, source: SourceRef, settings: DeadlineSettings, forWriting: boolean) {
  const queued = queueSourceShapes(context, [source]);
  const owned = queueOwnedRanges(context);
  // Where the sheet's content ends matters only for placing the status columns.
  const used = forWriting ? context.workbook.worksheets.getItem(source.sheet).getUsedRangeOrNullObject(true) : null;
  used?.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const index = owned();
  const [shape] = shapesOf(queued);
  let check: { candidate: Rect; used: Excel.Range } | null = null;
  const [grid] = await readSourceData(context, [shape], {
    masks: index.masks(),
    alsoLoad:
      forWriting && source.table
        ? () => {
            const previous = previousOutput(index, ownedName("frist", sourceKey(source)), shape.sheet);
            const candidate = tableCandidate(shape.rect, previous, 3);
            const usedPart = context.workbook.worksheets.getItem(shape.sheet).getRange(rectRef(candidate)).getUsedRangeOrNullObject(true);
            usedPart.load("address");
            check = { candidate, used: usedPart };
          }
        : undefined,
  });
  const read = flagAssignmentsOf({ workbook: { sheets: [{ grid }] }, options: { sheet: grid.sheet, referenceDate: referenceDay(settings), soonDays: settings.soonDays } });
  const items = read.items;
  const sheetUsed: Rect | null = !used || used.isNullObject ? null : { top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, columns: used.columnCount };
  const tableCheck = check as { candidate: Rect; used: Excel.Range } | null;
  return {
    grid,
    shape,
    owned: index,
    items,
    diagnostics: read.diagnostics,
    sheetUsed,
    tableCheck: tableCheck ? { candidate: tableCheck.candidate, usedAddress: tableCheck.used.isNullObject ? null : tableCheck.used.address } : null,
  };
}

export async function flagDeadlines(context: Excel.RequestContext, source: SourceRef, settings: DeadlineSettings): Promise<DeadlineReport> {
  const read = await readFlagged(context, source, settings, false);
  return { referenceDate: settings.referenceDate, items: read.items, diagnostics: sortDiagnostics(read.diagnostics) };
}

export async function writeDeadlineStatus(context: Excel.RequestContext, source: SourceRef, settings: DeadlineSettings, lang: Lang): Promise<{ address: string; rows: number }> {
  const read = await readFlagged(context, source, settings, true);
  const plan = planDeadlineStatus({
    grid: read.grid,
    sheet: read.shape.sheet,
    source,
    items: read.items,
    soonDays: settings.soonDays,
    owned: read.owned,
    sheetUsed: read.sheetUsed,
    tableRight: source.table ? rightOf(read.shape.rect) : null,
    tableCheck: read.tableCheck,
    lang,
  });
  // Nothing to write beside (no assignment was read): nothing is written; flagDeadlines shows why.
  if (!plan) return { address: "", rows: 0 };
  await writeAll(context, plan.ops);
  return describeWrite(plan);
}
