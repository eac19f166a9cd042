// Excel refuses API calls for ordinary reasons the user can fix (a cell is being edited, the
// workbook is busy, a sheet was deleted). Those are not bugs: the pane names the reason and offers
// a retry. Anything else is shown with Excel's own message, and the pane keeps working.

import { hasMessage } from "../core/i18n/catalog";

/** "known": the adapter named the problem with a catalog key (for example Excel lacking an API). */
export type HostErrorKind = "cell-edit" | "busy" | "source-gone" | "known" | "unexpected";

export interface HostErrorInfo {
  readonly kind: HostErrorKind;
  /** For "known": the placeholders of the catalog message `code`. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The host's own code and message, for the "unexpected" text and for support. */
  readonly code: string;
  readonly message: string;
}

// Office.js error codes (OfficeExtension.Error.code); see Excel.ErrorCodes.
const KIND_BY_CODE: Readonly<Record<string, HostErrorKind>> = {
  InvalidOperationInCellEditMode: "cell-edit",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
  ItemNotFound: "source-gone",
};

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const e = error as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof e.code === "string" && e.code !== "") return e.code;
    // An adapter may wrap the Office error; look one level down.
    if (e.cause !== undefined && e.cause !== error) {
      const inner = codeOf(e.cause);
      if (inner !== "") return inner;
    }
  }
  return "";
}

function messageOfError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return String(error);
}

function paramsOf(error: unknown): Readonly<Record<string, string | number>> {
  const params = typeof error === "object" && error !== null ? (error as { params?: unknown }).params : undefined;
  return typeof params === "object" && params !== null ? (params as Record<string, string | number>) : {};
}

export function classifyHostError(error: unknown): HostErrorInfo {
  const code = codeOf(error);
  const kind = KIND_BY_CODE[code];
  if (kind) return { kind, code, message: messageOfError(error) };
  // The adapter's own errors (ExcelAdapterError) carry a catalog key as their code.
  if (code !== "" && hasMessage(code)) return { kind: "known", code, params: paramsOf(error), message: messageOfError(error) };
  return { kind: "unexpected", code, message: messageOfError(error) };
}
