// Worksheets and tables.
import { MAX_COLUMNS, MAX_ROWS, parseRangeAddress } from "./a1";
import { FakeCollection } from "./collection";
import { FakeContext, FakeProxy, FakeRichApiError, invalidArgument, notFound } from "./proxy";
import { FakeRange, type Located } from "./range";
import type { FakeSheet, FakeTable } from "./state";
import { FakeNoteCollection } from "./notes";
import { FakeNamedItemCollection } from "./workbook";
import { FakeRangeAreas } from "./range-areas";

/** Returns null for a null object. */
type SheetLocator = () => FakeSheet | null;

export class FakeWorksheet extends FakeProxy {
  constructor(ctx: FakeContext, private readonly locate: SheetLocator) {
    super(ctx);
  }

  sheet(): FakeSheet {
    const s = this.locate();
    if (!s) throw new FakeRichApiError("InvalidObjectPath", "The object path is not valid for a null object.");
    return s;
  }

  protected override isNull(): boolean {
    return this.locate() === null;
  }

  protected override readProperty(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case "name": return s.name;
      case "id": return `{${s.id}}`;
      case "visibility": return s.visibility;
      case "position": return this.fakeContext.state.sheets.indexOf(s);
      default: throw new Error(`fake-excel: Worksheet.${name} is not faked`);
    }
  }

  override apiId(): string | undefined {
    const s = this.locate();
    return s ? `{${s.id}}` : undefined;
  }
  get name(): string { return this.loaded("name"); }
  get id(): string { return this.loaded("id"); }
  get visibility(): string { return this.loaded("visibility"); }
  get position(): number { return this.loaded("position"); }

  set name(name: string) {
    this.fakeContext.enqueueAction(() => { this.sheet().name = name; }, name);
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.fakeContext.enqueueAction(() => { this.sheet().visibility = v; }, v);
  }

  private range(f: (s: FakeSheet) => Located | null): FakeRange {
    return new FakeRange(this.fakeContext, () => f(this.sheet()), () => this);
  }

  getRange(address?: string): FakeRange {
    return this.range((sheet) => {
      if (address === undefined) return { sheet, rect: { top: 1, left: 1, rows: MAX_ROWS, columns: MAX_COLUMNS } };
      const rect = parseRangeAddress(address);
      if (!rect) throw invalidArgument(`The address ${address} is not valid.`);
      return { sheet, rect: { top: rect.top, left: rect.left, rows: rect.rows, columns: rect.columns } };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range((sheet) => ({ sheet, rect: { top: startRow + 1, left: startColumn + 1, rows: rowCount, columns: columnCount } }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Like Excel: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range((sheet) => ({ sheet, rect: this.fakeContext.state.usedRect(sheet, valuesOnly) ?? { top: 1, left: 1, rows: 1, columns: 1 } }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range((sheet) => {
      const rect = this.fakeContext.state.usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.fakeContext, () => this.sheet());
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.fakeContext, () => this.sheet());
  }

  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.fakeContext, () => this.sheet());
  }

  /** Several ranges as one (ExcelApi 1.9): "A1:A3,C5". */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.fakeContext, () => {
      const sheet = this.sheet();
      return address.split(",").map((part) => {
        const rect = parseRangeAddress(part);
        if (!rect || rect.sheet !== null) throw invalidArgument(`The address ${address} is not valid.`);
        return { sheet, rect: { top: rect.top, left: rect.left, rows: rect.rows, columns: rect.columns } };
      });
    });
  }

  /** Handlers run only for edits made through the fake's userEdit, as Excel runs them for the user's edits. */
  get onChanged(): { add(handler: (event: unknown) => unknown): { remove(): void } } {
    const ctx = this.fakeContext;
    return {
      add: (handler) => {
        const entry = { sheetId: -1, handler };
        ctx.enqueueAction(() => {
          entry.sheetId = this.sheet().id;
          ctx.state.changeHandlers.push(entry);
        });
        return { remove: () => ctx.enqueueAction(() => void (ctx.state.changeHandlers = ctx.state.changeHandlers.filter((e) => e !== entry))) };
      },
    };
  }

  activate(): void {
    this.fakeContext.enqueueAction(() => { this.fakeContext.state.activeSheet = this.sheet(); });
  }

  delete(): void {
    this.fakeContext.enqueueAction(() => {
      const state = this.fakeContext.state;
      if (state.sheets.filter((s) => s.visibility === "Visible").length <= 1 && this.sheet().visibility === "Visible") {
        throw new FakeRichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      state.removeSheet(this.sheet());
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected currentItems(): FakeWorksheet[] {
    return this.fakeContext.state.sheets.map((s) => new FakeWorksheet(this.fakeContext, () => s));
  }

  /** By name or id, as Excel's getItem takes either. */
  private find(key: string): FakeSheet | null {
    return this.fakeContext.state.sheetByKey(key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.fakeContext, () => {
      const s = this.find(key);
      if (!s) throw notFound(`worksheet ${key}`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.fakeContext, () => this.find(key));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.fakeContext, () => this.fakeContext.state.activeSheet);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.fakeContext.enqueueAction(() => {
      const state = this.fakeContext.state;
      if (state.sheet(name)) throw new FakeRichApiError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
      // Excel keeps "History" for its change tracking and refuses it as a sheet name.
      if (/^history$/i.test(name)) throw invalidArgument(`The sheet name ${name} is reserved.`);
      if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'")) throw invalidArgument(`Bad sheet name ${name}`);
      created = state.addSheet(name);
    }, name);
    return new FakeWorksheet(this.fakeContext, () => created);
  }
}

export class FakeTableProxy extends FakeProxy {
  constructor(ctx: FakeContext, private readonly locate: () => FakeTable | null) {
    super(ctx);
  }
  table(): FakeTable {
    const t = this.locate();
    if (!t) throw new FakeRichApiError("InvalidObjectPath", "The object path is not valid for a null object.");
    return t;
  }
  protected override isNull(): boolean {
    return this.locate() === null;
  }
  protected override readProperty(name: string): unknown {
    const t = this.table();
    if (name === "name") return t.name;
    if (name === "showTotals") return t.showTotals;
    if (name === "id") return t.name;
    throw new Error(`fake-excel: Table.${name} is not faked`);
  }
  override apiId(): string | undefined {
    return this.locate()?.name;
  }
  get name(): string { return this.loaded("name"); }
  get showTotals(): boolean { return this.loaded("showTotals"); }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.fakeContext, () => this.table().sheet);
  }
  private part(f: (t: FakeTable) => Located["rect"]): FakeRange {
    return new FakeRange(this.fakeContext, () => ({ sheet: this.table().sheet, rect: f(this.table()) }), () => this.worksheet);
  }
  getRange(): FakeRange {
    return this.part((t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((t) => ({ ...t.rect, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((t) => ({ ...t.rect, top: t.rect.top + 1, rows: t.rect.rows - 1 - (t.showTotals ? 1 : 0) }));
  }
}

export class FakeTableCollection extends FakeCollection<FakeTableProxy> {
  constructor(ctx: FakeContext, private readonly onSheet: (() => FakeSheet) | null = null) {
    super(ctx);
  }
  private list(): FakeTable[] {
    const all = this.fakeContext.state.tables;
    return this.onSheet ? all.filter((t) => t.sheet === this.onSheet?.()) : all;
  }
  protected currentItems(): FakeTableProxy[] {
    return this.list().map((t) => new FakeTableProxy(this.fakeContext, () => t));
  }
  private find(name: string): FakeTable | null {
    return this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(key: string): FakeTableProxy {
    return new FakeTableProxy(this.fakeContext, () => {
      const t = this.find(key);
      if (!t) throw notFound(`table ${key}`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTableProxy {
    return new FakeTableProxy(this.fakeContext, () => this.find(key));
  }
}
