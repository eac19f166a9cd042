// "Les inn fra brev" -> "Skriv til arket" through the pane's actions on the in-memory Excel: the
// seed letter's sheets land on sheets the add-in owns, beside the user's own sheets of the same
// names (never touched); a re-run rewrites ours in place; a sheet of ours the user renamed becomes
// theirs; deadlines are dates in the workbook's own date system.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromText } from "../../../src/core/letter-reading/document";
import { letterSheets } from "../../../src/core/letter-reading/letter-sheets";
import { readLetter } from "../../../src/core/letter-reading/read-letter";
import { createFakeExcel } from "../../support/fake-excel";
import { installLetterFormats } from "./letter-format-fake";
import { actionsFor } from "./workbooks";

installLetterFormats();

const SEED_TEXT = readFileSync(join(__dirname, "..", "..", "fixtures", "seed", "tillegg-bufdir-2024.txt"), "utf8");
const SHEETS = letterSheets(readLetter(documentFromText(SEED_TEXT)), "tillegg-bufdir-2024.txt");

function workbookWithUserTildeling() {
  const fake = createFakeExcel();
  fake.state.type("Tildeling", [["Min egen tildeling"], ["Kap/post", "Tildeling"], ["351/70", 57625]]);
  return fake;
}

describe("writeLetterSheets", () => {
  it("writes the three sheets in three requests, next to the user's own Tildeling, which stays as typed", async () => {
    const fake = workbookWithUserTildeling();
    const typed = JSON.stringify(fake.typedCells());
    const before = fake.state.syncCount;
    const report = await actionsFor(fake).writeLetterSheets(SHEETS);
    expect(report).toEqual({ sheets: ["Tildeling 2", "Endringer", "Oppdrag"], rows: 12, undoable: false });
    expect(fake.state.syncCount - before).toBeLessThanOrEqual(3);
    expect(JSON.stringify(fake.typedCells())).toBe(typed);
    expect(fake.values("'Tildeling 2'!A1:C4")).toEqual([
      ["Tildelingsbrev 2024: tildeling, lest fra tillegg-bufdir-2024.txt", "", ""],
      ["(i 1 000 kr)", "", ""],
      ["Kap/post", "Betegnelse", "Tildeling"],
      ["351/70", "", 57625],
    ]);
    expect(fake.cell("'Tildeling 2'!C4")?.numberFormat).toBe("#,##0");
    expect(fake.values("Oppdrag!A3:E3")).toEqual([["2024-t4:1", "Poststruktur og postbruk", 45748, "", "Åpen"]]);
  });

  it("rewrites its own sheets on a re-run, and leaves a renamed one to the user", async () => {
    const fake = workbookWithUserTildeling();
    const actions = actionsFor(fake);
    await actions.writeLetterSheets(SHEETS);
    fake.state.sheet("Oppdrag")!.name = "Mine oppdrag";
    const fewer = SHEETS.map((s) => ({ ...s, rows: s.rows.slice(0, 1) }));
    const report = await actions.writeLetterSheets(fewer);
    expect(report.sheets).toEqual(["Tildeling 2", "Endringer", "Oppdrag"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Tildeling", "Tildeling 2", "Endringer", "Mine oppdrag", "Oppdrag"]);
    // The old rows past the new ones are gone from our sheet, and the renamed sheet kept all of its own.
    expect(fake.values("Endringer!A4:A6").map((r) => r[0])).toEqual(["351/70", "", ""]);
    expect(fake.values("'Mine oppdrag'!A3:A4").map((r) => r[0])).toEqual(["2024-t4:1", "2024 t-4:2"]);
    expect(fake.values("Oppdrag!A3:A4").map((r) => r[0])).toEqual(["2024-t4:1", ""]);
  });

  it("writes deadlines in a 1904 workbook's own days", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["x"]]);
    fake.state.date1904 = true;
    await actionsFor(fake).writeLetterSheets(SHEETS);
    // 1 April 2025 is 45748 in the 1900 system, 1462 days fewer from 1904-01-01.
    expect(fake.value("Oppdrag!C3")).toBe(44286);
  });
});
