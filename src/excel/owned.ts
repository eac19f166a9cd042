// What the add-in owns in a workbook. Every range it writes gets a workbook-scoped name starting
// with "tildeling."; a re-run finds the name, clears that range and writes again, so results are
// replaced, never stacked. Names move with the cells when the user inserts rows or renames the
// sheet, which a stored address would not. When the user deletes the sheet (or every cell of
// the range), Excel keeps the name with a formula such as `=#REF!$F$2:$H$4`: such a name is
// gone, and is forgotten at the next write. A copied sheet carries the names of its cells as
// names in its own scope, so those are looked up too (for the sheets an action reads).
// Sheets the add-in makes are known by id (owned-sheets.ts).
import { formatMessage } from "../core/i18n/catalog";
import { type Rect, type SheetRect, parseRangeAddress, rectRef } from "./address";
import { type OwnedSheets, queueOwnedSheets } from "./owned-sheets";

export const OWNED_PREFIX = "tildeling.";

/** endring: change columns beside a table; frist: deadline status columns; ark: what the add-in wrote on its own sheet. */
export type OwnedKind = "endring" | "frist" | "ark";

export interface OwnedRange {
  readonly name: string;
  readonly kind: OwnedKind;
  /** null when the range was deleted (the name then refers to #REF!). */
  readonly sheet: string | null;
  readonly rect: Rect | null;
  /** The sheet whose own scope holds the name (a copied sheet), or null for a workbook name. */
  readonly scope: string | null;
}

/** A short, stable fingerprint of a key, so two sheets whose names slug alike get different names. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A valid Excel name for the add-in's output of `kind` for `key` (a sheet, or sheet/table). */
export function ownedName(kind: OwnedKind, key: string): string {
  const slug = key.replace(/[^\p{L}\p{N}_]+/gu, "_").slice(0, 60);
  return `${OWNED_PREFIX}${kind}.${slug}.${fingerprint(key)}`;
}

export function sourceKey(source: { readonly sheet: string; readonly table?: string }): string {
  return source.table ? `${source.sheet}/${source.table}` : source.sheet;
}

export interface OwnedIndex {
  readonly all: readonly OwnedRange[];
  /** The workbook name `name`, alive or gone. */
  byName(name: string): OwnedRange | undefined;
  /** The add-in's names of `kind` in the own scope of `sheet` (a copy of a sheet it wrote on). */
  copiesOn(sheet: string, kind: OwnedKind): OwnedRange[];
  /** Workbook names whose range was deleted: to forget at the next write. */
  readonly gone: readonly OwnedRange[];
  /** Rectangles the add-in owns on a sheet, to blank them when reading that sheet. */
  masks(): Map<string, Rect[]>;
  /** The sheets the add-in made, by id. */
  readonly sheets: OwnedSheets;
}

function kindOf(name: string): OwnedKind | null {
  const kind = name.slice(OWNED_PREFIX.length).split(".")[0];
  return kind === "endring" || kind === "frist" || kind === "ark" ? kind : null;
}

/** A name's range; null when Excel says the range is gone (`#REF!` anywhere, or type Error). */
export function ownedRangeOf(item: { name: string; formula: string; type?: string }, scope: string | null): OwnedRange | null {
  if (!item.name.toLowerCase().startsWith(OWNED_PREFIX)) return null;
  const kind = kindOf(item.name);
  if (!kind) return null;
  const gone = item.type === "Error" || /#REF!/i.test(item.formula);
  const parsed: SheetRect | null = gone ? null : parseRangeAddress(item.formula);
  return {
    name: item.name,
    kind,
    sheet: parsed?.sheet ?? null,
    rect: parsed ? { top: parsed.top, left: parsed.left, rows: parsed.rows, columns: parsed.columns } : null,
    scope,
  };
}

const alive = (o: OwnedRange): boolean => o.sheet !== null && o.rect !== null;
const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Queue the load of the workbook's names, the names in the own scope of `scopeSheets` (sheets
 * the action reads, which must exist) and the add-in's sheets; call the result after the sync.
 */
