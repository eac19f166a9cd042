// RangeAreas (ExcelApi 1.9): several ranges of one sheet as one object, as far as the add-in uses
// it: a conditional format over all of them.
import { FakeContext, FakeProxy } from "./proxy";
import { type Located, addCustomFormat } from "./range";

export class FakeRangeAreas extends FakeProxy {
  constructor(ctx: FakeContext, private readonly locate: () => Located[]) {
    super(ctx);
  }
  protected override readProperty(name: string): unknown {
    if (name === "address") return this.locate().map((l) => this.fakeContext.state.addressOf(l.sheet, l.rect)).join(",");
    if (name === "areaCount") return this.locate().length;
    throw new Error(`fake-excel: RangeAreas.${name} is not faked`);
  }
  get conditionalFormats() {
    const ctx = this.fakeContext;
    return {
      add: (type: string) => {
        if (type !== "Custom") throw new Error(`fake-excel: conditional format ${type} is not faked`);
        return addCustomFormat(ctx, () => this.locate());
      },
    };
  }
}
