// Kontroll: results grouped by severity with counts, a result selects its cell, marking and
// unmarking, and Excel refusing because the user is typing in a cell.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parseAmount } from "../../src/core/amounts/parse-amount";
import { loadChart } from "../../src/core/chart/load-chart";
import { validateCode } from "../../src/core/chart/validate-code";
import { parseBudgetCode } from "../../src/core/codes/budget-code";
import { atCell, type Diagnostic, diagnostic, messageOf } from "../../src/core/diagnostics";
import { formatMessage } from "../../src/core/i18n/catalog";
import { ExcelAdapterError } from "../../src/excel/errors";
import type { CheckReport } from "../../src/app/pane-actions";
import { cellEditError, HostError } from "./support/fake-actions";
import { enabledButton, renderApp } from "./support/render-app";
import { TEST_FACTS } from "./support/facts";

function failure(result: { ok: boolean; diagnostic?: Diagnostic }): Diagnostic {
  if (result.ok || !result.diagnostic) throw new Error("expected the engine to reject this value");
  return result.diagnostic;
}

/** What the engine says about the seed workbook's two typed mistakes and a code missing from Gul bok 2024. */
function seedReport(): CheckReport {
  const postOutOfRange = atCell(failure(parseBudgetCode("855/700")), "Tildeling!A6");
  const amountTypo = atCell(failure(parseAmount("14 5OO")), "Tildeling!C7");
  const code = parseBudgetCode("858/99");
  if (!code.ok) throw new Error("858/99 is a well-formed code");
  const notInChart = validateCode(code.value, loadChart(2024)!, "Tildeling!A8");
  const sheetNote = diagnostic("info", "ALLOC-UNIT-ASSUMED", { cell: "Tildeling!C3", unit: "1000 kr" });
  return { diagnostics: [postOutOfRange, amountTypo, ...notInChart, sheetNote], lines: 5, linesWithErrors: 2, linesWithWarnings: 1, facts: TEST_FACTS };
}

async function runCheck(report: CheckReport | Error | Array<CheckReport | Error> = seedReport()) {
  const app = renderApp();
  app.actions.checkAnswers = Array.isArray(report) ? report : [report];
  const button = await enabledButton("Kontroller");
  await act(async () => fireEvent.click(button));
  return app;
}

