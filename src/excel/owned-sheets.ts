// Sheets the add-in makes ("Endringer", "Brevtabell") are known by worksheet id together with
// the name the add-in gave them, kept in one workbook setting. A sheet is the add-in's only while
// both still match: a user who renames it keeps it as their own (the next run makes a new sheet),
// and a sheet the user makes later under the same name has another id, so it is never cleared or
// deleted. Ids are Excel's own (Worksheet.id) and survive saving and reopening the workbook.

export const OWNED_SHEETS_SETTING = "tildeling.sheets";
/** The setting of earlier versions: a letter sheet's name alone, which cannot tell a user's sheet from ours. */
export const LEGACY_LETTER_SETTING = "tildeling.letterSheet";

/** endringer: the change table; brevtabell: the letter table; brev-*: what "Les inn fra brev" read. */
export type SheetPurpose = "endringer" | "brevtabell" | "brev-tildeling" | "brev-endringer" | "brev-oppdrag";

const PURPOSES: readonly SheetPurpose[] = ["endringer", "brevtabell", "brev-tildeling", "brev-endringer", "brev-oppdrag"];

export interface SheetRecord {
  readonly id: string;
  readonly name: string;
}

export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
}

export interface OwnedSheets {
  /** Every sheet of the workbook. */
  readonly all: readonly SheetInfo[];
  /** The add-in's sheet for `purpose`, when it still exists under the name the add-in gave it. */
  ours(purpose: SheetPurpose): SheetInfo | null;
  /** The record as read, to extend when a sheet is made. */
  readonly records: Readonly<Partial<Record<SheetPurpose, SheetRecord>>>;
  /** True when the legacy setting is still in the workbook (to remove at the next write). */
  readonly legacy: boolean;
}

function readRecords(value: unknown): Partial<Record<SheetPurpose, SheetRecord>> {
  if (typeof value !== "object" || value === null) return {};
  const out: Partial<Record<SheetPurpose, SheetRecord>> = {};
  for (const purpose of PURPOSES) {
    const r = (value as Record<string, unknown>)[purpose] as Partial<SheetRecord> | undefined;
    if (r && typeof r.id === "string" && typeof r.name === "string") out[purpose] = { id: r.id, name: r.name };
  }
  return out;
}

/**
 * What every step loads of the worksheet collection. office.js makes a collection's items anew
 * for each load, so of two loads in one request only the last one's properties can be read:
 * every load of `workbook.worksheets` in a request must ask for the same properties.
 */
export const SHEET_ITEM_PROPS = "items/id,items/name,items/visibility";

/** Queue the load of the sheets and the record; call the result after the sync. */
export function queueOwnedSheets(context: Excel.RequestContext): () => OwnedSheets {
  const sheets = context.workbook.worksheets;
  sheets.load(SHEET_ITEM_PROPS);
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load("value");
  const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_LETTER_SETTING);
  legacy.load("key");
  return () => ownedSheetsOf(sheets.items, setting, legacy);
}

/** Read after the sync that loaded them. */
function ownedSheetsOf(items: readonly Excel.Worksheet[], setting: Excel.Setting, legacy: Excel.Setting): OwnedSheets {
  const all = items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility as string }));
  const records = setting.isNullObject ? {} : readRecords(setting.value);
  return {
    all,
    records,
    legacy: !legacy.isNullObject,
    ours(purpose) {
      const record = records[purpose];
      if (!record) return null;
      return all.find((s) => s.id === record.id && s.name === record.name) ?? null;
    },
  };
}

/** The first name no sheet has: `base`, then `base 2`, `base 3` ... (31 characters at most). */
export function freeSheetName(base: string, taken: readonly string[], numbered = (n: number) => `${base.slice(0, 26)} ${n}`): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = numbered(n);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Queue the record that `sheet` (named `name`) is the add-in's sheet for `purpose`. The id of a
 * sheet made in this batch is known only after the sync: load it, sync, then call the result.
 */
export function queueRecordSheet(context: Excel.RequestContext, owned: OwnedSheets, purpose: SheetPurpose, sheet: Excel.Worksheet, name: string): () => void {
  sheet.load("id");
  return () => {
    const records = { ...owned.records, [purpose]: { id: sheet.id, name } };
    context.workbook.settings.add(OWNED_SHEETS_SETTING, records);
    if (owned.legacy) context.workbook.settings.getItem(LEGACY_LETTER_SETTING).delete();
  };
}

/**
 * Queue the record of several sheets made in one batch (each `sheet` named `name`), in one
 * setting write; like queueRecordSheet, load, sync, then call the result.
 */
export function queueRecordSheets(
  context: Excel.RequestContext,
  owned: OwnedSheets,
  made: ReadonlyArray<{ readonly purpose: SheetPurpose; readonly sheet: Excel.Worksheet; readonly name: string }>,
): () => void {
  for (const m of made) m.sheet.load("id");
  return () => {
    const records = { ...owned.records };
    for (const m of made) records[m.purpose] = { id: m.sheet.id, name: m.name };
    context.workbook.settings.add(OWNED_SHEETS_SETTING, records);
    if (owned.legacy) context.workbook.settings.getItem(LEGACY_LETTER_SETTING).delete();
  };
}
