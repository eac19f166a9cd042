// "Marker i arket" colours the cells of errors and warnings and adds a note with the message;
// "Fjern markering" takes exactly that away again. The colour is a conditional format per sheet
// and severity over the marked cells (never the cells' own fill), so it moves with the cells when
// the user inserts or deletes rows and columns or renames the sheet, and removing it gives back
// exactly the look the cells had. What a run made is recorded in the workbook's settings: the
// sheet by id and the formats' ids. Notes are the add-in's when they start with its prefix
// ("Tildeling: "), wherever they moved. A cell with the user's own note or a threaded comment
// gets no note. A recorded mark that cannot be found again (its sheet or format deleted) is
// reported, and its record kept.
import { type Diagnostic, messageOf } from "../core/diagnostics";
import { parseA1, splitAddress } from "../core/grid";
import { type Lang, formatMessage } from "../core/i18n/catalog";
import { ExcelAdapterError } from "./errors";
import { groupRefs } from "./mark-areas";
import type { ExcelFeatures } from "./requirements";
import { utf8Length } from "./values";
import { type QueuedWrite, writeAll } from "./write-batch";

export const MARK_RECORD_KEY = "tildeling.markering";

/** Light red and light yellow, as Excel's own "bad" and "neutral" cell styles. */
export const MARK_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** More marks than this would make the note clutter unreasonable; the most severe are kept. */
export const MAX_MARKS = 5000;

/** How every note the add-in writes begins (both languages): how its notes are found again. */
export const NOTE_PREFIX = formatMessage("XL-NOTE", { text: "" }, "nb");

/** What one run made on one sheet. */
export interface SheetMarks {
  readonly sheetId: string;
  /** The sheet's name when marked, for messages only. */
  readonly sheet: string;
  readonly formats: readonly string[];
  readonly cells: number;
}

interface MarkRecord {
  readonly version: 2;
  readonly sheets: readonly SheetMarks[];
}

interface Target {
  readonly sheet: string;
  readonly ref: string;
  readonly error: boolean;
  readonly note: string;
}

const cellId = (sheet: string, ref: string) => `${sheet.toLowerCase()}!${ref.replace(/\$/g, "").toUpperCase()}`;

/** One target per cell: the most severe colour and every message about the cell. */
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
  const targets = [...byCell.values()].sort((a, b) => Number(b.error) - Number(a.error)).slice(0, MAX_MARKS);
  return targets.map((t) => ({ sheet: t.sheet, ref: t.ref, error: t.error, note: formatMessage("XL-NOTE", { text: t.messages.join("\n") }, lang) }));
}

function readRecord(setting: Excel.Setting): MarkRecord | null {
  if (setting.isNullObject) return null;
  const value = setting.value as MarkRecord | undefined;
  return value && value.version === 2 && Array.isArray(value.sheets) ? value : null;
}

/** Where notes and comments are, a block of them per request (each location is a command). */
const LOCATIONS_PER_REQUEST = 2000;

/** The address of each item's cell; the caller's queued loads go with the first request. */
async function locate(context: Excel.RequestContext, items: ReadonlyArray<{ getLocation(): Excel.Range }>): Promise<string[]> {
  const out: string[] = [];
  for (let from = 0; from === 0 || from < items.length; from += LOCATIONS_PER_REQUEST) {
    const ranges = items.slice(from, from + LOCATIONS_PER_REQUEST).map((item) => item.getLocation().load("address"));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block of notes (5 MB limit)
    await context.sync();
    out.push(...ranges.map((r) => r.address));
  }
  return out;
}

/**
 * Read what is in the workbook now: the record, the sheets, the notes and comments with where
 * they are, and which recorded formats still exist. Two requests (locations need the lists),
 * more for many notes.
 */
