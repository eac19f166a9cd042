import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import seed from "../../fixtures/seed/seed-letter.json";
import { loadChart } from "../../../src/core/chart/load-chart";
import type { LetterInsert } from "../../../src/core/letter/letter-insert";
import type { LetterLanguage } from "../../../src/core/letter/letter-language";
import { WordApp } from "../../../src/taskpane/word/WordApp";

/** The letter's amounts as the product writes them: thousands grouped with U+202F ("57 625"). */
const thin = (text: string): string => text.replace(/(\d)[ \u00a0](?=\d{3}(?:\D|$))/g, "$1\u202f");

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const insertButton = () => screen.getByRole("button", { name: "Sett inn endringstabell" }) as HTMLButtonElement;

function renderPane(insert: (i: LetterInsert) => Promise<void>, canInsertTables = true, lang: "nb" | "en" = "nb") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordApp lang={lang} insertLetterTable={insert} canInsertTables={canInsertTables} />
    </FluentProvider>,
  );
}

const NOW = new Date("2026-11-23T08:00:00Z");

function renderFull(inserts: LetterInsert[], lang: "nb" | "en", remembered: LetterLanguage[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordApp
        lang={lang}
        insertLetterTable={async (i) => void inserts.push(i)}
        canInsertTables
        letterLanguage="nb"
        onLetterLanguage={(l) => remembered.push(l)}
        loadChart={async (year) => loadChart(year)}
        now={NOW}
      />
    </FluentProvider>,
  );
}

function paste(text: string): void {
  fireEvent.change(screen.getByRole("textbox", { name: /Rader fra Excel|Rows from Excel/ }), { target: { value: text } });
}

const transferText = seed.changes.find((c) => c.transfer && c.text)!.text!;

