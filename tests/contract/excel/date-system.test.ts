// A workbook in the 1904 date system (File > Options > Advanced, "Use 1904 date system"; old Mac
// workbooks): the serial Excel stores for 1 December 2026 is 44 895 there, not 46 357. The add-in
// must read that serial as 1 December 2026 and write its own dates as that system's serials.
import { SETTINGS, actionsFor, BACKENDS } from "./workbooks";

// 1904-01-01 is serial 0 in the 1904 system; the days from it to 2026-12-01, counted with
// Python's datetime (an independent calendar): 44 895. (In the 1900 system: 46 357, 1 462 more.)
const DEC_1_2026_IN_1904 = 44895;

describe.each(BACKENDS)("%s", (_backend, backend) => {
  function workbook1904() {
    const fake = backend();
    fake.state.date1904 = true;
    fake.state.type("Oppdrag", [["Oppdrag", "Tittel", "Frist"], ["TB2026-17", "Rapport om tilskuddsforvaltningen", DEC_1_2026_IN_1904]], {
      formats: [[null, null, null], [null, null, "dd.mm.yyyy"]],
    });
    return fake;
  }

  it("reads a date cell of a 1904 workbook as the date Excel shows", async () => {
    const report = await actionsFor(workbook1904()).flagDeadlines({ sheet: "Oppdrag" }, SETTINGS);
    const item = report.items.find((i) => i.label === "TB2026-17");
    expect(item?.deadline.kind === "date" ? item.deadline.date : null).toEqual({ year: 2026, month: 12, day: 1 });
    expect([item?.flag, item?.days]).toEqual(["due-soon", 8]);
  });

  it("writes its deadline column as 1904 serials, so the days left and the status are right", async () => {
    const fake = workbook1904();
    const report = await actionsFor(fake).writeDeadlineStatus({ sheet: "Oppdrag" }, SETTINGS, "nb");
    expect(report.address).toBe("Oppdrag!D1:F2");
    expect(fake.value("Oppdrag!D2")).toBe(DEC_1_2026_IN_1904);
    expect(fake.values("Oppdrag!E2:F2")).toEqual([[8, "Frist snart"]]);
  });
});
