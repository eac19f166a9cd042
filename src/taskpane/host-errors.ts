// Excel refuses API calls for ordinary reasons the user can fix (a cell is being edited, the
// workbook is busy, a sheet was deleted). Those are not bugs: the pane names the reason and offers
// a retry. Anything else is shown with Excel's own message, and the pane keeps working.

export type HostErrorKind = "cell-edit" | "busy" | "source-gone" | "unexpected";

export interface HostErrorInfo {
  readonly kind: HostErrorKind;
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

export function classifyHostError(error: unknown): HostErrorInfo {
  const code = codeOf(error);
  return { kind: KIND_BY_CODE[code] ?? "unexpected", code, message: messageOfError(error) };
}
