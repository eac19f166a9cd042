// Range, its format and its conditional formats. A range proxy holds a locator that is evaluated
// when its command runs inside a sync, as Office resolves object paths on the host.
import { type Rect, MAX_COLUMNS, MAX_ROWS, boundingRect, containsCell, intersection, parseRangeAddress, rectRef } from "./a1";
import { FakeClientResult, FakeContext, FakeProxy, FakeRichApiError, invalidArgument } from "./proxy";
import { columnHidden, columnProperties } from "./hidden";
import { FakeCollection } from "./collection";
import { type FakeConditionalFormat as FakeCFRule, type FakeSheet, type FakeTable, type Scalar, keyCol, keyRow } from "./state";
import { apiValue } from "./values";

export interface Located {
  sheet: FakeSheet;
  rect: Rect;
}

/** Returns null for an *OrNullObject range that does not exist. */
export type Locator = () => Located | null;

type Grid2 = unknown[][];

function shapeOf(data: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(data)) return () => data;
  const rows = data as Grid2;
  if (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
    throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  return (r, c) => rows[r][c];
}

/** Excel refuses changes on a protected sheet, and a write to part of a merged area. */
function refuseProtectedOrMerged(sheet: FakeSheet, rect: Rect): void {
  if (sheet.protected) throw new FakeRichApiError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  for (const m of sheet.merged ?? []) {
    const overlap = intersection(m, rect);
    const whole = overlap && overlap.rows === m.rows && overlap.columns === m.columns;
    if (overlap && !whole) throw new FakeRichApiError("InvalidOperation", "This operation can't be performed on part of a merged cell.");
  }
}

/**
 * Excel's AutoCorrect ("Include new rows and columns in table") applies to API writes too: a
 * value written into the header row just right of a table makes that column part of the table.
 */
