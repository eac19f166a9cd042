// Cell notes (ExcelApi 1.18): the classic yellow notes, keyed by cell address.
import { parseRangeAddress } from "./a1";
import { FakeCollection } from "./collection";
import { FakeContext, FakeProxy, FakeRichApiError, invalidArgument, notFound } from "./proxy";
import { type FakeSheet, cellKey, keyCol, keyRow } from "./state";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./sheet";

interface NoteRef {
  sheet: FakeSheet;
  key: number;
}

export class FakeNote extends FakeProxy {
  constructor(ctx: FakeContext, protected readonly locate: () => NoteRef | null, private readonly store: "notes" | "comments" = "notes") {
    super(ctx);
  }
  private ref(): NoteRef {
    const r = this.locate();
    if (!r) throw new FakeRichApiError("InvalidObjectPath", "The object path is not valid for a null object.");
    return r;
  }
  protected override isNull(): boolean {
    const r = this.locate();
    return r === null || !r.sheet[this.store].has(r.key);
  }
  protected override readProperty(name: string): unknown {
    const r = this.ref();
    if (name === "content") return r.sheet[this.store].get(r.key);
    if (name === "authorName") return "Bruker";
    if (name === "id") return `${r.sheet.id}:${r.key}`;
    throw new Error(`fake-excel: Note.${name} is not faked`);
  }
  get content(): string { return this.loaded("content"); }
  set content(text: string) {
    this.fakeContext.enqueueAction(() => {
      const r = this.ref();
      r.sheet.notes.set(r.key, text);
    }, text);
  }
  delete(): void {
    this.fakeContext.enqueueAction(() => {
      const r = this.ref();
      if (!r.sheet.notes.has(r.key)) throw notFound("note");
      r.sheet.notes.delete(r.key);
    });
  }
}

/** Workbook notes take "Sheet!A1"; a worksheet's notes take "A1". */
export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(ctx: FakeContext, private readonly onSheet: (() => FakeSheet) | null) {
    super(ctx);
  }

  private resolve(address: string | { at(): { sheet: FakeSheet; rect: { top: number; left: number; rows: number; columns: number } } }): NoteRef {
    let sheet: FakeSheet | undefined;
    let top: number, left: number, rows: number, columns: number;
    if (typeof address === "string") {
      const rect = parseRangeAddress(address);
      if (!rect) throw invalidArgument(`InvalidCellAddress ${address}`);
      sheet = rect.sheet !== null ? this.fakeContext.state.sheet(rect.sheet) : this.onSheet?.();
      ({ top, left, rows, columns } = rect);
    } else {
      const at = address.at();
      sheet = at.sheet;
      ({ top, left, rows, columns } = at.rect);
    }
    if (!sheet || rows !== 1 || columns !== 1) throw invalidArgument(`InvalidCellAddress ${String(address)}`);
    return { sheet, key: cellKey(top, left) };
  }

  protected currentItems(): FakeNote[] {
    const sheets = this.onSheet ? [this.onSheet()] : this.fakeContext.state.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].map((key) => new FakeNote(this.fakeContext, () => ({ sheet, key }))));
  }

  add(cellAddress: string | { at(): never }, content: string): FakeNote {
    let ref: NoteRef | null = null;
    this.fakeContext.enqueueAction(() => {
      ref = this.resolve(cellAddress);
      if (ref.sheet.notes.has(ref.key) || ref.sheet.comments.has(ref.key)) throw new FakeRichApiError("InvalidArgument", "The cell already has a note or a comment.");
      ref.sheet.notes.set(ref.key, content);
    }, content);
    return new FakeNote(this.fakeContext, () => ref);
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.fakeContext, () => {
      const ref = this.resolve(key);
      if (!ref.sheet.notes.has(ref.key)) throw notFound(`note ${key}`);
      return ref;
    });
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.fakeContext, () => this.resolve(key));
  }
}


/** A threaded comment (ExcelApi 1.10), as far as the add-in needs it: where it is. */
export class FakeComment extends FakeNote {
  constructor(ctx: FakeContext, private readonly at: NoteRef) {
    super(ctx, () => at, "comments");
  }
  getLocation(): FakeRange {
    const { sheet, key } = this.at;
    return new FakeRange(this.fakeContext, () => ({ sheet, rect: { top: keyRow(key), left: keyCol(key), rows: 1, columns: 1 } }), () => new FakeWorksheet(this.fakeContext, () => sheet));
  }
}

export class FakeCommentCollection extends FakeCollection<FakeComment> {
  protected currentItems(): FakeComment[] {
    return this.fakeContext.state.sheets.flatMap((sheet) => [...sheet.comments.keys()].map((key) => new FakeComment(this.fakeContext, { sheet, key })));
  }
}
