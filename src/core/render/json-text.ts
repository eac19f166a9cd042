// JSON text written directly, exactly as JSON.stringify(value, null, 2) writes it nested in a
// larger value: for reports with tens of thousands of rows, where making each row's object and
// then stringifying it (with indentation) costs more than writing its text. Strings are escaped
// by JSON.stringify itself whenever they hold anything it escapes.

/** What JSON.stringify escapes in a string: quote, backslash, control characters, lone surrogates (any surrogate here). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it. */
export function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * A value's JSON text when it starts on a line indented by `indent`, or undefined where
 * JSON.stringify leaves a property out (undefined, a function, a symbol).
 */
export function jsonValueText(value: unknown, indent: string): string | undefined {
  if (typeof value === "string") return jsonString(value);
  if (value === null || typeof value === "boolean" || typeof value === "number") return JSON.stringify(value);
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // Nested lines are indented from the line the value starts on; strings hold no raw line ends.
  return text === undefined || indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/** `,\n<indent>"key": value` for a property, or "" when JSON.stringify leaves it out. */
export function jsonField(indent: string, key: string, value: unknown): string {
  const text = jsonValueText(value, indent);
  return text === undefined ? "" : `,\n${indent}${jsonString(key)}: ${text}`;
}

/** An object's own properties as JSON text, starting on a line indented by `indent`. */
export function jsonObjectText(object: Readonly<Record<string, unknown>>, indent: string): string {
  if (typeof (object as { toJSON?: unknown }).toJSON === "function" || Array.isArray(object)) return jsonValueText(object, indent) ?? "null";
  const inner = `${indent}  `;
  let out = "";
  for (const key of Object.keys(object)) out += jsonField(inner, key, object[key]);
  // Every field starts with ",\n": the first one's comma is the opening brace instead.
  return out === "" ? "{}" : `{${out.slice(1)}\n${indent}}`;
}
