// Endringer: the seed letter's changes applied to the seed allocation sheet by the engine, shown
// as the change table with the engine's amount formatting, then written where the user chooses.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readAllocations } from "../../src/core/allocations/read-allocations";
import { loadChart } from "../../src/core/chart/load-chart";
import { applyChanges } from "../../src/core/changes/apply";
import { readChanges } from "../../src/core/changes/read-changes";
import { gridFromRows } from "../../src/core/grid";
import type { ChangePreview, ChangeRequest } from "../../src/app/pane-actions";
import { changePreviewOf } from "./support/change-preview";
import { SEED_ALLOCATIONS, SEED_CHANGES } from "../support/seed-workbook";
import { cellEditError } from "./support/fake-actions";
import { enabledButton, renderApp } from "./support/render-app";

/** Only 351/70 of the letter's codes has an allocation line in the seed sheet. */
function seedPreview(): ChangePreview {
  const allocations = readAllocations(gridFromRows(SEED_ALLOCATIONS.name, SEED_ALLOCATIONS.rows));
  const changes = readChanges(gridFromRows(SEED_CHANGES.name, SEED_CHANGES.rows));
  return changePreviewOf(applyChanges(allocations, changes, { chart: loadChart(2024) }));
}

async function openChanges() {
  const app = renderApp({ tab: "changes" });
  await screen.findByRole("combobox", { name: "Tildelinger (ark eller tabell)" });
  return app;
}

function tableRows(): string[][] {
  const table = within(screen.getByTestId("change-preview")).getByRole("table");
  return within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
}

/** "Skriv til arket" on a preview with errors: the pane asks first; the user writes anyway. */
async function writeAnyway() {
  fireEvent.click(await enabledButton("Skriv til arket"));
  // Wait for the dialog that is open now (a previous one may still be closing, hidden from the reader).
  const confirm = await screen.findByRole("button", { name: "Skriv likevel" });
  const dialog = confirm.closest('[role="alertdialog"]') as HTMLElement;
  expect(dialog.textContent).toMatch(/Forhåndsvisningen har 3 feil\. Skrive likevel\?/);
  expect(dialog.textContent).toMatch(/endrer ingen celler du har skrevet\. Du angrer ved å slette det som ble skrevet/);
  fireEvent.click(confirm);
}