export function queueOwnedRanges(context: Excel.RequestContext, scopeSheets: readonly string[] = []): () => OwnedIndex {
  const names = context.workbook.names;
  names.load("items/name,items/formula,items/type");
  const scoped = [...new Set(scopeSheets.map((s) => s.toLowerCase()))].map((lower) => {
    const sheet = scopeSheets.find((s) => s.toLowerCase() === lower) as string;
    const collection = context.workbook.worksheets.getItem(sheet).names;
    collection.load("items/name,items/formula,items/type");
    return { sheet, collection };
  });
  const sheets = queueOwnedSheets(context);
  return () => {
    const workbookNames = names.items.map((item) => ownedRangeOf(item, null)).filter((o): o is OwnedRange => o !== null);
    const scopedNames = scoped.flatMap(({ sheet, collection }) =>
      collection.items.map((item) => ownedRangeOf(item, sheet)).filter((o): o is OwnedRange => o !== null && alive(o)),
    );
    const all = [...workbookNames, ...scopedNames];
    return {
      all,
      byName: (name) => workbookNames.find((o) => o.name.toLowerCase() === name.toLowerCase()),
      copiesOn: (sheet, kind) => scopedNames.filter((o) => o.kind === kind && same(o.scope, sheet) && same(o.sheet, sheet)),
      gone: workbookNames.filter((o) => !alive(o)),
      masks: () => {
        const map = new Map<string, Rect[]>();
        for (const o of all) {
          if (!o.sheet || !o.rect || o.kind === "ark") continue;
          const list = map.get(o.sheet) ?? [];
          list.push(o.rect);
          map.set(o.sheet, list);
        }
        return map;
      },
      sheets: sheets(),
    };
  };
}

/** Queue the removal of the add-in's names whose ranges were deleted: they can never be written again. */
export function queueForgetGone(context: Excel.RequestContext, owned: OwnedIndex, except: string | null = null): void {
  for (const o of owned.gone) if (!except || o.name.toLowerCase() !== except.toLowerCase()) context.workbook.names.getItem(o.name).delete();
}

/**
 * Queue (in the write batch) the record that `rect` on `sheet` is the add-in's `name`,
 * replacing the previous record of that name.
 */
export function queueOwnedName(context: Excel.RequestContext, owned: OwnedIndex, name: string, sheet: string, rect: Rect): void {
  const names = context.workbook.names;
  if (owned.byName(name)) names.getItem(name).delete();
  const range = context.workbook.worksheets.getItem(sheet).getRange(rectRef(rect));
  names.add(name, range, formatMessage("XL-NAME-COMMENT"));
}

/**
 * Queue (in the write batch) the replacement of the add-in's earlier output `name`: its old cells
 * are cleared first, wherever they moved since (they are the add-in's), then `rect` on `sheet` is
 * recorded under the name. Output of the same kind that a copied sheet carries in its own scope
 * is cleared and forgotten too, so a run on the copy replaces it rather than stacking beside it.
 * `conditionalFormats` also drops the rules the old output carried.
 */
export function queueReplaceOwned(
  context: Excel.RequestContext,
  owned: OwnedIndex,
  name: string,
  sheet: string,
  rect: Rect,
  options: { readonly conditionalFormats?: boolean } = {},
): void {
  const previous = owned.byName(name);
  const kind = kindOf(name);
  const old = [...(previous && alive(previous) ? [previous] : []), ...(kind ? owned.copiesOn(sheet, kind) : [])];
  for (const o of old) {
    const range = context.workbook.worksheets.getItem(o.sheet as string).getRange(rectRef(o.rect as Rect));
    if (options.conditionalFormats) range.conditionalFormats.clearAll();
    range.clear("All");
    if (o.scope) context.workbook.worksheets.getItem(o.scope).names.getItem(o.name).delete();
  }
  queueForgetGone(context, owned, name);
  queueOwnedName(context, owned, name, sheet, rect);
}
