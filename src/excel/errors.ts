// What Excel's refusals mean for the adapter. The pane shows them (src/taskpane/host-errors.ts);
// the adapter itself only needs to recognise the payload limit, which it works around by reading
// and writing in smaller blocks, and to keep Excel's own code on anything it rethrows.

export function excelErrorCode(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const e = error as { code?: unknown; cause?: unknown };
    if (typeof e.code === "string") return e.code;
    if (e.cause !== undefined && e.cause !== error) return excelErrorCode(e.cause);
  }
  return "";
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Excel on the web refused a request or response over its 5 MB limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = excelErrorCode(error);
  if (PAYLOAD_CODES.has(code)) return true;
  // Older hosts report it as a general error whose message names the payload size.
  const message = error instanceof Error ? error.message : "";
  return /payload size/i.test(message);
}

/**
 * A condition the adapter detects itself (Excel too old, not inside Excel). It carries a catalog
 * key in `code`, so the pane can show it like any Office error.
 */
export class ExcelAdapterError extends Error {
  override readonly name = "ExcelAdapterError";
  constructor(readonly code: string, readonly params: Readonly<Record<string, string | number>> = {}, message?: string) {
    super(message ?? code);
  }
}
