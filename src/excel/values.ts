// Cell values as Office.js hands them over (`Range.values`) turned into the engine's CellValue.
import type { CellValue } from "../core/grid";

// Office.js reports an error cell as its text in `values`. Typing one of these as text needs a
// leading apostrophe, so a value equal to one of them is taken as the error; reading `valueTypes`
// as well would settle it but costs another array as large as the values in every request.
const ERROR_TEXTS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

export function cellValueFromExcel(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_TEXTS.has(text) ? { error: text } : text;
}

/** Bytes of a string in UTF-8, as it travels in a request (æøå take two). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