describe("WordApp (Sett inn endringstabell)", () => {
  it("previews pasted Excel rows as the letter's table and inserts exactly those cells", async () => {
    const inserts: LetterInsert[] = [];
    renderPane(async (i) => {
      inserts.push(i);
    });
    const button = insertButton();
    expect(button.disabled).toBe(true);

    paste(seed.expectedLetterTableText);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").map((r) => Array.from(r.querySelectorAll("th, td"), (c) => c.textContent));
    expect(rows.map((r) => r.join("\t")).join("\n")).toBe(thin(seed.expectedLetterTableText));

    fireEvent.click(button);
    await screen.findByText("Tabellen er satt inn ved markøren.");
    expect(inserts).toHaveLength(1);
    expect(inserts[0].cells.map((r) => r.join("\t")).join("\n")).toBe(thin(seed.expectedLetterTableText));
    expect(inserts[0].caption).toBe("Beløp i 1 000 kr");
    expect(inserts[0].paragraphs).toEqual([]);
  });

  it("inserts the generated sentences only when 'Sett inn setninger' is ticked, and shows them first", async () => {
    const inserts: LetterInsert[] = [];
    renderPane(async (i) => {
      inserts.push(i);
    });
    paste(transferText);
    const expected = `${transferText}.`;
    expect(screen.queryByText(expected)).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Sett inn setninger" }));
    expect(screen.getByText(expected)).toBeTruthy();
    fireEvent.click(insertButton());
    await waitFor(() => expect(inserts).toHaveLength(1));
    expect(inserts[0].paragraphs).toEqual([expected]);
  });

  it("shows markup in pasted cells as text, in the preview and in what it inserts", async () => {
    const inserts: LetterInsert[] = [];
    const { container } = renderPane(async (i) => {
      inserts.push(i);
    });
    const evil = '"><img src=x onerror=alert(1)>';
    paste(`Kap/post\tEndring\tTekst\n351/70\t1 000\t<script>alert(1)</script> ${evil}\n`);
    fireEvent.click(screen.getByRole("checkbox", { name: /kap\.\/post-linjer/ }));
    expect(screen.getByText(`<script>alert(1)</script> ${evil}`)).toBeTruthy();
    expect(container.querySelector("script, img")).toBeNull();
    fireEvent.click(insertButton());
    await waitFor(() => expect(inserts).toHaveLength(1));
    expect(inserts[0].paragraphs).toContain(`<script>alert(1)</script> ${evil}`);
  });

  it("lists what it could not read, with the cell", () => {
    renderPane(async () => undefined);
    paste("Kap/post\tEndring\n351/70\t1 000\n100/01\tmye\n");
    const notes = screen.getByRole("list", { name: "Merknader til det som ble limt inn" });
    expect(within(notes).getByText(/^Utklipp!B3: .*mye/)).toBeTruthy();
  });

  it("shows Word's error and stays usable when the insert fails", async () => {
    let fail = true;
    renderPane(async () => {
      if (fail) throw new Error("GeneralException");
    });
    paste(seed.expectedLetterTableText);
    fireEvent.click(insertButton());
    expect((await screen.findByRole("alert")).textContent).toContain("Kunne ikke sette inn tabellen: GeneralException");
    fail = false;
    fireEvent.click(insertButton());
    await screen.findByText("Tabellen er satt inn ved markøren.");
  });

  it("explains instead of offering the button when Word lacks WordApi 1.3", () => {
    renderPane(async () => undefined, false);
    paste(seed.expectedLetterTableText);
    expect(screen.getByTestId("word-too-old").textContent).toMatch(/^Denne Word-versjonen er for gammelDen kan ikke sette inn tabeller fra tillegg\. Oppdater Word/);
    expect(insertButton().disabled).toBe(true);
  });

  it("speaks English in an English Word", () => {
    renderPane(async () => undefined, true, "en");
    expect(screen.getByRole("heading", { name: "Insert change table" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Insert sentences" })).toBeTruthy();
  });

  it("in an English Word writes the letter in Nynorsk once chosen: names from Gul bok, each sentence under its line", async () => {
    const inserts: LetterInsert[] = [];
    const remembered: LetterLanguage[] = [];
    renderFull(inserts, "en", remembered);
    paste("Tildelingsbrev 2024\nBeløp i 1 000 kr\nKap/post\tEndring\tOverføring\n351/70\t1 000\t\n671/62\t-1 000\tT1\n858/01\t1 000\tT1");
    fireEvent.change(screen.getByRole("combobox", { name: "Language of letters" }), { target: { value: "nn" } });
    expect(remembered).toEqual(["nn"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "Insert sentences" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Insert chapter/post lines below the table" }));
    await screen.findByText("Kap. 351 Likestilling");
    fireEvent.click(screen.getByRole("button", { name: "Insert change table" }));
    await waitFor(() => expect(inserts).toHaveLength(1));
    expect(inserts[0].caption).toBe("Beløp i 1 000 kr");
    expect(inserts[0].cells[0]).toEqual(["Kap/post", "Endring"]);
    expect(inserts[0].paragraphs).toEqual([
      "Kap. 351 Likestilling",
      "Post 70 Tilskudd til likestilling",
      "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.",
      "Kap. 671 Bosetting av flyktninger og tiltak for innvandrere",
      "Post 62 Kommunale integreringstiltak",
      "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.",
      "Kap. 858 Barne-, ungdoms- og familiedirektoratet og fellesfunksjoner i Barne-, ungdoms- og familieetaten",
      "Post 01 Driftsutgifter",
    ]);
  });

  it("in an English Word still writes Bokmål by default", async () => {
    const inserts: LetterInsert[] = [];
    renderFull(inserts, "en");
    paste(`Beløp i 1 000 kr\n${seed.expectedLetterTableText}`);
    fireEvent.click(screen.getByRole("checkbox", { name: "Insert sentences" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert change table" }));
    await waitFor(() => expect(inserts).toHaveLength(1));
    expect(inserts[0].cells[0]).toEqual(["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"]);
    expect(inserts[0].paragraphs).toEqual(["Tildelingen på kap. 351, post 70 økes med 1 mill. kroner."]);
  });

  it("warns before inserting that it guessed the unit, and takes the unit the user then chooses", async () => {
    const inserts: LetterInsert[] = [];
    renderFull(inserts, "nb");
    paste("Kap/post\tEndring\n855/01\t1 000 000");
    const notes = screen.getByRole("list", { name: "Merknader til det som ble limt inn" });
    expect(within(notes).getByText(/sier ikke hvilken enhet beløpene har.*satt opp i 1.000 kr.*velg under «Beløpene er i»/)).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Beløpene er i" }), { target: { value: "kr" } });
    expect(screen.queryByText(/sier ikke hvilken enhet/)).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Sett inn setninger" }));
    fireEvent.click(insertButton());
    await waitFor(() => expect(inserts).toHaveLength(1));
    expect(inserts[0].caption).toBe("Beløp i kroner");
    expect(inserts[0].paragraphs).toEqual(["Tildelingen på kap. 855, post 01 økes med 1 mill. kroner."]);
  });

  it("refuses a pasted table with no rows, and says why", () => {
    renderFull([], "nb");
    paste("Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n");
    expect(screen.getByText("Tabellen som ble limt inn, har overskrifter, men ingen rader som kan leses. Det er ingen tabell å sette inn.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(insertButton().disabled).toBe(true);
  });
});
