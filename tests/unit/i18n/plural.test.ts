// Counts in messages take the word's plural form and the language's digit grouping: "1 advarsel",
// "2 advarsler", "50 000 linjer lest" (a no-break space between the thousands in Norwegian).
import { formatMessage } from "../../../src/core/i18n/catalog";

describe("plural and number forms in the message catalog", () => {
  it("says 1 advarsel and 2 advarsler, 0 feil and 1 merknad", () => {
    expect(formatMessage("CLI-SUMMARY", { errors: 0, warnings: 1, infos: 1 }, "nb")).toBe("0 feil, 1 advarsel, 1 merknad.");
    expect(formatMessage("CLI-SUMMARY", { errors: 2, warnings: 2, infos: 2 }, "nb")).toBe("2 feil, 2 advarsler, 2 merknader.");
    expect(formatMessage("CLI-SUMMARY", { errors: 1, warnings: 0, infos: 2 }, "en")).toBe("1 error, 0 warnings, 2 notes.");
  });

  it("groups thousands as each language writes them", () => {
    const args = { sheet: "Tildeling", unit: "kr", kind: "budsjettdata" };
    expect(formatMessage("CLI-CHECK-SHEET", { ...args, lines: 50000 }, "nb")).toBe("Arket «Tildeling»: 50\u00a0000 linjer lest, kr (budsjettdata).");
    expect(formatMessage("CLI-CHECK-SHEET", { ...args, lines: 1 }, "nb")).toBe("Arket «Tildeling»: 1 linje lest, kr (budsjettdata).");
    expect(formatMessage("CLI-CHECK-SHEET", { ...args, lines: 50000 }, "en")).toBe("Sheet “Tildeling”: 50,000 lines read, kr (budsjettdata).");
  });

  it("writes every size of count as Intl.NumberFormat and Intl.PluralRules do, in both languages", () => {
    const counts = [0, 1, 2, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000, 1048576, 2 ** 53 - 1, 1.5, 0.5];
    for (const lang of ["nb", "en"] as const) {
      const number = new Intl.NumberFormat(lang === "nb" ? "nb-NO" : "en-GB");
      const plural = new Intl.PluralRules(lang === "nb" ? "nb-NO" : "en-GB");
      for (const n of counts) {
        const [one, other] = lang === "nb" ? ["advarsel", "advarsler"] : ["warning", "warnings"];
        const expected = `, ${number.format(n)} ${plural.select(n) === "one" ? one : other},`;
        expect(formatMessage("CLI-SUMMARY", { errors: 0, warnings: n, infos: 0 }, lang)).toContain(expected);
      }
    }
  });

  it("leaves plain placeholders alone: a year is not a count", () => {
    expect(formatMessage("FACTS-CHECKED", { chartYear: 2024, source: "fra arktittelen" }, "nb")).toBe("Kontrollert mot Gul bok 2024 (fra arktittelen).");
  });
});
