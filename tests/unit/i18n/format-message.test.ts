// Every message of the catalog, in both languages, filled the way a reader expects: each {name}
// by its value, {n|one|other} by the count and the word's plural form, unknown names left as
// written. The reference here is a plain regular-expression fill written for this test.
import { allMessageKeys, formatMessage, rawMessage } from "../../../src/core/i18n/catalog";

function reference(template: string, params: Record<string, string | number>, lang: "nb" | "en"): string {
  const number = new Intl.NumberFormat(lang === "nb" ? "nb-NO" : "en-GB");
  const plural = new Intl.PluralRules(lang === "nb" ? "nb-NO" : "en-GB");
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const v = params[name];
    if (one !== undefined && other !== undefined && typeof v === "number") return `${number.format(v)} ${plural.select(v) === "one" ? one : other}`;
    return String(v);
  });
}

describe("formatMessage", () => {
  it("fills every message of the catalog as the plain reference fill does", () => {
    let checked = 0;
    for (const key of allMessageKeys()) {
      for (const lang of ["nb", "en"] as const) {
        const template = rawMessage(key)![lang];
        if (template.includes("{choose:")) continue;
        const names = [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]);
        // Every other name is left out, to see it stay as written.
        const params: Record<string, string | number> = {};
        names.forEach((name, i) => {
          if (i % 2 === 0) params[name] = i % 4 === 0 ? 1 : 12345;
        });
        params.unused = "x";
        expect([key, lang, formatMessage(key, params, lang)]).toEqual([key, lang, reference(template, params, lang)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("writes a count with its plural word and a no-break space between thousands", () => {
    expect(formatMessage("CLI-SUMMARY", { errors: 1, warnings: 196801, infos: 0 }, "nb")).toBe("1 feil, 196\u00a0801 advarsler, 0 merknader.");
  });
});
