// Findings grouped by kind: a warning that the amount column may be a hidden one stands with the
// other findings about the unit and the amount column, not among "other".
import { diagnostic } from "../../../src/core/diagnostics";
import { groupFindings } from "../../../src/taskpane/finding-kinds";

describe("groupFindings", () => {
  it("puts the hidden-columns warning of an older Excel with the amount column's findings", () => {
    const groups = groupFindings([
      diagnostic("warning", "XL-HIDDEN-COLUMNS-UNKNOWN", { sheet: "Tildeling" }),
      diagnostic("warning", "ALLOC-AMOUNT-COLUMN", { header: "Tildeling" }, { cell: "Tildeling!C2" }),
    ]);
    expect(groups.map((g) => [g.severity, g.kind, g.items.map((d) => d.code)])).toEqual([["warning", "unit-column", ["XL-HIDDEN-COLUMNS-UNKNOWN", "ALLOC-AMOUNT-COLUMN"]]]);
  });
});
