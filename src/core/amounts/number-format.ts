// What an Excel number format says about a number: a date serial or a percentage is not an
// amount. Only the parts outside quotes, escapes and brackets count ("[Red]", "\"kr\"").

function codePart(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

const dateCache = new Map<string, boolean>();

/** d, m, y, h or s outside literals: a date or time format. Unlike deadlines' isDateFormat, a time
 * counts too: "h:mm" is not an amount, though it is not a deadline either. */
export function isDateOrTimeFormat(format: string): boolean {
  let cached = dateCache.get(format);
  if (cached === undefined) {
    const code = codePart(format).toLowerCase();
    cached = code !== "general" && /[dmyhs]/.test(code) && !/^[#0,.\s;\-()]*$/.test(code);
    if (dateCache.size < 1000) dateCache.set(format, cached);
  }
  return cached;
}

const percentCache = new Map<string, boolean>();

/** A format that shows the number as a percentage. Asked for every amount cell, so cached like isDateOrTimeFormat. */
export function isPercentFormat(format: string): boolean {
  let cached = percentCache.get(format);
  if (cached === undefined) {
    cached = codePart(format).includes("%");
    if (percentCache.size < 1000) percentCache.set(format, cached);
  }
  return cached;
}
