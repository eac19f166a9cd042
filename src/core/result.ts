import type { Diagnostic } from "./diagnostics";

/** What a parser returns: the value, or the diagnostic that says why there is none. Parsers never throw on input. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly diagnostic: Diagnostic };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(diagnostic: Diagnostic): ParseResult<T> {
  return { ok: false, diagnostic };
}