function expandTables(tables: readonly FakeTable[], sheet: FakeSheet, rect: Rect, get: (r: number, c: number) => unknown): void {
  for (const t of tables) {
    if (t.sheet !== sheet || rect.left !== t.rect.left + t.rect.columns) continue;
    const headerRow = t.rect.top - rect.top;
    if (headerRow < 0 || headerRow >= rect.rows) continue;
    let added = 0;
    while (added < rect.columns) {
      const v = get(headerRow, added);
      if (v === null || v === undefined || v === "") break;
      added++;
    }
    if (added > 0) t.rect = { ...t.rect, columns: t.rect.columns + added };
  }
}

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, readonly locate: Locator, private readonly sheetProxy: () => FakeProxy) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this);
  }

  protected override isNull(): boolean {
    return this.locate() === null;
  }

  /** The located range; using a null object as a real range is a bug in the caller. */
  at(): Located {
    const l = this.locate();
    if (!l) throw new FakeRichApiError("InvalidObjectPath", "The object path is not valid for a null object.");
    return l;
  }

  private derived(f: (l: Located) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(this.fakeContext, () => {
      const l = this.at();
      const rect = f(l);
      if (!rect) {
        if (nullable) return null;
        throw invalidArgument("The range is empty.");
      }
      if (rect.top < 1 || rect.left < 1 || rect.top + rect.rows - 1 > MAX_ROWS || rect.left + rect.columns - 1 > MAX_COLUMNS) {
        throw invalidArgument("The range goes outside the worksheet grid.");
      }
      return { sheet: l.sheet, rect };
    }, this.sheetProxy);
  }

  protected override readProperty(name: string): unknown {
    const { sheet, rect } = this.at();
    const state = this.fakeContext.state;
    const eachCell = <T>(f: (row: number, col: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        const line: T[] = [];
        for (let c = 0; c < rect.columns; c++) line.push(f(rect.top + r, rect.left + c));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case "address": return state.addressOf(sheet, rect);
      case "addressLocal": return state.addressOf(sheet, rect);
      case "rowIndex": return rect.top - 1;
      case "columnIndex": return rect.left - 1;
      case "rowCount": return rect.rows;
      case "columnCount": return rect.columns;
      case "cellCount": return rect.rows * rect.columns;
      case "columnHidden": return columnHidden(sheet, rect);
      case "values": return eachCell((r, c) => apiValue(state, sheet, r, c));
      case "numberFormat": return eachCell((r, c) => state.cellAt(sheet, r, c)?.numberFormat ?? "General");
      case "formulas": return eachCell((r, c) => state.cellAt(sheet, r, c)?.formula ?? apiValue(state, sheet, r, c));
      case "valueTypes": return eachCell((r, c) => {
        const v = apiValue(state, sheet, r, c);
        return v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#/.test(v) && state.cellAt(sheet, r, c)?.formula ? "Error" : "String";
      });
      default: throw new Error(`fake-excel: Range.${name} is not faked`);
    }
  }

  protected override child(name: string): FakeProxy | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string { return this.loaded("address"); }
  get rowIndex(): number { return this.loaded("rowIndex"); }
  get columnIndex(): number { return this.loaded("columnIndex"); }
  get rowCount(): number { return this.loaded("rowCount"); }
  get columnCount(): number { return this.loaded("columnCount"); }
  get values(): Scalar[][] { return this.loaded("values"); }
  get numberFormat(): string[][] { return this.loaded("numberFormat"); }
  get formulas(): Scalar[][] { return this.loaded("formulas"); }
  get valueTypes(): string[][] { return this.loaded("valueTypes"); }
  get worksheet(): FakeProxy { return this.sheetProxy(); }
  get columnHidden(): boolean | null { return this.loaded("columnHidden"); }
  getColumnProperties(asked: { columnHidden?: boolean; columnIndex?: boolean }) {
    return new FakeClientResult(this.fakeContext, () => { const { sheet, rect } = this.at(); return columnProperties(sheet, rect, asked); });
  }

  private write(what: "values" | "formulas" | "numberFormat", data: unknown): void {
    this.fakeContext.enqueueAction(() => {
      const { sheet, rect } = this.at();
      const state = this.fakeContext.state;
      const get = shapeOf(data, rect, what);
      refuseProtectedOrMerged(sheet, rect);
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.columns; c++) {
          const v = get(r, c);
          // Office.js leaves a cell unchanged where the array holds null.
          if (v === null || v === undefined) continue;
          const cell = state.cellForWrite(sheet, rect.top + r, rect.left + c);
          cell.typed = false;
          if (what === "numberFormat") {
            cell.numberFormat = String(v);
          } else if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = 0;
          } else {
            delete cell.formula;
            cell.value = v as Scalar;
          }
        }
      }
      if (what !== "numberFormat") expandTables(state.tables, sheet, rect, get);
    }, data);
  }

  set values(data: unknown) { this.write("values", data); }
  set formulas(data: unknown) { this.write("formulas", data); }
  set numberFormat(data: unknown) { this.write("numberFormat", data); }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left + column, rows: 1, columns: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left, rows: 1, columns: rect.columns }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(({ rect }) => ({ top: rect.top, left: rect.left + column, rows: rect.rows, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, rows: rect.rows + deltaRows, columns: rect.columns + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, rows: numRows, columns: numColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, top: rect.top + rowOffset, left: rect.left + columnOffset }));
  }
  private other(another: FakeRange | string, sheet: FakeSheet): Rect {
    if (typeof another !== "string") return another.at().rect;
    const parsed = parseRangeAddress(another);
    if (!parsed) throw invalidArgument(`Bad address ${another}`);
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument("Ranges on different sheets.");
    return parsed;
  }
  getIntersection(another: FakeRange | string): FakeRange {
    return this.derived(({ rect, sheet }) => intersection(rect, this.other(another, sheet)));
  }
  getIntersectionOrNullObject(another: FakeRange | string): FakeRange {
    return this.derived(({ rect, sheet }) => intersection(rect, this.other(another, sheet)), true);
  }
  getBoundingRect(another: FakeRange | string): FakeRange {
    return this.derived(({ rect, sheet }) => boundingRect(rect, this.other(another, sheet)));
  }

  /** The bounding box of the cells in this range that hold something (values only, or formats too). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived(({ sheet, rect }) => {
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      for (const [key, cell] of sheet.cells) {
        const r = keyRow(key), c = keyCol(key);
        if (!containsCell(rect, r, c)) continue;
        const hasValue = cell.formula !== undefined || cell.value !== "";
        const hasFormat = cell.fill !== null || cell.numberFormat !== "General" || cell.bold === true;
        if (!hasValue && (valuesOnly || !hasFormat)) continue;
        top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
      }
      return bottom === 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
    }, true);
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.fakeContext.enqueueAction(() => {
      const { sheet, rect } = this.at();
      // Walk the stored cells, not the rectangle: clearing a whole sheet must not visit 17 billion cells.
      for (const [key, cell] of sheet.cells) {
        if (!containsCell(rect, keyRow(key), keyCol(key))) continue;
        if (applyTo !== "Formats") {
          delete cell.formula;
          cell.value = "";
        }
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.fill = null;
          delete cell.bold;
        }
      }
      if (applyTo !== "Contents") sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersection(cf.rect, rect));
    });
  }

  select(): void {
    this.fakeContext.enqueueAction(() => {
      const l = this.at();
      this.fakeContext.state.selection = l;
      this.fakeContext.state.activeSheet = l.sheet;
    });
  }

  /** "A1:D5" without the sheet, for tests. */
  static ref(l: Located): string {
    return rectRef(l.rect);
  }
}