describe("Kontroll", () => {
  it("checks the detected sheet and groups the results by severity, with counts", async () => {
    const { actions } = await runCheck();
    await screen.findByTestId("check-results");
    expect(actions.callsOf("check")[0][0]).toEqual({ sheet: "Tildeling" });
    // Counted by line, the unreadable ones included, so the user sees how much was looked at.
    expect(screen.getByTestId("check-summary").textContent).toBe("5 linjer kontrollert, 2 med feil. 1 linje har bare advarsler.");
    const counts = within(screen.getByTestId("severity-counts")).getAllByText(/: \d/).map((b) => b.textContent);
    expect(counts).toEqual(["Feil: 2", "Advarsler: 1", "Merknader: 1"]);
    const errors = screen.getByRole("region", { name: "Feil: 2" });
    expect(within(errors).getAllByRole("button").map((b) => b.textContent)).toEqual([
      `Tildeling!A6${messageOf(seedReport().diagnostics[0], "nb")}`,
      `Tildeling!C7${messageOf(seedReport().diagnostics[1], "nb")}`,
    ]);
    expect(within(screen.getByRole("region", { name: "Advarsler: 1" })).getByRole("button").textContent).toMatch(/858\/99 finnes ikke i Gul bok 2024/);
  });

  it("shows the original text in the message, so the user sees what they typed", async () => {
    await runCheck();
    await screen.findByTestId("check-results");
    expect(screen.getByText(/«855\/700»/)).toBeTruthy();
    expect(screen.getByText(/«14 5OO»/)).toBeTruthy();
  });

  it("selects a result's cell in Excel when the result is clicked", async () => {
    const { actions } = await runCheck();
    const errors = await screen.findByRole("region", { name: "Feil: 2" });
    await act(async () => fireEvent.click(within(errors).getAllByRole("button")[1]));
    expect(actions.callsOf("selectCell")).toEqual([["Tildeling!C7"]]);
  });

  it("marks only results that have a cell, in the pane's language, and says how many cells it marked", async () => {
    const { actions } = await runCheck();
    await screen.findByTestId("check-results");
    fireEvent.click(screen.getByRole("button", { name: "Marker i arket" }));
    await screen.findByText("Markerte 3 celler med farge og merknad.");
    const [marked, lang] = actions.callsOf("highlight")[0] as [Diagnostic[], string];
    // The unit note has no cell of its own, so there is nothing to colour for it.
    expect(marked.map((d) => d.cell)).toEqual(["Tildeling!A6", "Tildeling!C7", "Tildeling!A8"]);
    expect(lang).toBe("nb");
  });

  it("removes the marking, even before any check in this session", async () => {
    const { actions } = renderApp();
    actions.clearAnswers = [3];
    fireEvent.click(await enabledButton("Fjern markering"));
    await screen.findByText("Fjernet markeringen fra 3 celler.");
    expect(actions.callsOf("clearHighlight")).toHaveLength(1);
    expect((screen.getByRole("button", { name: "Marker i arket" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("counts in Norwegian: one cell is «1 celle»", async () => {
    const { actions } = await runCheck();
    actions.highlightAnswers = [1];
    await screen.findByTestId("check-results");
    fireEvent.click(screen.getByRole("button", { name: "Marker i arket" }));
    await screen.findByText("Markerte 1 celle med farge og merknad.");
  });

  it("says so when nothing is wrong", async () => {
    await runCheck({ diagnostics: [], lines: 1, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS });
    await screen.findByText(/Fant ingen feil\./);
    expect(screen.queryByRole("region", { name: /Feil/ })).toBeNull();
  });

  it("explains cell edit mode, keeps working, and succeeds on retry", async () => {
    const { actions } = await runCheck([cellEditError(), seedReport()]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Excel er i redigeringsmodus/);
    expect(alert.textContent).toMatch(/Trykk Enter eller Esc/);
    expect(screen.queryByTestId("check-results")).toBeNull();
    fireEvent.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    await screen.findByTestId("check-results");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(actions.callsOf("check")).toHaveLength(2);
  });

  it("shows Excel's own message for an unexpected refusal instead of crashing", async () => {
    await runCheck(new HostError("GeneralException", "Det oppstod en intern feil."));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Noe gikk galt/);
    expect(alert.textContent).toMatch(/Det oppstod en intern feil\./);
    expect((screen.getByRole("button", { name: "Kontroller" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the adapter's own explanation from the catalog when it names the problem", async () => {
    await runCheck(new ExcelAdapterError("XL-TOO-OLD", { sets: "ExcelApi 1.7" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(formatMessage("XL-TOO-OLD", { sets: "ExcelApi 1.7" }, "nb"));
  });

  it("a cell-edit refusal when selecting a result is reported too", async () => {
    const { actions } = await runCheck();
    actions.selectAnswers = [cellEditError()];
    const errors = await screen.findByRole("region", { name: "Feil: 2" });
    fireEvent.click(within(errors).getAllByRole("button")[0]);
    expect((await screen.findByRole("alert")).textContent).toMatch(/redigeringsmodus/);
  });

  it("lets the user choose another sheet or table, and checks that one", async () => {
    const { actions } = renderApp();
    actions.checkAnswers = [{ diagnostics: [], lines: 0, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS }];
    const select = (await screen.findByRole("combobox", { name: "Ark eller tabell" })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("sheet:Tildeling"));
    fireEvent.change(select, { target: { value: "table:Oppdrag:OppdragTabell" } });
    expect(screen.queryByText("Funnet automatisk")).toBeNull();
    fireEvent.click(await enabledButton("Kontroller"));
    await screen.findByTestId("check-results");
    expect(actions.callsOf("check")[0][0]).toEqual({ sheet: "Oppdrag", table: "OppdragTabell" });
  });
});
