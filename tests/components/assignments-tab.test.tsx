// Oppdrag: the seed letter's assignments read and flagged by the engine, listed most urgent
// first with days overdue or left; the status column is written on request.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { flagAssignments } from "../../src/core/deadlines/flag";
import { readAssignments } from "../../src/core/deadlines/read-assignments";
import { gridFromRows } from "../../src/core/grid";
import type { DeadlineReport, PaneSettings } from "../../src/app/pane-actions";
import { SEED_ASSIGNMENTS, SEED_REFERENCE_DATE } from "../support/seed-workbook";
import { enabledButton, renderApp } from "./support/render-app";

function seedReport(referenceDate = SEED_REFERENCE_DATE): DeadlineReport {
  const read = readAssignments(gridFromRows(SEED_ASSIGNMENTS.name, SEED_ASSIGNMENTS.rows));
  return { referenceDate, items: flagAssignments(read.assignments, referenceDate), diagnostics: read.diagnostics };
}

function listed(): Array<{ flag: string | null; text: string }> {
  return within(screen.getByTestId("assignment-list"))
    .getAllByRole("listitem")
    .map((li) => ({ flag: li.getAttribute("data-flag"), text: li.textContent ?? "" }));
}

async function flagSeed(report = seedReport()) {
  const app = renderApp({ tab: "assignments" });
  app.actions.flagAnswers = [report];
  fireEvent.click(await enabledButton("Finn frister"));
  await screen.findByTestId("assignment-list");
  return app;
}

describe("Oppdrag", () => {
  it("lists what needs follow-up on 23 November 2026, most overdue first, with the days overdue", async () => {
    const { actions } = await flagSeed();
    expect(actions.callsOf("flagDeadlines")[0][0]).toEqual({ sheet: "Oppdrag", table: "OppdragTabell" });
    const items = listed();
    expect(items.every((i) => i.flag === "overdue")).toBe(true);
    // Del 1 (30 September 2024) is the oldest deadline, then 2024-t4:1 (1 April 2025),
    // 2023:61 (revised to 31 December 2025) and 2024 t-4:2 (31 May 2026).
    expect(items.map((i) => i.text.match(/^Over fristen(.+?)(?=Samarbeid|Utarbeide|Poststruktur|Videreutvikling|Identifisere)/)?.[1])).toEqual([
      "2024 t-4:2 Del 1",
      "2024-t4:1",
      "2023:61",
      "2024 t-4:2",
      "2024 t-4:2 Del 2",
    ]);
    expect(items[1].text).toMatch(/601 dager/);
    expect(items[1].text).toMatch(/frist 1\. april 2025/);
    expect(screen.getByText(/5 av 7 oppdrag og deloppdrag må følges opp per 23\. november 2026/)).toBeTruthy();
  });

  it("shows closed assignments and those without a deadline only when asked", async () => {
    await flagSeed();
    expect(listed().some((i) => i.text.includes("2023:30"))).toBe(false);
    fireEvent.click(screen.getByRole("switch", { name: /Vis også oppdrag som er i rute/ }));
    const all = listed();
    expect(all).toHaveLength(7);
    expect(all.find((i) => i.text.includes("2023:30"))?.flag).toBe("done");
    expect(all.find((i) => i.text.includes("2022:55"))?.flag).toBe("no-deadline");
  });

  it("selects the assignment's row in Excel when it is clicked", async () => {
    const { actions } = await flagSeed();
    const first = within(screen.getByTestId("assignment-list")).getAllByRole("button")[0];
    await act(async () => fireEvent.click(first));
    const cell = seedReport().items[0].cell;
    expect(cell).toMatch(/^Oppdrag!/);
    expect(actions.callsOf("selectCell")).toEqual([[cell]]);
  });

  it("judges deadlines against the reference date from Innstillinger", async () => {
    const { actions } = renderApp({ tab: "settings" });
    const date = await screen.findByLabelText("Referansedato");
    fireEvent.change(date, { target: { value: "2025-03-15" } });
    fireEvent.click(screen.getByRole("tab", { name: "Oppdrag" }));
    actions.flagAnswers = [seedReport("2025-03-15")];
    fireEvent.click(await enabledButton("Finn frister"));
    await screen.findByTestId("assignment-list");
    expect((actions.callsOf("flagDeadlines")[0][1] as PaneSettings).referenceDate).toBe("2025-03-15");
    const soon = listed().find((i) => i.text.includes("2024-t4:1"));
    expect(soon?.flag).toBe("due-soon");
    expect(soon?.text).toMatch(/Frist snart|17 dager/);
  });

  it("writes the status column and says where", async () => {
    const { actions } = renderApp({ tab: "assignments" });
    actions.statusAnswers = [{ address: "Oppdrag!F1:F8", rows: 7 }];
    fireEvent.click(await enabledButton("Skriv statuskolonne"));
    await screen.findByText(/Skrev status for 7 oppdrag i Oppdrag!F1:F8/);
    expect(actions.callsOf("writeDeadlineStatus")[0][0]).toEqual({ sheet: "Oppdrag", table: "OppdragTabell" });
  });

  it("marks a deadline read from a period as approximate, with the rule", async () => {
    const read = readAssignments(
      gridFromRows("Oppdrag", [
        ["Tildelingsbrev 2026"],
        ["Nr", "Tittel", "Frist", "Status"],
        ["2026:1", "Rapport om bruk av midler", "juni 2026", "Delvis levert"],
        ["2026:2", "Årsrapport", "1. juni 2026", ""],
      ]),
    );
    await flagSeed({ referenceDate: "2026-07-01", items: flagAssignments(read.assignments, "2026-07-01"), diagnostics: read.diagnostics });
    // Most overdue first: 1 June (30 days) before the end of June (1 day).
    const [day, period] = within(screen.getByTestId("assignment-list")).getAllByRole("listitem");
    expect(period.getAttribute("data-approximate")).toBe("true");
    expect(period.textContent).toMatch(/frist ca\. 30\. juni 2026 \(siste dag i måneden\)/);
    expect(day.getAttribute("data-approximate")).toBeNull();
    expect(day.textContent).toMatch(/frist 1\. juni 2026/);
    expect(day.textContent).not.toMatch(/ca\./);
  });
});
