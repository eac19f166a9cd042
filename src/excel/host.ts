// How the adapter reaches Excel: `Excel.run` and the requirement-set check. Passed in, so tests
// (and the browser end-to-end test) can hand it an in-memory workbook instead of Office.
import { ExcelAdapterError } from "./errors";
import type { RequirementChecker } from "./requirements";

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly requirements: RequirementChecker | null;
  /** The workbook's file name ("Tildelingsbrev 2024.xlsx"), when Office knows it: a budget year in it is evidence. */
  documentName?(): string | undefined;
}

interface Globals {
  Excel?: { run?: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>; requirements?: RequirementChecker };
  Office?: { context?: { requirements?: RequirementChecker; document?: { url?: string } } };
}

/** "https://x.sharepoint.com/.../Tildeling%202024.xlsx?web=1" or "C:\\brev\\Tildeling 2024.xlsx" -> "Tildeling 2024.xlsx". */
export function documentNameFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.split(/[?#]/)[0];
  const last = path.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

/**
 * The host from the page's globals: Office's `Excel.run` and `Office.context.requirements`.
 * A test that injects an in-memory `window.Excel` may give it a `requirements` object, used only
 * when Office has none (office.js outside Office leaves it undefined).
 */
export function hostFromGlobals(scope: unknown = globalThis): ExcelHost {
  const g = scope as Globals;
  return {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const run = g.Excel?.run;
      if (typeof run !== "function") return Promise.reject(new ExcelAdapterError("XL-NOT-IN-EXCEL"));
      return run(batch) as Promise<T>;
    },
    get requirements(): RequirementChecker | null {
      return g.Office?.context?.requirements ?? g.Excel?.requirements ?? null;
    },
    documentName: () => documentNameFromUrl(g.Office?.context?.document?.url),
  };
}