async function readState(context: Excel.RequestContext, features: ExcelFeatures, withComments: boolean) {
  const setting = context.workbook.settings.getItemOrNullObject(MARK_RECORD_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  const notes = features.notes ? context.workbook.notes : null;
  notes?.load("items/content");
  // A cell holds a note or a threaded comment, never both: find the comments before adding notes.
  const comments = features.notes && withComments ? context.workbook.comments : null;
  comments?.load("items/id");
  await context.sync();

  const record = readRecord(setting);
  const ids = new Map(sheets.items.map((s) => [s.id, s.name]));
  const formats = (record?.sheets ?? [])
    .filter((s) => ids.has(s.sheetId))
    .map((s) => {
      const collection = sheets.getItem(s.sheetId).getRange().conditionalFormats;
      collection.load("items/id");
      return { sheetId: s.sheetId, collection };
    });
  const noteItems = notes?.items ?? [];
  const addresses = await locate(context, [...noteItems, ...(comments?.items ?? [])]);
  const noteList = noteItems.map((note, i) => ({ note, ours: note.content.startsWith(NOTE_PREFIX), address: addresses[i] }));
  const commentAddresses = addresses.slice(noteItems.length);

  const liveFormats = new Map(formats.map((f) => [f.sheetId, new Set(f.collection.items.map((cf) => cf.id))]));
  const located = (address: string) => {
    const { sheet, ref } = splitAddress(address);
    return cellId(sheet ?? "", ref);
  };
  return {
    record,
    ids,
    setting,
    notes: noteList.map((n) => ({ ...n, cell: located(n.address) })),
    commented: new Set(commentAddresses.map(located)),
    liveFormats,
  };
}

/** The recorded marks split into those still found and those gone. */
function findRecorded(record: MarkRecord | null, ids: ReadonlyMap<string, string>, live: ReadonlyMap<string, ReadonlySet<string>>) {
  const found: Array<{ sheetId: string; ids: string[]; cells: number }> = [];
  const missing: SheetMarks[] = [];
  for (const s of record?.sheets ?? []) {
    const existing = live.get(s.sheetId);
    const present = s.formats.filter((id) => existing?.has(id));
    if (present.length > 0) found.push({ sheetId: s.sheetId, ids: present, cells: s.cells });
    if (!ids.has(s.sheetId) || present.length < s.formats.length) missing.push({ ...s, formats: s.formats.filter((id) => !existing?.has(id)) });
  }
  return { found, missing };
}

// Rough request cost of each command, to cut large runs into requests under Excel on the
// web's limit; measured with the office.js request builder (scripts/bench/requests.bench.js).
const DELETE_BYTES = 300;
const NOTE_BYTES = 760;
const FORMAT_BYTES = 1100;

function deleteFormats(found: ReturnType<typeof findRecorded>["found"]): QueuedWrite[] {
  return found.flatMap((f) =>
    f.ids.map((id): QueuedWrite => ({ kind: "queue", bytes: DELETE_BYTES, queue: (context) => context.workbook.worksheets.getItem(f.sheetId).getRange().conditionalFormats.getItem(id).delete() })),
  );
}

/** Mark the cells of these diagnostics, replacing the previous marks. Returns the number of cells marked. */
export async function highlight(context: Excel.RequestContext, diagnostics: readonly Diagnostic[], lang: Lang, features: ExcelFeatures): Promise<number> {
  const targets = markTargets(diagnostics, lang);
  const state = await readState(context, features, true);
  const byName = new Map([...state.ids].map(([id, name]) => [name.toLowerCase(), { id, name }]));
  const live = targets.filter((t) => byName.has(t.sheet.toLowerCase()));
  const { found, missing } = findRecorded(state.record, state.ids, state.liveFormats);

  const ops: QueuedWrite[] = deleteFormats(found);
  // Notes: ours are rewritten or removed; the user's own notes and comments are left alone.
  const notesAt = new Map(state.notes.map((n) => [n.cell, n]));
  const targetIds = new Set(live.map((t) => cellId(t.sheet, t.ref)));
  for (const n of state.notes) if (n.ours && !targetIds.has(n.cell)) ops.push({ kind: "queue", bytes: DELETE_BYTES, queue: () => n.note.delete() });
  if (features.notes) {
    for (const t of live) {
      const id = cellId(t.sheet, t.ref);
      const existing = notesAt.get(id);
      if (existing?.ours) ops.push({ kind: "queue", bytes: NOTE_BYTES + utf8Length(t.note), queue: () => void (existing.note.content = t.note) });
      else if (!existing && !state.commented.has(id)) {
        ops.push({ kind: "queue", bytes: NOTE_BYTES + utf8Length(t.note), queue: (context) => {
            const ws = context.workbook.worksheets.getItem(t.sheet);
            ws.notes.add(ws.getRange(t.ref), t.note);
          },
        });
      }
    }
  }

  // Colours: one conditional format per sheet, severity and group of addresses.
  const made: Array<{ sheetId: string; sheet: string; cells: number; formats: Array<Excel.ConditionalFormat | null> }> = [];
  const bySheet = new Map<string, Target[]>();
  for (const t of live) bySheet.set(t.sheet.toLowerCase(), [...(bySheet.get(t.sheet.toLowerCase()) ?? []), t]);
  for (const [lower, cells] of bySheet) {
    const sheet = byName.get(lower) as { id: string; name: string };
    const entry = { sheetId: sheet.id, sheet: sheet.name, cells: cells.length, formats: [] as Array<Excel.ConditionalFormat | null> };
    made.push(entry);
    for (const error of [true, false]) {
      const refs = cells.filter((c) => c.error === error).map((c) => c.ref);
      for (const group of groupRefs(refs, features.rangeAreas)) {
        // A slot per format: a request refused as too large is split and queued again, and only
        // the format of the attempt that went through has its id loaded.
        const slot = entry.formats.length;
        entry.formats.push(null);
        ops.push({
          kind: "queue",
          bytes: FORMAT_BYTES + group.length,
          queue: (context) => {
            const ws = context.workbook.worksheets.getItem(sheet.id);
            const area = features.rangeAreas ? ws.getRanges(group) : ws.getRange(group);
            const cf = area.conditionalFormats.add("Custom");
            cf.custom.rule.formula = "=TRUE";
            cf.custom.format.fill.color = error ? MARK_FILL.error : MARK_FILL.warning;
            cf.load("id");
            entry.formats[slot] = cf;
          },
        });
      }
    }
  }
  await writeAll(context, ops);

  const sheets: SheetMarks[] = [...made.map((m) => ({ sheetId: m.sheetId, sheet: m.sheet, cells: m.cells, formats: m.formats.flatMap((cf) => (cf ? [cf.id] : [])) })), ...missing];
  if (sheets.length > 0) context.workbook.settings.add(MARK_RECORD_KEY, { version: 2, sheets } satisfies MarkRecord);
  else if (state.record) state.setting.delete();
  await context.sync();
  return live.length;
}

/**
 * Fjern markering: remove the recorded colours and the add-in's notes. Returns the number of
 * cells given back their look; when some recorded marks cannot be found (their sheet or format
 * was deleted), it removes the rest, keeps their record and says so (XL-MARKS-NOT-FOUND).
 */
export async function clearHighlight(context: Excel.RequestContext, features: ExcelFeatures): Promise<number> {
  const state = await readState(context, features, false);
  const { found, missing } = findRecorded(state.record, state.ids, state.liveFormats);
  const ops: QueuedWrite[] = deleteFormats(found);
  for (const n of state.notes) if (n.ours) ops.push({ kind: "queue", bytes: DELETE_BYTES, queue: () => n.note.delete() });
  await writeAll(context, ops);
  if (missing.length > 0) context.workbook.settings.add(MARK_RECORD_KEY, { version: 2, sheets: missing } satisfies MarkRecord);
  else if (state.record) state.setting.delete();
  await context.sync();
  const restored = found.reduce((sum, f) => sum + f.cells, 0);
  if (missing.length > 0) {
    throw new ExcelAdapterError("XL-MARKS-NOT-FOUND", { restored, sheets: missing.map((m) => m.sheet).join(", ") }, `${missing.length} recorded marks not found`);
  }
  return restored;
}
