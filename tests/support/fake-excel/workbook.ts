// Workbook, named items and settings, and the `Excel.run` entry point.
import { parseRangeAddress, rectRef } from "./a1";
import { quoteSheet as quoteSheetName } from "./a1";
import { FakeCollection } from "./collection";
import { FakeContext, FakeProxy, FakeRichApiError, invalidArgument, notFound } from "./proxy";
import { FakeRange } from "./range";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeTableCollection, FakeWorksheet, FakeWorksheetCollection } from "./sheet";
import type { FakeName, FakeWorkbookState } from "./state";

const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

export class FakeNamedItem extends FakeProxy {
  constructor(ctx: FakeContext, private readonly locate: () => FakeName | null) {
    super(ctx);
  }
  private item(): FakeName {
    const n = this.locate();
    if (!n) throw new FakeRichApiError("InvalidObjectPath", "The object path is not valid for a null object.");
    return n;
  }
  protected override isNull(): boolean {
    return this.locate() === null;
  }
  protected override readProperty(name: string): unknown {
    const n = this.item();
    const formula = n.sheet && n.rect ? `=${quoteSheetName(n.sheet.name)}!${absolute(rectRef(n.rect))}` : "=#REF!";
    switch (name) {
      case "name": return n.name;
      case "formula": return formula;
      case "value": return formula.slice(1);
      case "type": return n.rect ? "Range" : "Error";
      case "comment": return n.comment;
      case "visible": return true;
      default: throw new Error(`fake-excel: NamedItem.${name} is not faked`);
    }
  }
  get name(): string { return this.loaded("name"); }
  get formula(): string { return this.loaded("formula"); }
  get type(): string { return this.loaded("type"); }
  get comment(): string { return this.loaded("comment"); }
  delete(): void {
    this.fakeContext.enqueueAction(() => {
      this.fakeContext.state.names.delete(this.item().name.toLowerCase());
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fakeContext, () => {
      const n = this.item();
      return n.sheet && n.rect ? { sheet: n.sheet, rect: n.rect } : null;
    }, () => new FakeWorksheet(this.fakeContext, () => this.item().sheet));
  }
}

const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/;

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected currentItems(): FakeNamedItem[] {
    return [...this.fakeContext.state.names.values()].map((n) => new FakeNamedItem(this.fakeContext, () => n));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.fakeContext, () => this.fakeContext.state.names.get(name.toLowerCase()) ?? null);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.fakeContext, () => {
      const n = this.fakeContext.state.names.get(name.toLowerCase());
      if (!n) throw notFound(`name ${name}`);
      return n;
    });
  }
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    this.fakeContext.enqueueAction(() => {
      const state = this.fakeContext.state;
      if (!VALID_NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) throw invalidArgument(`The name ${name} is not valid.`);
      if (state.names.has(name.toLowerCase())) throw new FakeRichApiError("ItemAlreadyExists", `The name ${name} already exists.`);
      let target;
      if (typeof reference === "string") {
        const rect = parseRangeAddress(reference);
        const sheet = rect?.sheet ? state.sheet(rect.sheet) : undefined;
        if (!rect || !sheet) throw invalidArgument(`Bad reference ${reference}`);
        target = { sheet, rect: { top: rect.top, left: rect.left, rows: rect.rows, columns: rect.columns } };
      } else {
        target = reference.at();
      }
      state.names.set(name.toLowerCase(), { name, sheet: target.sheet, rect: target.rect, comment });
    }, { name, comment });
    return this.getItem(name);
  }
}

export class FakeSetting extends FakeProxy {
  constructor(ctx: FakeContext, private readonly settingKey: string, private readonly mustExist: boolean) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return !this.fakeContext.state.settings.has(this.settingKey);
  }
  protected override readProperty(name: string): unknown {
    if (this.isNull() && this.mustExist) throw notFound(`setting ${this.settingKey}`);
    if (name === "key") return this.settingKey;
    if (name === "value") return this.fakeContext.state.settings.get(this.settingKey);
    throw new Error(`fake-excel: Setting.${name} is not faked`);
  }
  get key(): string { return this.loaded("key"); }
  get value(): unknown { return this.loaded("value"); }
  delete(): void {
    this.fakeContext.enqueueAction(() => { this.fakeContext.state.settings.delete(this.settingKey); });
  }
}

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  protected currentItems(): FakeSetting[] {
    return [...this.fakeContext.state.settings.keys()].map((k) => new FakeSetting(this.fakeContext, k, true));
  }
  add(key: string, value: unknown): FakeSetting {
    // Settings travel as JSON: store a copy, so later changes to the caller's object do not leak in.
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.fakeContext.enqueueAction(() => { this.fakeContext.state.settings.set(key, copy); }, { key, value });
    return new FakeSetting(this.fakeContext, key, true);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.fakeContext, key, true);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.fakeContext, key, false);
  }
}

export class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.notes = new FakeNoteCollection(ctx, null);
    this.comments = new FakeCommentCollection(ctx);
  }
  protected override readProperty(name: string): unknown {
    if (name === "name") return "Tildeling.xlsx";
    throw new Error(`fake-excel: Workbook.${name} is not faked`);
  }
  getSelectedRange(): FakeRange {
    const state = this.fakeContext.state;
    return new FakeRange(this.fakeContext, () => {
      if (state.selection) return state.selection;
      const sheet = state.activeSheet;
      return sheet ? { sheet, rect: { top: 1, left: 1, rows: 1, columns: 1 } } : null;
    }, () => this.worksheets.getActiveWorksheet());
  }
}

export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(state: FakeWorkbookState) {
    super(state);
    this.workbook = new FakeWorkbook(this);
  }
}
