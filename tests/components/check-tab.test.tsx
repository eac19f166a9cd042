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
    expect(screen.getByTestId("check-run-status").textContent).toMatch(/^5 linjer kontrollert, 2 med feil\. 1 linje har bare advarsler\. Kontrollert kl\. \d\d[:.]\d\d\.$/);
    const counts = [...screen.getByTestId("severity-counts").children].map((b) => b.textContent);
    expect(counts).toEqual(["2 feil", "1 advarsel", "1 merknad"]);
    // Grouped by kind, errors first; each group names its kind and count.
    const groups = screen.getAllByRole("region", { name: /^(Feil|Advarsler|Merknader): / }).map((r) => r.getAttribute("data-kind"));
    expect(groups).toEqual(["amount", "code-range", "not-in-chart", "unit-column"]);
    const amount = screen.getByRole("region", { name: "Feil: beløp som ikke kan leses (1)" });
    expect(within(amount).getAllByRole("button").slice(1).map((b) => b.textContent)).toEqual([`Tildeling!C7${messageOf(seedReport().diagnostics[1], "nb")}`]);
    const range = screen.getByRole("region", { name: "Feil: kapittel eller post utenfor gyldig område (1)" });
    expect(within(range).getAllByRole("button").slice(1).map((b) => b.textContent)).toEqual([`Tildeling!A6${messageOf(seedReport().diagnostics[0], "nb")}`]);
    expect(within(screen.getByRole("region", { name: "Advarsler: kap/post som ikke står i Gul bok (1)" })).getAllByRole("button")[1].textContent).toMatch(/858\/99 finnes ikke i Gul bok 2024/);
  });

  it("shows the original text in the message, so the user sees what they typed", async () => {
    await runCheck();
    await screen.findByTestId("check-results");
    expect(screen.getByText(/«855\/700»/)).toBeTruthy();
    expect(screen.getByText(/«14 5OO»/)).toBeTruthy();
  });

  it("selects a result's cell in Excel when the result is clicked", async () => {
    const { actions } = await runCheck();
    const errors = await screen.findByRole("region", { name: /^Feil: beløp/ });
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
    fireEvent.click(await enabledButton("Fjern markeringen"));
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
    expect(alert.textContent).toMatch(/Du redigerer en celle/);
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
    const errors = await screen.findByRole("region", { name: /^Feil: beløp/ });
    fireEvent.click(within(errors).getAllByRole("button")[1]);
    expect((await screen.findByRole("alert")).textContent).toMatch(/Du redigerer en celle/);
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

  it("steps through the results with Neste and Forrige, selecting each cell, and keeps focus on the button", async () => {
    const { actions } = await runCheck();
    await screen.findByTestId("check-results");
    expect(screen.getByTestId("findings-position").textContent).toBe("3 funn med celle. Neste velger den første.");
    const next = screen.getByRole("button", { name: "Neste" });
    next.focus();
    for (let i = 0; i < 3; i++) await act(async () => fireEvent.click(next));
    // Errors first (by kind), then the warning; the unit note has no cell and is not a step.
    expect(actions.callsOf("selectCell")).toEqual([["Tildeling!C7"], ["Tildeling!A6"], ["Tildeling!A8"]]);
    expect(screen.getByTestId("findings-position").textContent).toBe("3 av 3: Tildeling!A8");
    expect(document.activeElement).toBe(next);
    expect(next.getAttribute("aria-disabled")).toBe("true");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Forrige" })));
    expect(actions.callsOf("selectCell").at(-1)).toEqual(["Tildeling!A6"]);
    expect(screen.getByRole("button", { current: true }).textContent).toMatch(/^Tildeling!A6/);
  });

  it("says the findings are out of date when the checked sheet is edited, until it is checked again", async () => {
    const { actions } = await runCheck([seedReport(), seedReport()]);
    await screen.findByTestId("check-results");
    expect(actions.callsOf("watchSource")).toEqual([[{ sheet: "Tildeling" }]]);
    expect(screen.queryByTestId("check-stale")).toBeNull();
    act(() => actions.userEdits("Endringer"));
    expect(screen.queryByTestId("check-stale")).toBeNull();
    act(() => actions.userEdits("Tildeling"));
    const stale = await screen.findByTestId("check-stale");
    expect(stale.textContent).toMatch(/^Arket er endret etter kontrollen kl\. \d\d[:.]\d\d\. Funnene kan være utdaterte\./);
    await act(async () => fireEvent.click(within(stale).getByRole("button", { name: "Kontroller på nytt" })));
    await waitFor(() => expect(screen.queryByTestId("check-stale")).toBeNull());
    expect(actions.callsOf("check")).toHaveLength(2);
  });

  it("says what the check used, and checks again with another Gul bok year chosen from the result", async () => {
    const facts = {
      budgetYear: 2024,
      yearSource: "title" as const,
      chartYear: 2024,
      sheets: ["Tildeling"],
      amountColumn: { header: "Tildeling", cell: "Tildeling!C3", source: "only-one" as const, alternatives: [] },
      unit: "1000 kr" as const,
      unitSource: "caption" as const,
    };
    const { actions } = await runCheck([{ ...seedReport(), facts }, { ...seedReport(), facts: { ...facts, chartYear: 2025, yearSource: "option" as const } }]);
    const shown = await screen.findByTestId("result-facts");
    expect(shown.textContent).toBe("Kontrollert mot Gul bok 2024 (fra arktittelen)ArkTildelingBeløpskolonne«Tildeling» i Tildeling!C3 (den eneste)Enhet1\u202f000 kr (fra teksten ved tabellen)Endre valgene");
    fireEvent.click(within(shown).getByRole("button", { name: "Endre valgene" }));
    fireEvent.change(within(shown).getByLabelText("Budsjettår (Gul bok)"), { target: { value: "2025" } });
    await act(async () => fireEvent.click(within(shown).getByRole("button", { name: "Kontroller med disse valgene" })));
    expect(actions.callsOf("check")[1]).toEqual([{ sheet: "Tildeling" }, expect.anything(), { year: 2025 }]);
    expect((await screen.findByText(/^Kontrollert mot Gul bok 2025/)).textContent).toBe("Kontrollert mot Gul bok 2025 (valgt her) Arket gjelder budsjettåret 2024.");
  });

  it("says how far a large sheet's read has come, block by block, and Avbryt tells the read to stop", async () => {
    const app = renderApp();
    let answer: (report: CheckReport) => void = () => undefined;
    app.actions.checkHeld = new Promise((resolve) => (answer = resolve));
    const run = await enabledButton("Kontroller");
    await act(async () => fireEvent.click(run));
    const status = screen.getByTestId("check-run-status");
    const [control] = app.actions.checkControls;
    act(() => control.onProgress?.({ rowsRead: 40_000, rows: 200_000 }));
    expect(status.textContent).toBe("Leser 40\u202f000 av 200\u202f000 rader fra Tildeling …");
    act(() => control.onProgress?.({ rowsRead: 80_000, rows: 200_000 }));
    expect(status.textContent).toBe("Leser 80\u202f000 av 200\u202f000 rader fra Tildeling …");
    // Avbryt is offered once the work has taken a second.
    const cancel = await screen.findByRole("button", { name: "Avbryt" }, { timeout: 5000 });
    expect(control.signal?.aborted).toBe(false);
    await act(async () => fireEvent.click(cancel));
    expect(control.signal?.aborted).toBe(true);
    expect(status.textContent).toBe("Avbrutt. Ingenting er endret i arket.");
    // Progress or an answer that still arrives from the stopped read is not shown.
    act(() => control.onProgress?.({ rowsRead: 120_000, rows: 200_000 }));
    await act(async () => answer(seedReport()));
    expect(status.textContent).toBe("Avbrutt. Ingenting er endret i arket.");
    expect(screen.queryByTestId("check-results")).toBeNull();
  });

  it("says it is checking once every row of a large sheet is in", async () => {
    const app = renderApp();
    app.actions.checkHeld = new Promise(() => undefined);
    const run = await enabledButton("Kontroller");
    await act(async () => fireEvent.click(run));
    act(() => app.actions.checkControls[0].onProgress?.({ rowsRead: 200_000, rows: 200_000 }));
    expect(screen.getByTestId("check-run-status").textContent).toBe("Kontrollerer 200\u202f000 rader fra Tildeling …");
  });

  it("filters the results by cell or words", async () => {
    const many: CheckReport = {
      diagnostics: Array.from({ length: 8 }, (_, i) => atCell(failure(parseAmount(`1${i} 5OO`)), `Tildeling!C${i + 4}`)),
      lines: 8,
      linesWithErrors: 8,
      linesWithWarnings: 0,
      facts: TEST_FACTS,
    };
    await runCheck(many);
    fireEvent.change(await screen.findByRole("searchbox", { name: "Filtrer funnene" }), { target: { value: "c7" } });
    expect(screen.getByText("Viser 1 av 8.")).toBeTruthy();
    const group = screen.getByRole("region", { name: /^Feil: beløp/ });
    expect(within(group).getAllByRole("button").slice(1).map((b) => b.textContent?.slice(0, 12))).toEqual(["Tildeling!C7"]);
  });
});