describe("Endringer", () => {
  it("previews the seed letter's change table from the detected sheets, amounts formatted by the engine", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    const request = actions.callsOf("previewChanges")[0][0] as ChangeRequest;
    expect(request).toEqual({ allocations: { sheet: "Tildeling" }, changes: { kind: "source", source: { sheet: "Endringer" } } });
    expect(tableRows()).toEqual([
      ["Kap/post", "Tildeling før", "Endring", "Ny tildeling"],
      ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
      ["Sum", "57\u202f625", "1\u202f000", "58\u202f625"],
    ]);
    expect(screen.getByText("Endringstabell (Beløp i 1 000 kr)")).toBeTruthy();
    // 671/62 and 858/01 have no allocation line: the engine's error and warning are shown once, beside them.
    const others = screen.getByRole("region", { name: "Endringer uten tildelingslinje" });
    expect(within(others).getAllByText(/671\/62/).length).toBeGreaterThan(0);
    expect(screen.queryByTestId("change-findings")?.textContent ?? "").not.toMatch(/671\/62|858\/01/);
    expect(screen.getByTestId("preview-run-status").textContent).toMatch(/^1 tildelingslinje endres\. 2 endringer har ingen tildelingslinje\. 3 feil må ses på før du skriver\./);
  });

  it("keeps changes without an allocation line out of the Sum, in their own labelled section with the reason", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    expect(screen.getByTestId("change-sum-note").textContent).toBe(
      "Summen gjelder bare linjene med tildeling. 2 endringer uten tildelingslinje står under og er ikke med i summen.",
    );
    const others = screen.getByRole("region", { name: "Endringer uten tildelingslinje" });
    const rows = within(others)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Kap/post", "Endring", "Status"],
      ["671/62", "−1\u202f000", "Ikke tatt med"],
      ["858/01", "1\u202f000", "Blir ny linje"],
    ]);
    const reasons = within(others).getAllByRole("listitem").map((li) => li.textContent);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/^671\/62 har ingen tildelingslinje/);
    expect(reasons[1]).toMatch(/^858\/01 har ingen tildelingslinje/);
    // What the main table shows adds up to its Sum.
    const main = tableRows().slice(1, -1);
    const sum = main.reduce((s, r) => s + Number(r[2].replace(/\s/g, "").replace("−", "-")), 0);
    expect(sum).toBe(1000);
  });

  it("calls the Sum plain Sum when every change has an allocation line", async () => {
    const { actions } = await openChanges();
    const allocations = readAllocations(gridFromRows(SEED_ALLOCATIONS.name, SEED_ALLOCATIONS.rows));
    const changes = readChanges(gridFromRows(SEED_CHANGES.name, SEED_CHANGES.rows.slice(0, 3)));
    actions.previewAnswers = [changePreviewOf(applyChanges(allocations, changes, { chart: loadChart(2024) }))];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    expect(tableRows().at(-1)?.[0]).toBe("Sum");
    expect(screen.queryByRole("region", { name: "Endringer uten tildelingslinje" })).toBeNull();
    expect(screen.queryByTestId("change-sum-note")).toBeNull();
  });

  it("writes beside the table by default, or on a new sheet when the user picks it", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    actions.writeAnswers = [{ address: "Endringstabell!A1:D4", rows: 2 }];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    fireEvent.click(screen.getByRole("radio", { name: "På et nytt ark" }));
    await writeAnyway();
    await screen.findByText(/^Skrev 2 rader i Endringstabell!A1:D4\./);
    expect(screen.getByTestId("write-changes-status").textContent).toBe(
      "Skrev 2 rader i Endringstabell!A1:D4. Ny tildeling er en formel. Cellene du har skrevet, er ikke endret. Angre ved å slette Endringstabell!A1:D4; en ny kjøring erstatter den.",
    );
    const [request, placement, , lang] = actions.callsOf("writeChanges")[0];
    expect(request).toEqual(actions.callsOf("previewChanges")[0][0]);
    expect(placement).toBe("new-sheet");
    expect(lang).toBe("nb");
  });

  it("says plainly when nothing could be written, instead of claiming success", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    actions.writeAnswers = [{ address: "", rows: 0 }];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await writeAnyway();
    await screen.findByText(/Skrev ingenting: ingen endring traff en tildelingslinje/);
    expect(screen.queryByText(/Ny tildeling er en formel/)).toBeNull();
  });

  it("passes rows typed in the pane as written, leaving out empty rows", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    fireEvent.click(screen.getByRole("radio", { name: "Jeg skriver dem inn her" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Kap/post, rad 1" }), { target: { value: "kap. 351, post 70" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Endring, rad 1" }), { target: { value: "1 000" } });
    fireEvent.click(screen.getByRole("button", { name: "Legg til rad" }));
    fireEvent.click(screen.getByRole("button", { name: "Legg til rad" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Kap/post, rad 3" }), { target: { value: "671/62" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Endring, rad 3" }), { target: { value: "−1 000" } });
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    expect(actions.callsOf("previewChanges")[0][0]).toEqual({
      allocations: { sheet: "Tildeling" },
      changes: { kind: "typed", rows: [{ code: "kap. 351, post 70", change: "1 000" }, { code: "671/62", change: "−1 000" }] },
    });
  });

  it("removes a typed row with its own named button", async () => {
    await openChanges();
    fireEvent.click(screen.getByRole("radio", { name: "Jeg skriver dem inn her" }));
    fireEvent.click(screen.getByRole("button", { name: "Legg til rad" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Kap/post, rad 2" }), { target: { value: "858/01" } });
    fireEvent.click(screen.getByRole("button", { name: "Fjern rad 1" }));
    expect((screen.getByRole("textbox", { name: "Kap/post, rad 1" }) as HTMLInputElement).value).toBe("858/01");
    expect(screen.queryByRole("textbox", { name: "Kap/post, rad 2" })).toBeNull();
  });

  it("never writes a preview made for other input: changing the choice asks for a new preview", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await screen.findByTestId("change-preview");
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Endringer (ark eller tabell)" }), { target: { value: "sheet:Notater" } });
    });
    expect(screen.queryByRole("button", { name: "Skriv til arket" })).toBeNull();
    expect(screen.getByText(/Forhåndsvis på nytt/)).toBeTruthy();
  });

  it("a write refused in cell edit mode can be retried and then succeeds", async () => {
    const { actions } = await openChanges();
    actions.previewAnswers = [seedPreview()];
    actions.writeAnswers = [cellEditError(), { address: "Tildeling!D3:F6", rows: 2 }];
    fireEvent.click(await enabledButton("Forhåndsvis"));
    await writeAnyway();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Du redigerer en celle/);
    fireEvent.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    await screen.findByText(/Skrev 2 rader i Tildeling!D3:F6/);
    await waitFor(() => expect(actions.callsOf("writeChanges")).toHaveLength(2));
  });
});
