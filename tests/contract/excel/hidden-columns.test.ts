// Hidden columns: the adapter reads which columns the user hid, in the request that reads the
// sheet's shape, and never takes amounts from a hidden column while a visible one fits, as the
// command line does from the file. An Excel too old to name them says so instead of guessing.
import { messageOf } from "../../../src/core/diagnostics";
import { BACKENDS, SETTINGS, actionsFor } from "./workbooks";
import type { FakeExcel } from "../../support/fake-excel";

/** Column B ("Opprinnelig", 1 000 kr) is hidden; column C is the visible allocation. */
function twoAmounts(fake: FakeExcel): void {
  fake.state.type("Tildeling", [
    ["Tildelingsbrev 2025 (i 1 000 kr)"],
    ["Kap/post", "Tildeling", "Tildeling", "Betegnelse"],
    ["858/01", 111, 300000, "Driftsutgifter"],
    ["671/62", 222, 20000, "Kommunale integreringstiltak"],
  ]);
  fake.state.requireSheet("Tildeling").hiddenColumns = new Set([2]);
}

describe.each(BACKENDS)("hidden columns (%s)", (_name, backend) => {
  it("Kontroll reads the visible amount column and says the hidden one was passed over, in the shape request", async () => {
    const fake = backend();
    twoAmounts(fake);
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, SETTINGS);
    expect(report.facts.amountColumn?.cell).toBe("Tildeling!C2");
    const chosen = report.diagnostics.find((d) => d.code === "ALLOC-AMOUNT-COLUMN");
    expect(chosen && messageOf(chosen, "nb")).toContain("de andre er skjult");
    expect(report.diagnostics.map((d) => d.code)).not.toContain("XL-HIDDEN-COLUMNS-UNKNOWN");
    expect(fake.state.syncCount).toBe(2);
  });

  it("Endringer takes the allocation before from the visible column", async () => {
    const fake = backend();
    twoAmounts(fake);
    fake.state.type("Endringer", [["Kap/post", "Endring"], ["858/01", -500]]);
    const preview = await actionsFor(fake).previewChanges({ allocations: { sheet: "Tildeling" }, changes: { kind: "source", source: { sheet: "Endringer" } } }, SETTINGS);
    expect(preview.rows.map((r) => [r.code, r.before?.toFixed(), r.change.toFixed(), r.after?.toFixed()])).toEqual([["858/01", "300000", "-500", "299500"]]);
  });

  it("an Excel older than ExcelApi 1.9 cannot name the hidden column: the result warns instead", async () => {
    const fake = backend({ excelApi: "1.8" });
    twoAmounts(fake);
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, SETTINGS);
    const warning = report.diagnostics.find((d) => d.code === "XL-HIDDEN-COLUMNS-UNKNOWN");
    expect(warning?.severity).toBe("warning");
    expect(messageOf(warning ?? report.diagnostics[0], "nb")).toContain("«Tildeling» er skjult");
  });

  it("an older Excel with no hidden column has nothing to warn about", async () => {
    const fake = backend({ excelApi: "1.8" });
    twoAmounts(fake);
    fake.state.requireSheet("Tildeling").hiddenColumns = undefined;
    const report = await actionsFor(fake).check({ sheet: "Tildeling" }, SETTINGS);
    expect(report.diagnostics.map((d) => d.code)).not.toContain("XL-HIDDEN-COLUMNS-UNKNOWN");
  });
});
