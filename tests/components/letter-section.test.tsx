// "Til brevet" in Endringer: after the preview the user can make the letter's version of the
// change table on the Brevtabell sheet, or copy it for the letter, with their own column titles,
// kap./post blocks and sentences. The table is the seed letter's, composed by the engine.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readAllocations } from "../../src/core/allocations/read-allocations";
import { loadChart } from "../../src/core/chart/load-chart";
import { applyChanges } from "../../src/core/changes/apply";
import { readChanges } from "../../src/core/changes/read-changes";
import { gridFromRows } from "../../src/core/grid";
import type { LetterChoice } from "../../src/core/letter/letter-source";
import { type LetterTable, letterCells } from "../../src/core/letter/letter-table";
import type { ChangePreview } from "../../src/app/pane-actions";
import { SEED_ALLOCATIONS, SEED_CHANGES } from "../support/seed-workbook";
import { changePreviewOf } from "./support/change-preview";
import { cellEditError } from "./support/fake-actions";
import { enabledButton, renderApp } from "./support/render-app";

function preview(allocationRows = SEED_ALLOCATIONS.rows): ChangePreview {
  const allocations = readAllocations(gridFromRows(SEED_ALLOCATIONS.name, allocationRows));
  const changes = readChanges(gridFromRows(SEED_CHANGES.name, SEED_CHANGES.rows));
  return changePreviewOf(applyChanges(allocations, changes, { chart: loadChart(2024) }));
}

async function previewed(answer: ChangePreview = preview()) {
  const app = renderApp({ tab: "changes" });
  app.actions.previewAnswers = [answer];
  fireEvent.click(await enabledButton("Forhåndsvis"));
  await screen.findByTestId("letter-section");
  return app;
}

const section = () => within(screen.getByRole("region", { name: "Til brevet" }));

describe("Til brevet", () => {
  it("Lag brevtabell sends the user's column titles and options with the previewed request, and says where it wrote", async () => {
    const { actions } = await previewed();
    actions.letterSheetAnswers = [{ sheet: "Brevtabell", address: "Brevtabell!A2:D3", rows: 1 }];
    const before = section().getByRole("textbox", { name: "Kolonnetittel: tildeling før" }) as HTMLInputElement;
    expect(before.value).toBe("Tildeling før tillegget");
    fireEvent.change(before, { target: { value: "Tildeling før endring" } });
    fireEvent.click(section().getByRole("checkbox", { name: "Kap./post-linjer under tabellen" }));
    fireEvent.click(section().getByRole("button", { name: "Lag brevtabell" }));
    await screen.findByText("Skrev brevtabellen med 1 linje til Brevtabell!A2:D3. Marker og kopier den inn i brevet.");
    const [request, choice, , lang] = actions.callsOf("writeLetterTable")[0];
    expect(request).toEqual(actions.callsOf("previewChanges")[0][0]);
    expect(choice).toEqual({
      header: { code: "Kap/post", before: "Tildeling før endring", change: "Endring", after: "Ny tildeling" },
      blocks: true,
      sentences: false,
    });
    expect(lang).toBe("nb");
  });

  it("Kopier til brev copies the table the letter gets: the lines with an allocation, and sentences only for those", async () => {
    const { actions } = await previewed();
    actions.copyAnswers = ["clipboard-api"];
    fireEvent.click(section().getByRole("checkbox", { name: "Setninger under tabellen" }));
    fireEvent.click(section().getByRole("button", { name: "Kopier til brev" }));
    await screen.findByText("Tabellen er kopiert. Lim den inn i Word eller Outlook.");
    const [table, sentences, choice] = actions.callsOf("copyLetterTable")[0] as [LetterTable, string[], LetterChoice];
    expect(letterCells(table)).toEqual([
      ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
      ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
    ]);
    expect(table.caption).toBe("Beløp i 1 000 kr");
    // 671/62 was not applied and 858/01 has no line: the letter must not claim they changed.
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(/^Tildelingen på kap\. 351, post 70 økes med /);
    expect(choice.sentences).toBe(true);
  });

  it("says so when the clipboard refused, and how to copy by hand", async () => {
    const { actions } = await previewed();
    actions.copyAnswers = ["failed"];
    fireEvent.click(section().getByRole("button", { name: "Kopier til brev" }));
    await screen.findByText(/Kunne ikke kopiere til utklippstavlen/);
    expect(screen.queryByText(/Tabellen er kopiert/)).toBeNull();
  });

  it("offers nothing to make when no change hit an allocation line", async () => {
    const only855 = SEED_ALLOCATIONS.rows.filter((r) => r[0] !== "351/70");
    await previewed(preview(only855));
    expect(section().getByText(/ingen brevtabell å lage/)).toBeTruthy();
    expect((section().getByRole("button", { name: "Lag brevtabell" }) as HTMLButtonElement).disabled).toBe(true);
    expect((section().getByRole("button", { name: "Kopier til brev" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("a refusal in cell edit mode can be retried", async () => {
    const { actions } = await previewed();
    actions.letterSheetAnswers = [cellEditError(), { sheet: "Brevtabell", address: "Brevtabell!A2:D3", rows: 1 }];
    fireEvent.click(section().getByRole("button", { name: "Lag brevtabell" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Du redigerer en celle/);
    fireEvent.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    await screen.findByText(/Skrev brevtabellen med 1 linje/);
    await waitFor(() => expect(actions.callsOf("writeLetterTable")).toHaveLength(2));
  });
});
