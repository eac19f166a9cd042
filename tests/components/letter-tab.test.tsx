// Fra brev (Les inn fra brev): the seed supplement's text pasted or chosen as a file is read in the
// pane, every item shown with its source and ticked; what the user unticks stays out of the sheets
// handed to Excel, which are the command line's --out layout.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LetterSheetCell, LetterSheetSpec } from "../../src/core/letter-reading/letter-sheets";
import { cellEditError } from "./support/fake-actions";
import { renderApp } from "./support/render-app";

const SEED_TEXT = readFileSync(join(__dirname, "..", "fixtures", "seed", "tillegg-bufdir-2024.txt"), "utf8");

/** A sheet's rows as Excel will hold them: amounts as exact strings, days as ISO dates. */
function plain(spec: LetterSheetSpec): (string | null)[][] {
  const cell = (c: LetterSheetCell): string | null =>
    c === null || typeof c === "string" ? c : "amount" in c ? c.amount.toFixed() : `${c.date.year}-${String(c.date.month).padStart(2, "0")}-${String(c.date.day).padStart(2, "0")}`;
  return spec.rows.map((r) => r.map(cell));
}

async function pasteSeed() {
  const app = renderApp({ tab: "letter" });
  fireEvent.change(await screen.findByRole("textbox", { name: "Eller lim inn brevets tekst" }), { target: { value: SEED_TEXT } });
  fireEvent.click(screen.getByRole("button", { name: "Les teksten" }));
  await screen.findByTestId("letter-items");
  return app;
}

const labels = () => within(screen.getByTestId("letter-items")).getAllByRole("checkbox").map((c) => c.closest("li")?.querySelector("label")?.textContent);

