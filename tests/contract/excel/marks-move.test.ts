// Marks move with the cells: the user inserts or deletes rows and columns or renames the sheet
// after "Marker i arket", and "Fjern markering" still removes exactly the marks, wherever they
// went. A mark that cannot be found again is reported and its record kept.
import type { FakeExcel } from "../../support/fake-excel";
import { BACKENDS, SETTINGS, actionsFor, allocationSheet } from "./workbooks";

describe.each(BACKENDS)("%s", (_backend, backend) => {
  function workbookWithProblems() {
    const fake = backend();
    allocationSheet(fake);
    fake.state.type("Tildeling", [["9999/01", "Feil kapittel", 100], ["858/21", "Spesielle driftsutgifter", "12 5OO"]], { at: "A7" });
    fake.state.type("Annet", [["Brukerens ark"]]);
    return fake;
  }

  async function mark(fake: FakeExcel) {
    const actions = actionsFor(fake);
    await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
    return actions;
  }

  /** The same user edit on a workbook that was never marked: what removal must give back. */
  function editedOnly(edit: (fake: FakeExcel) => void) {
    const fake = workbookWithProblems();
    edit(fake);
    return fake.snapshot();
  }

  describe("marks after the user's edits", () => {
    it("rows inserted above the marks: the marks move down with their cells and are removed exactly", async () => {
      const edit = (f: FakeExcel) => f.state.shift("Tildeling", "rows", 2, 3);
      const fake = workbookWithProblems();
      const actions = await mark(fake);
      edit(fake);
      // 9999/01 was on row 7; three rows inserted at row 2 put it on row 10.
      expect(fake.value("Tildeling!A10")).toBe("9999/01");
      expect(fake.displayedFill("Tildeling!A10")).toBe("#FFC7CE");
      expect(fake.note("Tildeling!A10")).toMatch(/^Tildeling: /);
      expect(fake.displayedFill("Tildeling!A7")).toBeNull();

      await actions.clearHighlight();
      expect(fake.snapshot()).toEqual(editedOnly(edit));
    });

    it("a column inserted left of the marks and the sheet renamed: still removed exactly", async () => {
      const edit = (f: FakeExcel) => {
        f.state.shift("Tildeling", "columns", 1, 1);
        f.state.renameSheet("Tildeling", "Tildeling 2025");
      };
      const fake = workbookWithProblems();
      const actions = await mark(fake);
      edit(fake);
      expect(fake.displayedFill("'Tildeling 2025'!B7")).toBe("#FFC7CE");
      await actions.clearHighlight();
      expect(fake.snapshot()).toEqual(editedOnly(edit));
    });

    it("a marked row deleted: the other marks are removed exactly", async () => {
      const edit = (f: FakeExcel) => f.state.shift("Tildeling", "rows", 7, -1);
      const fake = workbookWithProblems();
      const actions = await mark(fake);
      edit(fake);
      await actions.clearHighlight();
      expect(fake.snapshot()).toEqual(editedOnly(edit));
    });

    it("a mark whose sheet was deleted is reported, and its record kept", async () => {
      const fake = workbookWithProblems();
      const actions = await mark(fake);
      fake.state.removeSheet(fake.state.requireSheet("Tildeling"));
      await expect(actions.clearHighlight()).rejects.toMatchObject({ code: "XL-MARKS-NOT-FOUND", params: { restored: 0, sheets: "Tildeling" } });
      const record = fake.state.settings.get("tildeling.markering") as { sheets: Array<{ sheet: string }> };
      expect(record.sheets.map((s) => s.sheet)).toEqual(["Tildeling"]);
    });

    it("marking again after the user inserted rows replaces the old marks instead of adding to them", async () => {
      const fake = workbookWithProblems();
      const actions = await mark(fake);
      fake.state.shift("Tildeling", "rows", 2, 1);
      await actions.highlight((await actions.check({ sheet: "Tildeling" }, SETTINGS)).diagnostics, "nb");
      const sheet = fake.state.requireSheet("Tildeling");
      // One format (only errors here), and only the add-in's notes.
      expect(sheet.conditionalFormats.map((cf) => cf.fill)).toEqual(["#FFC7CE"]);
      expect([...sheet.notes.values()].every((n) => n.startsWith("Tildeling: "))).toBe(true);
    });
  });
});