export class FakeRangeFormat extends FakeProxy {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeContext, readonly range: FakeRange) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(ctx, range);
  }
  protected override readProperty(name: string): unknown {
    throw new Error(`fake-excel: RangeFormat.${name} is not faked`);
  }
  protected override child(name: string): FakeProxy | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  autofitColumns(): void {
    this.fakeContext.enqueueAction(() => void this.range.at());
  }
}

function forEachCell(ctx: FakeContext, range: FakeRange, f: (cell: ReturnType<FakeContext["state"]["cellForWrite"]>) => void): void {
  const { sheet, rect } = range.at();
  for (let r = rect.top; r < rect.top + rect.rows; r++)
    for (let c = rect.left; c < rect.left + rect.columns; c++) f(ctx.state.cellForWrite(sheet, r, c));
}

/** One value for the whole range, or null when its cells differ, as Office reports formats. */
function common<T>(ctx: FakeContext, range: FakeRange, pick: (fill: string | null, bold: boolean) => T): T | null {
  const { sheet, rect } = range.at();
  let first: T | undefined;
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    for (let c = rect.left; c < rect.left + rect.columns; c++) {
      const cell = ctx.state.cellAt(sheet, r, c);
      const v = pick(cell?.fill ?? null, cell?.bold === true);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

export class FakeRangeFill extends FakeProxy {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected override readProperty(name: string): unknown {
    // Office reports "No fill" as white; only tintAndShade (null) tells it from a white fill.
    if (name === "color") return common(this.fakeContext, this.range, (fill) => fill ?? "#FFFFFF");
    if (name === "tintAndShade") return common(this.fakeContext, this.range, (fill) => (fill === null ? "none" : "solid")) === "solid" ? 0 : null;
    throw new Error(`fake-excel: RangeFill.${name} is not faked`);
  }
  get color(): string { return this.loaded("color"); }
  set color(color: string) {
    this.fakeContext.enqueueAction(() => forEachCell(this.fakeContext, this.range, (cell) => { cell.fill = color.toUpperCase(); }), color);
  }
  get tintAndShade(): number | null { return this.loaded("tintAndShade"); }
  clear(): void {
    this.fakeContext.enqueueAction(() => forEachCell(this.fakeContext, this.range, (cell) => { cell.fill = null; }));
  }
}

export class FakeRangeFont extends FakeProxy {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected override readProperty(name: string): unknown {
    if (name === "bold") return common(this.fakeContext, this.range, (_f, bold) => bold);
    throw new Error(`fake-excel: RangeFont.${name} is not faked`);
  }
  get bold(): boolean { return this.loaded("bold"); }
  set bold(bold: boolean) {
    this.fakeContext.enqueueAction(() => forEachCell(this.fakeContext, this.range, (cell) => { cell.bold = bold; }), bold);
  }
}

/** A conditional format added through the API, found again by its id. */
export class FakeConditionalFormat extends FakeProxy {
  constructor(ctx: FakeContext, private readonly locate: () => { sheet: FakeSheet; cf: FakeCFRule } | null) {
    super(ctx);
  }
  private found(): { sheet: FakeSheet; cf: FakeCFRule } {
    const f = this.locate();
    if (!f) throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist: conditional format.");
    return f;
  }
  protected override isNull(): boolean {
    return this.locate() === null;
  }
  protected override readProperty(name: string): unknown {
    if (name === "id") return this.found().cf.id;
    if (name === "type") return "Custom";
    throw new Error(`fake-excel: ConditionalFormat.${name} is not faked`);
  }
  override apiId(): string | undefined {
    return this.locate()?.cf.id;
  }
  get id(): string { return this.loaded("id"); }
  delete(): void {
    this.fakeContext.enqueueAction(() => {
      const { sheet, cf } = this.found();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

const touches = (cf: FakeCFRule, rect: Rect) => (cf.areas ?? [cf.rect]).some((a) => intersection(a, rect) !== null);

/** Add a custom (formula) rule over `areas`; the only kind the add-in writes. */
export function addCustomFormat(ctx: FakeContext, areas: () => Located[]) {
  const holder: { rule?: FakeCFRule; sheet?: FakeSheet } = {};
  ctx.enqueueAction(() => {
    const located = areas();
    const sheet = located[0].sheet;
    if (sheet.protected) throw new FakeRichApiError("AccessDenied", "The sheet is protected.");
    holder.sheet = sheet;
    holder.rule = { id: `cf${ctx.state.nextObjectId()}`, rect: located[0].rect, areas: located.length > 1 ? located.map((l) => l.rect) : undefined, formula: "=FALSE" };
    sheet.conditionalFormats.push(holder.rule);
  }, "Custom");
  const set = (f: (rule: FakeCFRule) => void, data: unknown) => ctx.enqueueAction(() => f(holder.rule as FakeCFRule), data);
  const proxy = new FakeConditionalFormat(ctx, () => (holder.rule && holder.sheet && holder.sheet.conditionalFormats.includes(holder.rule) ? { sheet: holder.sheet, cf: holder.rule } : null));
  return Object.assign(proxy, {
    custom: {
      rule: { set formula(v: string) { set((r) => { r.formula = v; }, v); }, get formula(): string { throw new Error("fake-excel: load rule first"); } },
      format: {
        fill: { set color(v: string) { set((r) => { r.fill = v.toUpperCase(); }, v); }, get color(): string { throw new Error("fake-excel: load first"); } },
        font: { set color(v: string) { set((r) => { r.fontColor = v.toUpperCase(); }, v); }, get color(): string { throw new Error("fake-excel: load first"); } },
      },
    },
  });
}

/** The conditional formats touching a range (a whole sheet's with `getRange()`). */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected currentItems(): FakeConditionalFormat[] {
    const { sheet, rect } = this.range.at();
    return sheet.conditionalFormats.filter((cf) => touches(cf, rect)).map((cf) => new FakeConditionalFormat(this.fakeContext, () => (sheet.conditionalFormats.includes(cf) ? { sheet, cf } : null)));
  }
  protected override readProperty(name: string): unknown {
    if (name === "count") return this.currentItems().length;
    throw new Error(`fake-excel: ConditionalFormatCollection.${name} is not faked`);
  }
  add(type: string) {
    if (type !== "Custom") throw new Error(`fake-excel: conditional format ${type} is not faked`);
    return addCustomFormat(this.fakeContext, () => [this.range.at()]);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.fakeContext, () => {
      const { sheet } = this.range.at();
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      return cf ? { sheet, cf } : null;
    });
  }
  clearAll(): void {
    this.fakeContext.enqueueAction(() => {
      const { sheet, rect } = this.range.at();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !touches(cf, rect));
    });
  }
}
