// The text report lists at most a hundred findings of each severity and counts the rest; the
// JSON report lists every one.
import { diagnostic } from "../../src/core/diagnostics";
import { diagnosticsJson, diagnosticsText, orderDiagnostics } from "../../src/cli/report";

const warnings = Array.from({ length: 250 }, (_, i) => diagnostic("warning", "KP-NOT-IN-CHART-BARE", { code: `351/${i}`, year: 2026 }, { cell: `Endringer!A${i + 2}` }));
const notes = [diagnostic("info", "CLI-CHART-USED", { chartYear: 2026 })];
const errors = [diagnostic("error", "CHG-CODE-MISSING", {}, { cell: "Endringer!B9" })];

describe("diagnosticsText", () => {
  it("lists the first hundred warnings, counts the rest, and still shows errors and notes", () => {
    const lines = diagnosticsText([...warnings, ...notes, ...errors], "nb").split("\n");
    expect(lines).toHaveLength(1 + 100 + 1 + 1);
    expect(lines[0]).toContain("Endringer!B9");
    expect(lines[1]).toContain("Endringer!A2 ");
    expect(lines[100]).toContain("Endringer!A101 ");
    expect(lines[101]).toBe("  … og 150 advarsler til (bruk --json for å se alle)");
    expect(lines[102]).toContain("[CLI-CHART-USED]");
    expect(diagnosticsText(warnings, "en").split("\n").at(-1)).toBe("  … and 150 more warnings (use --json for all)");
  });

  it("lists everything when there are few findings", () => {
    expect(diagnosticsText(warnings.slice(0, 100), "nb").split("\n")).toHaveLength(100);
  });

  it("keeps every finding in the JSON report", () => {
    expect(diagnosticsJson([...warnings, ...notes], "nb")).toHaveLength(251);
  });
});

describe("orderDiagnostics", () => {
  it("sorts by severity, then sheet in order of appearance, then row and column", () => {
    const list = [
      diagnostic("warning", "X", {}, { cell: "Tildeling!B10" }),
      diagnostic("warning", "X", {}, { cell: "'Mitt ark'!$C$2" }),
      diagnostic("warning", "X", {}, { cell: "Tildeling!AA9" }),
      diagnostic("warning", "X", {}, { cell: "Tildeling!B9" }),
      diagnostic("error", "X", {}, { cell: "'Mitt ark'!A1" }),
      diagnostic("warning", "X", {}, { cell: "Tildeling!A3:D12" }),
      diagnostic("info", "X", {}),
    ];
    expect(orderDiagnostics(list).map((d) => d.cell ?? "-")).toEqual([
      "'Mitt ark'!A1",
      "Tildeling!A3:D12",
      "Tildeling!B9",
      "Tildeling!AA9",
      "Tildeling!B10",
      "'Mitt ark'!$C$2",
      "-",
    ]);
  });
});
