// The fake must fail where Office fails, or the adapter's tests would prove nothing.
import { createFakeExcel } from "../../support/fake-excel";

describe("the in-memory Excel behaves like Office.js where the adapter depends on it", () => {
  it("refuses to read a property before load and sync", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["Kap/post", "Beløp"], ["351/70", 57625]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B2");
      // The point here is reading too early, which the Office.js lint rules rightly forbid elsewhere.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["Kap/post", "Beløp"], ["351/70", 57625]]);
    });
  });

  it("applies writes at sync, skips cells given as null, and computes formulas", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [[1, 2, null]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:C1");
      range.formulas = [[null, 5, "=A1+B1"]];
      expect(fake.value("Ark1!C1")).toBe("");
      await context.sync();
    });
    expect(fake.values("Ark1!A1:C1")).toEqual([[1, 5, 6]]);
  });

  it("fails a request over 5 MB and counts every sync", async () => {
    const fake = createFakeExcel();
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Linje nummer ${i} med litt tekst`, i * 1000, "kan overføres"]);
    fake.state.type("Stor", rows);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Stor").getRange("A1:C60000");
      range.load("values,numberFormat");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
    expect(fake.state.syncCount).toBe(1);
    expect(fake.state.syncs[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects every call while the user edits a cell, and writes nothing", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["a"]]);
    fake.setCellEditMode(true);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [["b"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    });
    expect(fake.value("Ark1!A1")).toBe("a");
  });

  it("reports No fill as white, told apart only by tintAndShade", async () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["a", "b"]]);
    fake.state.requireSheet("Ark1").cells.get(1)!.fill = "#FFFFFF";
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      const none = sheet.getRange("A1");
      const white = sheet.getRange("B1");
      none.load("format/fill/color,format/fill/tintAndShade");
      white.load("format/fill/color,format/fill/tintAndShade");
      await context.sync();
      expect([none.format.fill.color, white.format.fill.color]).toEqual(["#FFFFFF", "#FFFFFF"]);
      expect([none.format.fill.tintAndShade, white.format.fill.tintAndShade]).toEqual([null, 0]);
    });
  });

  it("evaluates conditional formats against TODAY(), which follows the fake clock", () => {
    const fake = createFakeExcel();
    fake.state.type("Ark1", [["=45990-TODAY()"]]);
    fake.state.requireSheet("Ark1").conditionalFormats.push({ rect: { top: 1, left: 1, rows: 1, columns: 1 }, formula: "=$A1<0", fill: "#FFC7CE" });
    fake.state.today = "2025-11-30"; // serial 45991
    expect(fake.value("Ark1!A1")).toBe(-1);
    expect(fake.displayedFill("Ark1!A1")).toBe("#FFC7CE");
    fake.state.today = "2025-11-28";
    expect(fake.displayedFill("Ark1!A1")).toBeNull();
  });
});
