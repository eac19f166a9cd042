// Microsoft's own Excel JavaScript runtime (node_modules/@microsoft/office-js, the build Excel on
// the web loads) run under jsdom, so the adapter's calls become the JSON requests Excel really
// receives. The runtime sends each `context.sync()` through OfficeExtension.HttpUtility, whose
// send function a test may replace: that is where the in-memory workbook answers (server.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

export interface HttpRequestInfo {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  /** The request message: { Actions, ObjectPaths } as office.js builds it. */
  readonly body: unknown;
}

export interface HttpResponseInfo {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface OfficeRuntime {
  readonly Excel: { RequestContext: new (url: string) => Excel.RequestContext };
  /** Route requests for URLs starting with `prefix` to `handler`. */
  route(prefix: string, handler: (request: HttpRequestInfo) => Promise<HttpResponseInfo>): void;
  /** Tell the runtime which requirement sets the host has (it refuses calls to missing ones). */
  setRequirements(checker: { isSetSupported(name: string, version?: string): boolean } | null): void;
}

const RUNTIME = "node_modules/@microsoft/office-js/dist/excel-web-16.00.js";

let loaded: OfficeRuntime | null = null;

interface RuntimeWindow {
  Excel: { Worksheet: { prototype: object }; Workbook: { prototype: object }; CommentCollection: unknown };
  OfficeExtension: { BatchApiHelper: { createPropertyObject(type: unknown, parent: unknown, name: string, isCollection: boolean, flags: number): unknown } };
}

/**
 * The npm build of office.js (1.1.110) predates cell notes (ExcelApi 1.18), which Excel loads
 * from its CDN. Notes have the shape of threaded comments (a collection property of the sheet
 * and the workbook; add(range, text), content, getLocation(), delete()), so they are given here
 * as that collection under the name "Notes": the requests are those of the real API but for a
 * trailing null argument of add(), a few bytes.
 */
function addNotes(window: RuntimeWindow): void {
  const { Excel, OfficeExtension } = window;
  for (const type of [Excel.Worksheet, Excel.Workbook]) {
    if ("notes" in type.prototype) continue;
    Object.defineProperty(type.prototype, "notes", {
      get(this: { _tildelingNotes?: unknown }) {
        this._tildelingNotes ??= OfficeExtension.BatchApiHelper.createPropertyObject(Excel.CommentCollection, this, "Notes", true, 4);
        return this._tildelingNotes;
      },
    });
  }
}

export function loadOfficeRuntime(root = process.cwd()): OfficeRuntime {
  if (loaded) return loaded;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", url: "https://localhost/taskpane.html" });
  const window = dom.window as unknown as {
    eval(source: string): unknown;
    Excel: OfficeRuntime["Excel"];
    Office?: { context: { requirements: unknown } };
    OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(f: (r: HttpRequestInfo) => Promise<HttpResponseInfo>): void } };
  };
  // The library is a browser script: it runs in the page, as a <script> tag would run it.
  window.eval(readFileSync(join(root, RUNTIME), "utf8"));
  addNotes(window as unknown as RuntimeWindow);
  const routes: Array<[string, (request: HttpRequestInfo) => Promise<HttpResponseInfo>]> = [];
  window.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const route = routes.find(([prefix]) => request.url.startsWith(prefix));
    if (!route) return { statusCode: 404, headers: {}, body: "" };
    return route[1](request);
  });
  loaded = {
    Excel: window.Excel,
    route: (prefix, handler) => void routes.unshift([prefix, handler]),
    setRequirements: (checker) => {
      window.Office = checker ? { context: { requirements: checker } } : undefined;
    },
  };
  return loaded;
}
