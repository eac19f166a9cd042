import { createExcelActions } from "../../../src/excel/actions";
import { loadChart } from "../../../src/core/chart/load-chart";
import { createRealExcel } from "../../support/office-runtime";
import { SETTINGS, allocationSheet } from "../excel/workbooks";

it("check through the real runtime", async () => {
  const real = createRealExcel();
  allocationSheet(real as never);
  real.state.type("Tildeling", [["9999/01", "Feil kapittel", 100]], { at: "A7" });
  const actions = createExcelActions(real.host, { loadChart: async (y) => loadChart(y) });
  const report = await actions.check({ sheet: "Tildeling" }, SETTINGS);
  console.log(JSON.stringify(report.diagnostics.map((d) => [d.code, d.cell])), real.requests);
  const n = await actions.highlight(report.diagnostics, "nb");
  console.log(n, real.requests.slice(-4), real.displayedFill("Tildeling!A7"), real.note("Tildeling!A7"));
  await actions.clearHighlight();
  console.log(real.displayedFill("Tildeling!A7"), real.note("Tildeling!A7"));
});
