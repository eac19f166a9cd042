// "Out of date": the adapter's worksheet onChanged handler tells the pane when the user edits the
// cells a result came from, and only then: edits on other sheets, or far from the range, are not news.
import { createExcelActions } from "../../../src/excel/actions";
import { createFakeExcel } from "../../support/fake-excel";
import { SEED_ALLOCATIONS, SEED_CHANGES } from "../../support/seed-workbook";

function seeded() {
  const fake = createFakeExcel();
  fake.state.type(SEED_ALLOCATIONS.name, SEED_ALLOCATIONS.rows);
  fake.state.type(SEED_CHANGES.name, SEED_CHANGES.rows);
  return { fake, actions: createExcelActions(fake.host) };
}

describe("watchSource", () => {
  it("calls back when a cell of the checked range is edited, and not for another sheet or a far cell", async () => {
    const { fake, actions } = seeded();
    let changes = 0;
    await actions.watchSource({ sheet: "Tildeling" }, () => changes++);
    fake.userEdit("Endringer!B3", 2000);
    fake.userEdit("Tildeling!K40", "notat");
    expect(changes).toBe(0);
    fake.userEdit("Tildeling!C6", 14500);
    expect(changes).toBe(1);
    // A line typed just under the table changes what the table says.
    fake.userEdit("Tildeling!A7", "351/70");
    expect(changes).toBe(2);
  });

  it("stops calling back once unwatched, and one handler per sheet serves every watcher", async () => {
    const { fake, actions } = seeded();
    let first = 0;
    let second = 0;
    const stop = await actions.watchSource({ sheet: "Tildeling" }, () => first++);
    await actions.watchSource({ sheet: "Tildeling" }, () => second++);
    expect(fake.state.changeHandlers).toHaveLength(1);
    await stop();
    fake.userEdit("Tildeling!C4", 1);
    expect([first, second]).toEqual([0, 1]);
  });
});
