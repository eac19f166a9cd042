// The thin Office.js calls, against Microsoft's office-addin-mock: the calls an action makes on
// Office's own object model, and how many round trips it takes.
import { OfficeMockObject } from "office-addin-mock";
import { createExcelActions } from "../../../src/excel/actions";
import { writeAll } from "../../../src/excel/write-batch";

function excelMock(data: Record<string, unknown>) {
  const mock = new OfficeMockObject({ ...data, run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) { return callback(this.context); } }) as unknown as {
    context: { sync(): Promise<void>; workbook: Record<string, any> };
    run<T>(cb: (c: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
  return mock;
}

const requirements = { isSetSupported: () => true };

describe("with office-addin-mock", () => {
  it("selectCell activates the result's sheet and selects the cell, in one round trip", async () => {
    const mock = excelMock({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: "",
              activated: false,
              range: { address: "", selected: false, select() { this.selected = true; } },
              activate() { this.activated = true; },
              getRange(address: string) { this.range.address = address; return this.range; },
            },
            getItem(name: string) { this.sheet.name = name; return this.sheet; },
          },
        },
      },
    });
    const sync = jest.spyOn(mock.context, "sync");
    await createExcelActions({ run: (cb) => mock.run(cb), requirements }).selectCell("'Gul bok'!C12");
    const sheet = mock.context.workbook.worksheets.sheet;
    expect(sheet.name).toBe("Gul bok");
    expect(sheet.activated).toBe(true);
    expect(sheet.range.address).toBe("C12");
    expect(sheet.range.selected).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("a write batch sets formulas, number formats and bold on the target range, then syncs once", async () => {
    const mock = excelMock({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: "",
              range: { address: "", formulas: [] as unknown[], numberFormat: [] as unknown[], format: { font: { bold: false } } },
              getRange(address: string) { this.range.address = address; return this.range; },
            },
            getItem(name: string) { this.sheet.name = name; return this.sheet; },
          },
        },
      },
    });
    const sync = jest.spyOn(mock.context, "sync");
    await mock.run((context) =>
      writeAll(context, [
        {
          kind: "cells",
          sheet: "Tildeling",
          rect: { top: 3, left: 4, rows: 2, columns: 3 },
          formulas: [["Tildeling før", "Endring", "Ny tildeling"], [57625, 1000, "=D4+E4"]],
          numberFormat: [["General", "General", "General"], ["#,##0", "#,##0", "#,##0"]],
          bold: true,
        },
      ]),
    );
    const range = mock.context.workbook.worksheets.sheet.range;
    expect(mock.context.workbook.worksheets.sheet.name).toBe("Tildeling");
    expect(range.address).toBe("D3:F4");
    expect(range.formulas).toEqual([["Tildeling før", "Endring", "Ny tildeling"], [57625, 1000, "=D4+E4"]]);
    expect(range.numberFormat[1]).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect(range.format.font.bold).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
