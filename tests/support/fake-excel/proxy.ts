// The proxy model of Office.js, kept strict enough to catch real mistakes: `load` only queues,
// properties can be read only after `context.sync()`, writes are queued and applied in order at
// the sync, and each sync is one request whose size is measured against Excel on the web's limit.
import type { FakeWorkbookState } from "./state";

/** Shaped like OfficeExtension.Error so the adapter's error mapping sees what Office would throw. */
export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.debugInfo = { code, message };
  }
}

const encoder = new TextEncoder();

/** UTF-8 size of a value as it would travel in the JSON of a request or response. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

/** Bytes a queued command costs besides its data (object path, method name). */
const COMMAND_OVERHEAD = 40;

type Op =
  | { kind: "load"; target: FakeProxy; props: string[] }
  | { kind: "act"; run: () => void; bytes: number };

export class FakeContext {
  private queue: Op[] = [];
  /** Set by Excel.run({ delayForCellEdit: true }) where the fake Excel has it. */
  delayForCellEdit = false;
  constructor(readonly state: FakeWorkbookState) {}

  enqueueLoad(target: FakeProxy, props: string[]): void {
    this.queue.push({ kind: "load", target, props });
  }

  enqueueAction(run: () => void, data?: unknown): void {
    this.queue.push({ kind: "act", run, bytes: jsonBytes(data) });
  }

  async sync(): Promise<void> {
    const state = this.state;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    while (state.cellEditMode && this.delayForCellEdit) await new Promise((resolve) => setTimeout(resolve, 5));
    const record = { requestBytes: 0, responseBytes: 0 };
    // Behind the real office.js request builder, the runtime measures the real request instead.
    if (!state.realRequests) state.syncs.push(record);
    if (state.cellEditMode) {
      throw new FakeRichApiError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    for (const op of ops) record.requestBytes += COMMAND_OVERHEAD + (op.kind === "act" ? op.bytes : jsonBytes(op.props));
    if (!state.realRequests && record.requestBytes > state.requestLimit) {
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const deliveries: Array<() => void> = [];
    for (const op of ops) {
      if (op.kind === "act") {
        op.run();
      } else {
        const values = op.target.resolveLoad(op.props);
        record.responseBytes += jsonBytes(values);
        deliveries.push(() => op.target.deliver(values));
      }
    }
    if (!state.realRequests && record.responseBytes > state.responseLimit) {
      throw new FakeRichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const d of deliveries) d();
  }
}

export function parseLoadArg(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArg(a));
  if (typeof arg === "object") {
    const o = arg as { select?: string; expand?: string };
    if (o.select !== undefined || o.expand !== undefined) return [...parseLoadArg(o.select), ...parseLoadArg(o.expand)];
    return Object.keys(arg as object).filter((k) => (arg as Record<string, unknown>)[k]);
  }
  return [];
}

/**
 * Base of every fake API object. Subclasses say how to read a property from the workbook state
 * (`readProperty`) and which navigation children they have (`child`); the base keeps what was
 * delivered by the last sync and refuses reads of anything not loaded and synced.
 */
export abstract class FakeProxy {
  private delivered = new Map<string, unknown>();
  constructor(readonly fakeContext: FakeContext) {}

  get context(): FakeContext {
    return this.fakeContext;
  }

  /** False unless this proxy came from an *OrNullObject method and the item did not exist. */
  protected isNull(): boolean {
    return false;
  }

  protected abstract readProperty(name: string): unknown;

  protected child(_name: string): FakeProxy | undefined {
    return undefined;
  }

  load(arg?: unknown): this {
    const own: string[] = [];
    for (const path of parseLoadArg(arg)) {
      const slash = path.indexOf("/");
      if (slash < 0) {
        own.push(path);
        continue;
      }
      const head = path.slice(0, slash);
      const childProxy = this.child(head);
      if (!childProxy) throw new Error(`fake-excel: cannot load ${path}`);
      childProxy.load(path.slice(slash + 1));
    }
    this.fakeContext.enqueueLoad(this, own);
    return this;
  }

  resolveLoad(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = { isNullObject: this.isNull() };
    if (out.isNullObject) return out;
    for (const p of props) if (p !== "isNullObject") out[p] = this.readProperty(p);
    return out;
  }

  deliver(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.delivered.set(k, v);
  }

  protected loaded<T>(name: string): T {
    if (!this.delivered.has(name)) {
      throw new FakeRichApiError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.delivered.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.delivered);
  }

  /** The key Excel returns with a collection item (`_Id`), for getItem in a later request. */
  apiId(): string | undefined {
    return undefined;
  }
}

/** OfficeExtension.ClientResult: a method's answer, computed at the sync and readable after it. */
export class FakeClientResult<T> {
  private answered = false;
  private answer: T | undefined;
  constructor(ctx: FakeContext, compute: () => T) {
    ctx.enqueueAction(() => {
      this.answer = compute();
      this.answered = true;
    });
  }
  get value(): T {
    if (!this.answered) throw new FakeRichApiError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    return this.answer as T;
  }
}

export function notFound(what: string): FakeRichApiError {
  return new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(message: string): FakeRichApiError {
  return new FakeRichApiError("InvalidArgument", message);
}
