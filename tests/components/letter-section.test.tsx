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
    // Only the title the user typed is theirs; the others are the letter language's.
    expect(choice).toEqual({ header: { before: "Tildeling før endring" }, blocks: true, sentences: false, language: "nb" });
    expect(lang).toBe("nb");
  });

  it("Kopier til brev copies the table the letter gets: the lines with an allocation, and sentences only for those", async () => {
    const { actions } = await previewed();
    actions.copyAnswers = ["clipboard-api"];
    fireEvent.click(section().getByRole("checkbox", { name: "Setninger under tabellen" }));
    fireEvent.click(section().getByRole("button", { name: "Kopier til brev" }));
    await screen.findByText("Tabellen er kopiert. Lim den inn i Word eller Outlook.");
    const [table, paragraphs, choice] = actions.callsOf("copyLetterTable")[0] as [LetterTable, string[][], LetterChoice];
    expect(letterCells(table)).toEqual([
      ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
      ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
    ]);
    expect(table.caption).toBe("Beløp i 1 000 kr");
    // 671/62 was not applied and 858/01 has no line: the letter must not claim they changed.
    expect(paragraphs).toEqual([["Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."]]);
    expect(choice.sentences).toBe(true);
  });

  it("in an English Office the letter is still Norwegian: column titles, caption, kap./post lines and sentences", async () => {
    const app = renderApp({ tab: "changes", lang: "en" });
    app.actions.previewAnswers = [preview()];
    fireEvent.click(await enabledButton("Preview"));
    const letter = within(await screen.findByRole("region", { name: "For the letter" }));
    expect((letter.getByRole("textbox", { name: "Column title: allocation before" }) as HTMLInputElement).value).toBe("Tildeling før tillegget");
    fireEvent.click(letter.getByRole("checkbox", { name: "Chapter/post lines below the table" }));
    fireEvent.click(letter.getByRole("checkbox", { name: "Sentences below the table" }));
    app.actions.copyAnswers = ["clipboard-api"];
    fireEvent.click(letter.getByRole("button", { name: "Copy for letter" }));
    await screen.findByText("The table was copied. Paste it into Word or Outlook.");
    const [table, paragraphs] = app.actions.callsOf("copyLetterTable")[0] as [LetterTable, string[][]];
    expect(letterCells(table)[0]).toEqual(["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"]);
    expect(table.caption).toBe("Beløp i 1 000 kr");
    expect(paragraphs).toEqual([
      ["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.", "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."],
    ]);
  });

  it("writes the letter in Nynorsk when Innstillinger says so, in an English Office too", async () => {
    const app = renderApp({ tab: "changes", lang: "en", settings: { letterLanguage: "nn" } });
    app.actions.previewAnswers = [preview()];
    fireEvent.click(await enabledButton("Preview"));
    const letter = within(await screen.findByRole("region", { name: "For the letter" }));
    fireEvent.click(letter.getByRole("checkbox", { name: "Sentences below the table" }));
    app.actions.letterSheetAnswers = [{ sheet: "Brevtabell", address: "Brevtabell!A2:D3", rows: 1 }];
    app.actions.copyAnswers = ["clipboard-api"];
    fireEvent.click(letter.getByRole("button", { name: "Copy for letter" }));
    await screen.findByText("The table was copied. Paste it into Word or Outlook.");
    const [, paragraphs] = app.actions.callsOf("copyLetterTable")[0] as [LetterTable, string[][]];
    expect(paragraphs).toEqual([["Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner."]]);
    fireEvent.click(letter.getByRole("button", { name: "Make letter table" }));
    await screen.findByText(/Wrote the letter table with 1 line/);
    const [, choice] = app.actions.callsOf("writeLetterTable")[0] as [unknown, LetterChoice];
    expect(choice.language).toBe("nn");
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
