// "Marker i arket" colours the cells of errors and warnings and adds a note with the message;
// "Fjern markering" takes exactly that away again. What was done is recorded in the workbook's
// settings: each cell, the fill the add-in gave it, the fill it had before and the note text it
// added. Removal restores a cell only while it still shows the add-in's fill, and deletes a note
// only while it still says what the add-in wrote, so a colour or note the user changed since is
// left alone. A cell that already had the user's own note gets no note from the add-in.
import { type Diagnostic, messageOf } from "../core/diagnostics";
import { parseA1, splitAddress } from "../core/grid";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import type { ExcelFeatures } from "./requirements";

export const MARK_RECORD_KEY = "tildeling.markering";

/** Light red and light yellow, as Excel's own "bad" and "neutral" cell styles. */
export const MARK_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** More marks than this would make the request (and the note clutter) unreasonable; the most severe are kept. */
export const MAX_MARKS = 5000;

export interface MarkedCell {
  readonly sheet: string;
  readonly ref: string;
  readonly fill: string;
  /** The fill before; null for "No fill". */
  readonly previous: string | null;
  /** The note the add-in added, or null when it added none. */
  readonly note: string | null;
}

interface MarkRecord {
  readonly version: 1;
  readonly cells: readonly MarkedCell[];
}

interface Target {
  readonly sheet: string;
  readonly ref: string;
  readonly fill: string;
  readonly note: string;
}

const cellId = (sheet: string, ref: string) => `${sheet.toLowerCase()}!${ref.toUpperCase()}`;
const sameColor = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toUpperCase() === b.toUpperCase();

/** One target per cell: the most severe fill and every message about the cell. */
export function markTargets(diagnostics: readonly Diagnostic[], lang: Lang): Target[] {
  const byCell = new Map<string, { sheet: string; ref: string; error: boolean; messages: string[] }>();
  for (const d of diagnostics) {
    if (d.severity === "info" || !d.cell) continue;
    const { sheet, ref } = splitAddress(d.cell);
    const at = parseA1(ref);
    if (!sheet || !at) continue;
    const cleanRef = ref.replace(/\$/g, "").toUpperCase();
    const id = cellId(sheet, cleanRef);
    const entry = byCell.get(id) ?? { sheet, ref: cleanRef, error: false, messages: [] };
    entry.error ||= d.severity === "error";
    const message = messageOf(d, lang);
    if (!entry.messages.includes(message)) entry.messages.push(message);
    byCell.set(id, entry);
  }
  const targets = [...byCell.values()]
    .sort((a, b) => Number(b.error) - Number(a.error))
    .slice(0, MAX_MARKS);
  return targets.map((t) => ({
    sheet: t.sheet,
    ref: t.ref,
    fill: t.error ? MARK_FILL.error : MARK_FILL.warning,
    note: formatMessage("XL-NOTE", { text: t.messages.join("\n") }, lang),
  }));
}

function readRecord(setting: Excel.Setting): MarkRecord | null {
  if (setting.isNullObject) return null;
  const value = setting.value as MarkRecord | undefined;
  return value && value.version === 1 && Array.isArray(value.cells) ? value : null;
}

interface CellState {
  /** The cell, with its fill loaded. */
  readonly range: Excel.Range;
  readonly note: Excel.Note | null;
}

/** Queue the load of each cell's fill (and note) on sheets that still exist. */
function queueCellStates(
  context: Excel.RequestContext,
  cells: ReadonlyArray<{ sheet: string; ref: string }>,
  sheetNames: ReadonlySet<string>,
  features: ExcelFeatures,
): Map<string, CellState> {
  const states = new Map<string, CellState>();
  for (const c of cells) {
    const id = cellId(c.sheet, c.ref);
    if (states.has(id) || !sheetNames.has(c.sheet.toLowerCase())) continue;
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    const range = sheet.getRange(c.ref);
    if (features.tintAndShade) range.load("format/fill/color,format/fill/tintAndShade");
    else range.load("format/fill/color");
    let note: Excel.Note | null = null;
    if (features.notes) {
      note = sheet.notes.getItemOrNullObject(c.ref);
      note.load("content");
    }
    states.set(id, { range, note });
  }
  return states;
}

/** The fill before marking: null for "No fill" (reported as white unless tintAndShade says otherwise). */
function fillOf(range: Excel.Range, features: ExcelFeatures): string | null {
  const color = range.format.fill.color;
  if (features.tintAndShade) return range.format.fill.tintAndShade === null ? null : color;
  return sameColor(color, "#FFFFFF") ? null : color;
}

function noteText(state: CellState | undefined): string | null {
  if (!state?.note || state.note.isNullObject) return null;
  return state.note.content;
}

