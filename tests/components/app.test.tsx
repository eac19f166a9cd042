// The pane's shell: language, tabs, and what an Excel too old for the add-in shows.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { enabledButton, renderApp } from "./support/render-app";
import { TEST_FACTS } from "./support/facts";

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.getAttribute("aria-label") ?? tab.querySelector(".fui-Tab__content:not([aria-hidden])")?.textContent);

describe("the task pane shell", () => {
  it("speaks Norwegian Bokmål: five tabs, Kontroll open, the detected allocation sheet chosen", async () => {
    renderApp({ lang: "nb" });
    expect(tabNames()).toEqual(["Kontroll", "Endringer", "Oppdrag", "Fra brev", "Innstillinger"]);
    expect(screen.getByRole("tab", { name: "Kontroll" }).getAttribute("aria-selected")).toBe("true");
    const select = await screen.findByRole("combobox", { name: "Ark eller tabell" });
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe("sheet:Tildeling"));
    expect(screen.getByText("Funnet automatisk")).toBeTruthy();
    await enabledButton("Kontroller");
  });

  it("speaks English when Office's display language is not Norwegian", async () => {
    renderApp({ lang: "en" });
    expect(tabNames()).toEqual(["Check", "Changes", "Assignments", "From letter", "Settings"]);
    await enabledButton("Check");
  });

  it("explains that Excel is too old, naming the missing API, instead of showing tools that would fail", () => {
    renderApp({ requirements: { isSetSupported: (name, version) => name === "ExcelApi" && Number(version?.split(".")[1]) <= 4 } });
    const message = screen.getByTestId("too-old");
    expect(message.textContent).toMatch(/Excel-versjonen er for gammel/);
    expect(message.textContent).toMatch(/ExcelApi 1\.\d+/);
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("treats an Excel without any requirement check as too old", () => {
    renderApp({ requirements: null, lang: "en" });
    expect(screen.getByTestId("too-old").textContent).toMatch(/too old/);
  });

  it("opens another tab when it is picked and keeps the first tab's results when coming back", async () => {
    const { actions } = renderApp();
    actions.checkAnswers = [{ diagnostics: [], lines: 4, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS }];
    fireEvent.click(await enabledButton("Kontroller"));
    await screen.findByText(/^4 linjer kontrollert, 0 med feil\./);
    fireEvent.click(screen.getByRole("tab", { name: "Innstillinger" }));
    expect(await screen.findByLabelText("Referansedato")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Innstillinger" }).getAttribute("aria-selected")).toBe("true");
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kontroll" })));
    expect(screen.getByText(/^4 linjer kontrollert, 0 med feil\./).closest("[role=tabpanel]")?.hasAttribute("hidden")).toBe(false);
  });

  it("names every button, field and tab for screen readers", async () => {
    const { actions } = renderApp();
    actions.checkAnswers = [{ diagnostics: [], lines: 1, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS }];
    fireEvent.click(await enabledButton("Kontroller"));
    await screen.findByText(/^1 linje kontrollert/);
    for (const tab of ["Endringer", "Oppdrag", "Innstillinger"]) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      await screen.findByRole("tabpanel", { name: tab });
    }
    const unnamed = [...document.querySelectorAll("button, input, select, [role=tab]")].filter((el) => {
      const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.textContent?.trim();
      const byLabel = el.id && document.querySelector(`label[for="${el.id}"]`);
      return !labelled && !byLabel;
    });
    expect(unnamed.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});
