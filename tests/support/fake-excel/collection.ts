// Collections (`worksheets`, `tables`, `names`, `settings`, `notes`): loading `items/x` creates one
// proxy per item as the collection is at that moment inside the sync, as Office does.
import { FakeContext, FakeProxy, FakeRichApiError, parseLoadArg } from "./proxy";

export abstract class FakeCollection<T extends FakeProxy> extends FakeProxy {
  private pending: T[][] = [];
  private deliveredItems: T[] | null = null;

  constructor(ctx: FakeContext) {
    super(ctx);
  }

  /** Proxies for the items that exist now (called inside a sync). */
  protected abstract currentItems(): T[];

  override load(arg?: unknown): this {
    const itemProps = parseLoadArg(arg)
      .map((p) => p.replace(/^items\/?/, ""))
      .filter(Boolean);
    this.fakeContext.enqueueLoad(this, itemProps.length ? itemProps : ["*"]);
    return this;
  }

  override resolveLoad(props: string[]): Record<string, unknown> {
    const items = this.currentItems();
    this.pending.push(items);
    return { isNullObject: false, items: items.map((item) => item.resolveLoad(props.filter((p) => p !== "*"))) };
  }

  // As in office.js, each load of a collection makes its items anew: of two loads in one
  // request, the items of the last one are what `items` gives, with only its properties.
  override deliver(values: Record<string, unknown>): void {
    const items = this.pending.shift() ?? [];
    const itemValues = values.items as Record<string, unknown>[];
    items.forEach((item, i) => item.deliver(itemValues[i]));
    this.deliveredItems = items;
  }

  /** The item at `index` now (office.js's GetItemAt for items loaded without an id). */
  itemAt(index: number): T {
    const item = this.currentItems()[index];
    if (!item) throw new FakeRichApiError("ItemNotFound", `No item at ${index}.`);
    return item;
  }

  protected override readProperty(name: string): unknown {
    throw new Error(`fake-excel: collection property ${name} is not faked`);
  }

  get items(): T[] {
    if (!this.deliveredItems) return this.loaded("items");
    return this.deliveredItems;
  }
}