describe("Fra brev", () => {
  it("shows each item of the pasted seed letter with its source, all ticked", async () => {
    await pasteSeed();
    expect(screen.getByTestId("letter-read-status").textContent).toMatch(/^Lest fra innlimt tekst: 1 tildeling, 3 endringer, 5 oppdrag\. Beløp i 1 000 kr \(utledet fra brevets tekst, se advarselen\)\.$/);
    expect(labels()).toEqual([
      "351/70: 57\u202f625",
      "351/70 +1\u202f000",
      "671/62 −1\u202f000 → 858/01 +1\u202f000",
      "2024-t4:1 Poststruktur og postbruk",
      "2024 t-4:2 Samarbeid om bekymringsfullt skolefravær og utvikling av nasjonale faglige råd",
      "2022:55 Tilleggsbevilgning til prosjekt om rekruttering av gutter til helse- og omsorgssektoren",
      "2023:61 Videreutvikling av TryggEst",
      "2023:30",
    ]);
    expect(within(screen.getByTestId("letter-items")).getAllByRole("checkbox").every((c) => (c as HTMLInputElement).checked)).toBe(true);
    const sources = screen.getAllByTestId("letter-source").map((s) => s.textContent);
    expect(sources[3]).toMatch(/^avsnitt \d+: «Oppdrag 2024-t4:1 Poststruktur og postbruk/);
    expect(screen.getByRole("checkbox", { name: /^2024 t-4:2/ }).closest("li")?.textContent).toMatch(/Frist 31\. mai 2026.*Også: Udir 2024-018.*Del 1: Utarbeide en milepælsplan for samarbeidet om oppdraget – Frist 30\. september 2024/);
    // The unit guess is a warning the user sees, not a silent choice.
    expect(screen.getByTestId("letter-notes").textContent).toMatch(/Lest som 1 000 kr, fordi tabellen og teksten da gir samme beløp/);
  });

  it("hands Excel the three sheets without what was unticked: a transfer goes whole or not at all", async () => {
    const { actions } = await pasteSeed();
    actions.letterSheetsAnswers = [{ sheets: ["Tildeling 2", "Endringer 2", "Oppdrag 2"], rows: 7, undoable: true }];
    fireEvent.click(screen.getByRole("checkbox", { name: /^2023:30/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /^671\/62/ }));
    fireEvent.click(screen.getByRole("button", { name: "Skriv til arket" }));
    await screen.findByText("Skrev 7 rader til Tildeling 2, Endringer 2 og Oppdrag 2.");
    const [[sheets]] = actions.callsOf("writeLetterSheets") as [[LetterSheetSpec[]]];
    expect(sheets.map((s) => [s.name, s.title, s.caption, s.header.join("|")])).toEqual([
      ["Tildeling", "Tildelingsbrev 2024: tildeling, lest fra innlimt tekst", "(i 1 000 kr)", "Kap/post|Betegnelse|Tildeling"],
      ["Endringer", "Tildelingsbrev 2024: endringer, lest fra innlimt tekst", "(i 1 000 kr)", "Kap/post|Endring|Tekst|Omdisponering"],
      ["Oppdrag", "Tildelingsbrev 2024: oppdrag, lest fra innlimt tekst", "", "Oppdrag|Tittel|Frist|Ny frist|Status"],
    ]);
    expect(plain(sheets[0])).toEqual([["351/70", null, "57625"]]);
    expect(plain(sheets[1]).map((r) => [r[0], r[1], r[3]])).toEqual([["351/70", "1000", null]]);
    expect(plain(sheets[2]).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["2024-t4:1", "2025-04-01", null, "Åpen"],
      ["2024 t-4:2", "2026-05-31", null, "Åpen"],
      [null, "2024-09-30", null, null],
      [null, null, null, null],
      [null, null, null, null],
      ["2022:55", null, null, "Åpen"],
      ["2023:61", null, "2025-12-31", "Åpen"],
    ]);
  });

  it("reads a chosen text file the same way, and says so when nothing is ticked", async () => {
    renderApp({ tab: "letter" });
    const input = await screen.findByLabelText("Velg brevet (.docx, .pdf, .txt)");
    const file = new File([SEED_TEXT], "tillegg-bufdir-2024.txt", { type: "text/plain" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(screen.getByTestId("letter-read-status").textContent).toMatch(/^Lest fra tillegg-bufdir-2024\.txt: 1 tildeling, 3 endringer, 5 oppdrag\./));
    for (const box of within(screen.getByTestId("letter-items")).getAllByRole("checkbox")) fireEvent.click(box);
    expect((screen.getByRole("button", { name: "Skriv til arket" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("letter-write-status").textContent).toBe("Ingenting er krysset av.");
  });

  it("refuses a file of another kind with a message naming it, and offers a retry when Excel is busy", async () => {
    const { actions } = renderApp({ tab: "letter" });
    const input = await screen.findByLabelText("Velg brevet (.docx, .pdf, .txt)");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "budsjett.xlsx")] } });
    });
    await waitFor(() => expect(screen.getByTestId("letter-read-status").textContent).toMatch(/^Brevet budsjett\.xlsx kunne ikke leses: /));
    expect(screen.queryByTestId("letter-items")).toBeNull();

    fireEvent.change(screen.getByRole("textbox", { name: "Eller lim inn brevets tekst" }), { target: { value: SEED_TEXT } });
    fireEvent.click(screen.getByRole("button", { name: "Les teksten" }));
    await screen.findByTestId("letter-items");
    actions.letterSheetsAnswers = [cellEditError(), { sheets: ["Tildeling", "Endringer", "Oppdrag"], rows: 12 }];
    fireEvent.click(screen.getByRole("button", { name: "Skriv til arket" }));
    const error = await screen.findByTestId("action-error");
    fireEvent.click(within(error).getByRole("button", { name: "Prøv igjen" }));
    await screen.findByText("Skrev 12 rader til Tildeling, Endringer og Oppdrag.");
    expect(actions.callsOf("writeLetterSheets")).toHaveLength(2);
  });

  it("reads the letter again in the unit the user chooses, and the warning says where to choose it", async () => {
    await pasteSeed();
    expect(screen.getByTestId("letter-notes").textContent).toContain("Velg en annen under «Beløpene i brevet er i».");
    expect(screen.getByTestId("letter-notes").textContent).not.toMatch(/--[a-z]/);
    fireEvent.change(screen.getByRole("combobox", { name: "Beløpene i brevet er i" }), { target: { value: "kr" } });
    await waitFor(() => expect(screen.getByTestId("letter-read-status").textContent).not.toContain("1 000 kr"));
    expect(screen.getByTestId("letter-read-status").textContent).toContain("Beløp i kroner (valgt under «Beløpene i brevet er i»).");
    // In kroner the table's 1 000 no longer matches the text's "1 mill. kr": said, not hidden.
    expect(screen.getByTestId("letter-notes").textContent).toContain("Tabellen og teksten sier ulike endringer for 351/70");
  });
});
