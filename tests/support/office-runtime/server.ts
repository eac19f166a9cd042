// The host side of a request: office.js's JSON (object paths and actions) replayed, in order,
// on the in-memory workbook's API objects, then one sync of that workbook, then the response
// JSON office.js expects (results by action id, PascalCase properties, `_Items` for collections,
// null for null objects, `Error` with Excel's code). Request and response sizes are the real
// serialised ones, held against Excel on the web's 5 MB limits.
import { FakeRequestContext } from "../fake-excel/workbook";
import { FakeCollection } from "../fake-excel/collection";
import { FakeClientResult, FakeProxy, FakeRichApiError } from "../fake-excel/proxy";
import type { FakeWorkbookState } from "../fake-excel/state";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestMessage {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

const PATH = { global: 1, property: 4, method: 3, indexer: 5 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Obj = Record<string, unknown>;

/** Arguments with object-path references replaced by the objects. */
function argumentsOf(info: ActionInfo["ArgumentInfo"], resolve: (id: number) => unknown): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  const refs = info?.ReferencedObjectPathIds ?? [];
  refs.forEach((ref, i) => {
    if (typeof ref === "number" && ref !== 0) args[i] = resolve(ref);
  });
  return args;
}

/** Checks office.js adds on its own; the fake checks the same when it applies the write. */
const RUNTIME_CHECKS = new Set(["_ValidateArraySize"]);

function call(target: unknown, name: string, args: unknown[]): unknown {
  if (RUNTIME_CHECKS.has(name)) return undefined;
  const method = (target as Obj)[lower(name)];
  if (name === "GetItemAt" && target instanceof FakeCollection) return target.itemAt(args[0] as number);
  if (typeof method !== "function") throw new Error(`office-runtime: ${target?.constructor?.name}.${lower(name)}() is not faked`);
  return (method as (...a: unknown[]) => unknown).apply(target, args);
}

interface PendingQuery {
  readonly kind: "instantiate" | "query";
  readonly actionId: number;
  readonly target: unknown;
  readonly select: readonly string[] | undefined;
}

function valueOf(target: unknown, select: readonly string[] | undefined): unknown {
  if (target instanceof FakeCollection) {
    const items = (target as FakeCollection<FakeProxy>).items;
    return { _Items: items.map((item) => ({ ...objectValue(item, select), ...(item.apiId() !== undefined ? { _Id: item.apiId() } : {}) })) };
  }
  return objectValue(target, select);
}

function objectValue(target: unknown, select: readonly string[] | undefined): Obj | null {
  if (!(target instanceof FakeProxy)) return {};
  const own = target.toJSON();
  if (own.isNullObject === true) return null;
  const out: Obj = {};
  const paths = select ?? Object.keys(own).filter((k) => k !== "isNullObject");
  for (const path of paths) {
    const parts = path.split("/");
    let node: unknown = target;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      node = (node as Obj)[part];
      into = (into[upper(part)] ??= {}) as Obj;
    }
    const leaf = parts[parts.length - 1];
    const values = node instanceof FakeProxy ? node.toJSON() : {};
    if (leaf in values) into[upper(leaf)] = values[leaf];
  }
  return out;
}

function loadArgument(select: readonly string[] | undefined, collection: boolean): string | undefined {
  if (!select) return undefined;
  return select.map((p) => (collection ? `items/${p}` : p)).join(",");
}

export interface ServedRequest {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly error?: string;
}

const encoder = new TextEncoder();

/** Answer one request of office.js from the workbook `state`. */
export async function serve(state: FakeWorkbookState, message: RequestMessage): Promise<{ status: number; body: Obj; served: ServedRequest }> {
  const requestBytes = encoder.encode(JSON.stringify(message)).length;
  const fail = (code: string, text: string, status = 400) => {
    const body = { Error: { Code: code, Message: text, HttpStatusCode: status } };
    return { status: 200, body, served: { requestBytes, responseBytes: encoder.encode(JSON.stringify(body)).length, error: code } };
  };
  if (requestBytes > state.requestLimit) return fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", 413);

  const context = new FakeRequestContext(state);
  const objects = new Map<number, unknown>();
  const resolve = (id: number): unknown => {
    if (objects.has(id)) return objects.get(id);
    const info = message.ObjectPaths[String(id)];
    if (!info) throw new Error(`office-runtime: no object path ${id}`);
    const parent = info.ParentObjectPathId !== undefined ? resolve(info.ParentObjectPathId) : null;
    let value: unknown;
    if (info.ObjectPathType === PATH.global) value = context.workbook;
    else if (info.ObjectPathType === PATH.property) value = (parent as Obj)[lower(info.Name)];
    else if (info.ObjectPathType === PATH.indexer) value = call(parent, "GetItem", argumentsOf(info.ArgumentInfo, resolve));
    else if (info.ObjectPathType === PATH.method) value = call(parent, info.Name, argumentsOf(info.ArgumentInfo, resolve));
    else throw new Error(`office-runtime: object path type ${info.ObjectPathType} is not faked`);
    if (value === undefined) throw new Error(`office-runtime: ${info.Name} gave nothing`);
    objects.set(id, value);
    return value;
  };

  const queries: PendingQuery[] = [];
  const results: Array<{ ActionId: number; Value?: unknown }> = [];
  const methodResults: Array<{ actionId: number; value: unknown }> = [];
  try {
    for (const action of message.Actions) {
      const target = resolve(action.ObjectPathId);
      switch (action.ActionType) {
        case ACTION.instantiate:
          // Existence is checked at the sync, as Excel resolves the path when it runs the action.
          if (target instanceof FakeProxy && !(target instanceof FakeCollection)) target.load([]);
          queries.push({ kind: "instantiate", actionId: action.Id, target, select: undefined });
          break;
        case ACTION.query:
          if (target instanceof FakeProxy) target.load(loadArgument(action.QueryInfo?.Select, target instanceof FakeCollection));
          queries.push({ kind: "query", actionId: action.Id, target, select: action.QueryInfo?.Select });
          break;
        case ACTION.method:
          methodResults.push({ actionId: action.Id, value: call(target, action.Name, argumentsOf(action.ArgumentInfo, resolve)) });
          break;
        case ACTION.setProperty:
          (target as Obj)[lower(action.Name)] = argumentsOf(action.ArgumentInfo, resolve)[0];
          break;
        default:
          break;
      }
    }
    await context.sync();
  } catch (error) {
    if (error instanceof FakeRichApiError) return fail(error.code, error.message);
    throw error;
  }
  for (const q of queries) {
    const value = q.kind === "instantiate" ? (q.target instanceof FakeProxy && !(q.target instanceof FakeCollection) && q.target.toJSON().isNullObject === true ? null : {}) : valueOf(q.target, q.select);
    results.push({ ActionId: q.actionId, Value: value });
  }
  for (const m of methodResults) {
    // A method that answers with data (getColumnProperties) sends it back as the action's value.
    if (m.value instanceof FakeClientResult) results.push({ ActionId: m.actionId, Value: m.value.value });
    else if (m.value === undefined || typeof m.value !== "object") results.push({ ActionId: m.actionId, Value: m.value ?? null });
  }
  const body = { Results: results };
  const responseBytes = encoder.encode(JSON.stringify(body)).length;
  if (responseBytes > state.responseLimit) return fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", 413);
  return { status: 200, body, served: { requestBytes, responseBytes } };
}