/** Queue putting an old mark back where the cell still shows it; true when something was restored. */
function queueRestore(context: Excel.RequestContext, mark: MarkedCell, state: CellState | undefined): boolean {
  if (!state) return false;
  const sheet = context.workbook.worksheets.getItem(mark.sheet);
  let restored = false;
  if (sameColor(state.range.format.fill.color, mark.fill)) {
    const target = sheet.getRange(mark.ref);
    if (mark.previous === null) target.format.fill.clear();
    else target.format.fill.color = mark.previous;
    restored = true;
  }
  if (mark.note !== null && state.note && noteText(state) === mark.note) {
    state.note.delete();
    restored = true;
  }
  return restored;
}

async function loadRecordAndSheets(context: Excel.RequestContext, features: ExcelFeatures) {
  const setting = context.workbook.settings.getItemOrNullObject(MARK_RECORD_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  // A cell holds a note or a threaded comment, never both: find the comments before adding notes.
  const comments = features.notes ? context.workbook.comments : null;
  comments?.load("items/id");
  await context.sync();
  return { record: readRecord(setting), sheetNames: new Set(sheets.items.map((s) => s.name.toLowerCase())), setting, comments };
}

/** Queue the load of where each threaded comment is; read the result after the next sync. */
function queueCommentCells(comments: Excel.CommentCollection | null): () => Set<string> {
  const locations = (comments?.items ?? []).map((c) => {
    const location = c.getLocation();
    location.load("address");
    return location;
  });
  return () =>
    new Set(
      locations.map((l) => {
        const { sheet, ref } = splitAddress(l.address);
        return cellId(sheet ?? "", ref.replace(/\$/g, ""));
      }),
    );
}

/** Mark the cells of these diagnostics, replacing the previous marks. Returns the number of cells marked. */
export async function highlight(context: Excel.RequestContext, diagnostics: readonly Diagnostic[], lang: Lang, features: ExcelFeatures): Promise<number> {
  const targets = markTargets(diagnostics, lang);
  const { record, sheetNames, comments } = await loadRecordAndSheets(context, features);
  const old = record?.cells ?? [];
  const live = targets.filter((t) => sheetNames.has(t.sheet.toLowerCase()));
  const states = queueCellStates(context, [...old, ...live], sheetNames, features);
  const commentCells = queueCommentCells(comments);
  await context.sync();
  const commented = commentCells();

  const oldById = new Map(old.map((m) => [cellId(m.sheet, m.ref), m]));
  const targetIds = new Set(live.map((t) => cellId(t.sheet, t.ref)));
  for (const mark of old) if (!targetIds.has(cellId(mark.sheet, mark.ref))) queueRestore(context, mark, states.get(cellId(mark.sheet, mark.ref)));

  const marked: MarkedCell[] = [];
  for (const t of live) {
    const id = cellId(t.sheet, t.ref);
    const state = states.get(id) as CellState;
    const before = oldById.get(id);
    const fillStillOurs = before !== undefined && sameColor(state.range.format.fill.color, before.fill);
    const previous = fillStillOurs ? before.previous : fillOf(state.range, features);
    const sheet = context.workbook.worksheets.getItem(t.sheet);
    sheet.getRange(t.ref).format.fill.color = t.fill;
    let note: string | null = null;
    if (features.notes && state.note) {
      const existing = noteText(state);
      if (existing === null && !commented.has(id)) {
        sheet.notes.add(sheet.getRange(t.ref), t.note);
        note = t.note;
      } else if (before?.note != null && existing === before.note) {
        state.note.content = t.note;
        note = t.note;
      }
    }
    marked.push({ sheet: t.sheet, ref: t.ref, fill: t.fill, previous, note });
  }
  const next: MarkRecord = { version: 1, cells: marked };
  if (marked.length > 0) context.workbook.settings.add(MARK_RECORD_KEY, next);
  else if (record) context.workbook.settings.getItem(MARK_RECORD_KEY).delete();
  await context.sync();
  return marked.length;
}

/** Fjern markering: undo the recorded marks. Returns the number of cells given back their look. */
export async function clearHighlight(context: Excel.RequestContext, features: ExcelFeatures): Promise<number> {
  const { record, sheetNames, setting } = await loadRecordAndSheets(context, { ...features, notes: false });
  if (!record) return 0;
  const states = queueCellStates(context, record.cells, sheetNames, features);
  await context.sync();
  let restored = 0;
  for (const mark of record.cells) if (queueRestore(context, mark, states.get(cellId(mark.sheet, mark.ref)))) restored++;
  setting.delete();
  await context.sync();
  return restored;
}
