// What the add-in owns in a workbook. Every range it writes gets a workbook-scoped name starting
// with "tildeling."; a re-run finds the name, clears that range and writes again, so results are
// replaced, never stacked. Names move with the cells when the user inserts rows or renames the
// sheet, which a stored address would not. Highlights are recorded in the workbook's settings
// (see highlight.ts), since a name per marked cell would clutter the Name Manager.
import { formatMessage } from "../core/i18n/catalog";
import { type Rect, type SheetRect, parseRangeAddress, rectRef } from "./address";

export const OWNED_PREFIX = "tildeling.";

/** endring: change columns beside a table; frist: deadline status columns; ark: a sheet the add-in made. */
export type OwnedKind = "endring" | "frist" | "ark";

export interface OwnedRange {
  readonly name: string;
  readonly kind: OwnedKind;
  /** null when the range was deleted (the name then refers to #REF!). */
  readonly sheet: string | null;
  readonly rect: Rect | null;
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
  byName(name: string): OwnedRange | undefined;
  /** Rectangles the add-in owns on a sheet, to blank them when reading that sheet. */
  masks(): Map<string, Rect[]>;
}

function kindOf(name: string): OwnedKind | null {
  const kind = name.slice(OWNED_PREFIX.length).split(".")[0];
  return kind === "endring" || kind === "frist" || kind === "ark" ? kind : null;
}

/** Queue the load of the workbook's names; call the result after the sync. */
export function queueOwnedRanges(context: Excel.RequestContext): () => OwnedIndex {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => {
    const all: OwnedRange[] = [];
    for (const item of names.items) {
      if (!item.name.toLowerCase().startsWith(OWNED_PREFIX)) continue;
      const kind = kindOf(item.name);
      if (!kind) continue;
      const parsed: SheetRect | null = parseRangeAddress(item.formula);
      all.push({
        name: item.name,
        kind,
        sheet: parsed?.sheet ?? null,
        rect: parsed ? { top: parsed.top, left: parsed.left, rows: parsed.rows, columns: parsed.columns } : null,
      });
    }
    return {
      all,
      byName: (name) => all.find((o) => o.name.toLowerCase() === name.toLowerCase()),
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
    };
  };
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
 * recorded under the name. `conditionalFormats` also drops the rules the old output carried.
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
  if (previous?.rect && previous.sheet) {
    const old = context.workbook.worksheets.getItem(previous.sheet).getRange(rectRef(previous.rect));
    if (options.conditionalFormats) old.conditionalFormats.clearAll();
    old.clear("All");
  }
  queueOwnedName(context, owned, name, sheet, rect);
}

