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

  it("leaves plain placeholders alone: a year is not a count", () => {
    expect(formatMessage("FACTS-CHECKED", { chartYear: 2024, source: "fra arktittelen" }, "nb")).toBe("Kontrollert mot Gul bok 2024 (fra arktittelen).");
  });
});
