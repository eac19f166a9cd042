// Tells the pane when the cells a result was computed from have changed, so it can say "out of
// date" instead of showing findings about cells the user has since fixed. One worksheet onChanged
// handler per sheet, registered the first time that sheet is watched and kept for the session:
// Office only removes a handler from the request context that added it, so instead of adding and
// removing one per result, the handler hands each change to whoever watches that sheet now.
import type { SourceRef } from "../app/pane-actions";
import { type Rect, intersects, parseRangeAddress } from "./address";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Watch {
  readonly sheetKey: string;
  readonly rect: Rect;
  readonly onChange: () => void;
}

/** The rows just under a range count as its own: a line typed under a table changes what it says. */
const ROWS_BELOW = 1;

export function createSourceWatcher(run: Run) {
  const registered = new Set<string>();
  const watches = new Set<Watch>();
  const keyOf = (sheet: string) => sheet.toLowerCase();
  // worksheet id -> sheet key, learnt when the handler is added (events carry the id, not the name).
  const sheetById = new Map<string, string>();

  function dispatch(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    const sheetKey = sheetById.get(event.worksheetId);
    const changed = parseRangeAddress(event.address);
    if (!sheetKey || !changed) return Promise.resolve();
    for (const w of [...watches]) {
      const grown: Rect = { ...w.rect, rows: w.rect.rows + ROWS_BELOW };
      if (w.sheetKey === sheetKey && intersects(grown, changed)) w.onChange();
    }
    return Promise.resolve();
  }

  return async function watchSource(source: SourceRef, onChange: () => void): Promise<() => Promise<void>> {
    const sheetKey = keyOf(source.sheet);
    const rect = await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(source.sheet);
      worksheet.load("id");
      const range = source.table ? worksheet.tables.getItem(source.table).getRange() : worksheet.getUsedRange(true);
      range.load("address");
      const adding = !registered.has(sheetKey);
      if (adding) worksheet.onChanged.add(dispatch);
      await context.sync();
      if (adding) registered.add(sheetKey);
      sheetById.set(worksheet.id, sheetKey);
      return parseRangeAddress(range.address);
    });
    if (!rect) return () => Promise.resolve();
    const watch: Watch = { sheetKey, rect, onChange };
    watches.add(watch);
    return () => {
      watches.delete(watch);
      return Promise.resolve();
    };
  };
}
