// Text normalisation shared by every reader: people type headers and values with no-break
// spaces, narrow no-break spaces, line breaks inside cells and odd casing.

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;

/** Collapse every kind of space to one ASCII space and trim. */
export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** Lower-case, spaces collapsed, trailing colons and full stops dropped: for matching headers. */
export function headerKey(text: string): string {
  return normalizeSpaces(text).toLowerCase().replace(/[:.*]+$/g, "").trim();
}

/** A cell value as text for matching and for messages (numbers as JavaScript prints them). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "error" in (value as object)) return String((value as { error: string }).error);
  return String(value);
}
