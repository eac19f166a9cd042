// A warning says how to choose otherwise in the words of the face showing it: a flag on the
// command line, the result's "Endre valgene" in the pane. Expected texts are written out by hand.
import { formatMessage } from "../../../src/core/i18n/catalog";
import { setMessageFace } from "../../../src/core/i18n/choose-hints";

const params = { chartYear: 2026, year: 2026 };

afterEach(() => setMessageFace("cli"));

describe("how to choose otherwise", () => {
  it("names the flag on the command line", () => {
    expect(formatMessage("USE-YEAR-ASSUMED", params, "nb")).toBe(
      "Fant ikke budsjettåret i arket eller filnavnet; kap/post er sjekket mot Gul bok 2026 (inneværende år, 2026). Velg et annet år med --year.",
    );
    expect(formatMessage("USE-YEAR-ASSUMED", params, "en")).toBe(
      "Found no budget year in the sheet or the file name; codes were checked against Gul bok 2026 (the current year, 2026). Choose another year with --year.",
    );
  });

  it("points at the result's choices in the pane, with no flag in sight", () => {
    setMessageFace("pane");
    const nb = formatMessage("USE-YEAR-ASSUMED", params, "nb");
    expect(nb).toBe(
      "Fant ikke budsjettåret i arket eller filnavnet; kap/post er sjekket mot Gul bok 2026 (inneværende år, 2026). Velg et annet år under «Endre valgene» ved resultatet.",
    );
    expect(formatMessage("USE-YEAR-ASSUMED", params, "en")).toMatch(/Choose another year under “Change these” by the result\.$/);
  });

  it("leaves no flag in any engine message the pane can show", () => {
    setMessageFace("pane");
    for (const key of ["USE-YEAR-ASSUMED", "SHEET-CHOSEN", "ALLOC-AMOUNT-COLUMN", "CHG-SCALE-LARGE", "CHG-SCALE-THOUSANDS", "CHG-SCALE-SMALL"]) {
      for (const lang of ["nb", "en"] as const) expect(formatMessage(key, {}, lang)).not.toMatch(/--[a-z]/);
    }
  });
});
