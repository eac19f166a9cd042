// Waits for Office.js to say where the pane is running. Outside Office (a plain browser, or when
// the Office script could not load) the pane must still come up and explain itself, so every
// path ends in a `PaneHost` instead of hanging or throwing.

export type PaneHost =
  | { kind: "office"; host: string; displayLanguage: string | null }
  | { kind: "browser" }
  | { kind: "no-office-js" }
  | { kind: "timeout"; seconds: number };

/** The host name Office.js reports for Excel (`Office.HostType.Excel`). */
export const EXCEL_HOST = "Excel";
/** The host name Office.js reports for Word (`Office.HostType.Word`). */
export const WORD_HOST = "Word";

/**
 * Where the pane runs. After `timeoutMs` it answers "timeout" so the pane can explain itself,
 * but keeps listening: a slow Office (a busy machine, a large workbook opening) that answers
 * later is handed to `onLate`, and the pane starts then.
 */
export function waitForOffice(timeoutMs: number, onLate?: (host: PaneHost) => void): Promise<PaneHost> {
  // `Office` is a global from the office.js script tag; it is missing when the script did not load.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ kind: "no-office-js" });
  }
  return new Promise((resolve) => {
    let timedOut = false;
    const answer = (host: PaneHost) => {
      if (!timedOut) {
        clearTimeout(timer);
        resolve(host);
      } else if (host.kind === "office") {
        onLate?.(host);
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      resolve({ kind: "timeout", seconds: Math.round(timeoutMs / 1000) });
    }, timeoutMs);
    Office.onReady()
      .then((info) => answer(info.host ? { kind: "office", host: String(info.host), displayLanguage: officeDisplayLanguage() } : { kind: "browser" }))
      .catch(() => answer({ kind: "browser" }));
  });
}

function officeDisplayLanguage(): string | null {
  try {
    return Office.context?.displayLanguage ?? null;
  } catch {
    return null;
  }
}
