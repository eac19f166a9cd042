// Innstillinger: values apply to every tab as soon as they are valid; invalid text is explained
// and not applied.
import { fireEvent, screen } from "@testing-library/react";
import type { PaneSettings } from "../../src/app/pane-actions";
import { enabledButton, renderApp } from "./support/render-app";
import { TEST_FACTS } from "./support/facts";

async function checkWithCurrentSettings(actions: ReturnType<typeof renderApp>["actions"]): Promise<PaneSettings> {
  actions.checkAnswers = [{ diagnostics: [], lines: 0, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS }];
  fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
  fireEvent.click(await enabledButton("Kontroller"));
  await screen.findByTestId("check-results");
  return actions.callsOf("check").at(-1)![1] as PaneSettings;
}

describe("Innstillinger", () => {
  it("shows the add-in's version and Office's version and platform, for a problem report", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { diagnostics: { version: "16.0.18227.20162", platform: "OfficeOnline" } } };
    try {
      renderApp({ tab: "settings" });
      expect((await screen.findByTestId("about-line")).textContent).toBe("Tildeling 0.1.0 · Office 16.0.18227.20162 (OfficeOnline)");
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("passes the due-soon window, unit and chart year to the actions", async () => {
    const { actions } = renderApp({ tab: "settings" });
    fireEvent.change(await screen.findByLabelText("Frist snart (dager)"), { target: { value: "14" } });
    fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "mill. kr" } });
    fireEvent.change(screen.getByLabelText("Budsjettår (Gul bok)"), { target: { value: "2026" } });
    const settings = await checkWithCurrentSettings(actions);
    expect(settings).toEqual({ referenceDate: "2026-11-23", soonDays: 14, unit: "mill. kr", chartYear: 2026 });
  });

  it("chooses the letters' language, Bokmål until Nynorsk is chosen, and hands it to the actions", async () => {
    const { actions } = renderApp({ tab: "settings", lang: "en" });
    const select = (await screen.findByLabelText("Language of letters")) as HTMLSelectElement;
    expect(select.value).toBe("nb");
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(["Norwegian Bokmål", "Norwegian Nynorsk"]);
    fireEvent.change(select, { target: { value: "nn" } });
    actions.checkAnswers = [{ diagnostics: [], lines: 0, linesWithErrors: 0, linesWithWarnings: 0, facts: TEST_FACTS }];
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    fireEvent.click(await enabledButton("Check"));
    await screen.findByTestId("check-results");
    expect((actions.callsOf("check").at(-1)![1] as PaneSettings).letterLanguage).toBe("nn");
  });

  it("offers the workbook's own chart instead of a Gul bok year", async () => {
    const { actions } = renderApp({ tab: "settings" });
    fireEvent.change(await screen.findByLabelText("Budsjettår (Gul bok)"), { target: { value: "workbook" } });
    expect((await checkWithCurrentSettings(actions)).chartYear).toBe("workbook");
  });

  it("explains an invalid due-soon window and keeps the last valid one", async () => {
    const { actions } = renderApp({ tab: "settings" });
    fireEvent.change(await screen.findByLabelText("Frist snart (dager)"), { target: { value: "400" } });
    expect(screen.getByText("Skriv et helt tall fra 0 til 365.")).toBeTruthy();
    expect((await checkWithCurrentSettings(actions)).soonDays).toBe(30);
  });

  it("explains an impossible reference date and keeps the last valid one", async () => {
    const { actions } = renderApp({ tab: "settings" });
    fireEvent.change(await screen.findByLabelText("Referansedato"), { target: { value: "" } });
    expect(screen.getByText(/Skriv datoen som ÅÅÅÅ-MM-DD/)).toBeTruthy();
    expect((await checkWithCurrentSettings(actions)).referenceDate).toBe("2026-11-23");
  });
});
