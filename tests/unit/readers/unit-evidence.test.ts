import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { detectUnit, unitCaption } from "../../../src/core/amounts/unit";
import { readChanges } from "../../../src/core/changes/read-changes";
import { type CellValue, gridFromRows } from "../../../src/core/grid";

const read = (rows: CellValue[][], options = {}) => readAllocations(gridFromRows("Tildeling", rows), options);
const warnings = (d: readonly { severity: string; code: string; cell?: string }[]) => d.filter((x) => x.severity !== "info").map((x) => [x.severity, x.code, x.cell]);

describe("the unit words agencies write", () => {
  test.each([
    ["MNOK", "mill. kr"],
    ["Beløp i MNOK", "mill. kr"],
    ["mrd. kr", "mrd. kr"],
    ["(milliarder kroner)", "mrd. kr"],
    ["NOK 1 000", "1000 kr"],
    ["Beløp i tusen kroner", "1000 kr"],
    ["(kr)", "kr"],
    ["Kroner", "kr"],
    ["Alle tall i 1000 kroner", "1000 kr"],
    ["ALLE TALL I 1 000 KRONER", "1000 kr"],
  ])("%j names %s", (text, unit) => {
    expect(detectUnit(text)).toBe(unit);
  });

  test.each([["Samlet reduksjon: 0,4 mill. kroner"], ["Rammen er økt med 57 625 kr"], ["Tilskuddet utgjør 2 mrd. kr i 2025"]])(
    "a sentence carrying an amount, %j, is no unit caption",
    (text) => {
      expect(detectUnit(text)).not.toBeNull();
      expect(unitCaption(text)).toBeNull();
    },
  );

  test("a caption naming its unit with a number is still a caption", () => {
    expect(unitCaption("Alle tall i 1 000 kroner")).toBe("1000 kr");
    expect(unitCaption("(NOK 1000)")).toBe("1000 kr");
  });
});

describe("the unit of a table, by evidence", () => {
  test("the amount column's own header comes first", () => {
    const sheet = read([["(i mill. kr)"], ["Kap/post", "Tildeling (kr)"], ["351/70", 57625000]]);
    expect(sheet.unit).toBe("kr");
    expect(sheet.tables[0].unitSource).toBe("header");
    expect(sheet.tables[0].unitEvidence?.cell).toBe("Tildeling!B2");
    // The caption that says otherwise is named in a warning, with how to choose.
    expect(warnings(sheet.diagnostics)).toEqual([["warning", "UNIT-EVIDENCE-OVERRULED", "Tildeling!B2"]]);
  });

  test("a '(kr)' row directly under the header", () => {
    const sheet = read([["Tildelingsbrev 2025"], ["Kap/post", "Betegnelse", "Tildeling"], [null, null, "(kr)"], ["351/70", "Tilskudd", 57625000]]);
    expect(sheet.unit).toBe("kr");
    expect(sheet.tables[0].unitSource).toBe("caption");
    expect(sheet.tables[0].unitEvidence?.cell).toBe("Tildeling!C3");
    expect(sheet.lines.map((l) => l.amount.toFixed())).toEqual(["57625000"]);
  });

  test("a summary sentence with an amount under the caption does not set the unit", () => {
    const sheet = read([["Tillegg nr. 2"], ["Samlet reduksjon: 0,4 mill. kroner"], ["(i 1 000 kr)"], ["Kap/post", "Tildeling"], ["351/70", 57625]]);
    expect(sheet.unit).toBe("1000 kr");
    expect(sheet.tables[0].unitSource).toBe("caption");
    expect(warnings(sheet.diagnostics)).toEqual([]);
  });

  test("the sheet title, when nothing nearer says it", () => {
    const sheet = read([["Alle tall i 1000 kroner"], [], [], ["Kap/post", "Tildeling"], ["351/70", 57625]]);
    expect([sheet.unit, sheet.tables[0].unitSource]).toEqual(["1000 kr", "title"]);
  });

  test("nothing says it: the default, with a warning that names how to choose", () => {
    const sheet = read([["Kap/post", "Tildeling"], ["351/70", 57625]]);
    expect(sheet.unit).toBe("1000 kr");
    expect(sheet.diagnostics.map((d) => [d.severity, d.code, d.params.option])).toEqual([["warning", "ALLOC-UNIT-ASSUMED", "--unit"]]);
  });

  test("'Kroner' as the amount header", () => {
    const sheet = read([["Kap.", "Post", "Kroner"], [351, 70, 57625000]]);
    expect([sheet.unit, sheet.tables[0].unitSource, sheet.lines[0].amount.toFixed()]).toEqual(["kr", "header", "57625000"]);
  });
});

describe("a change list with no unit takes the unit of its allocation", () => {
  test("read as kroner when the allocation is in kroner, with a warning", () => {
    const changes = readChanges(gridFromRows("Endringer", [["Kap/post", "Endring"], ["351/70", 500000]]), { allocationUnit: "kr" });
    expect(changes.unit).toBe("kr");
    expect(changes.entries.map((e) => [e.amount.toFixed(), e.unit])).toEqual([["500000", "kr"]]);
    expect(changes.diagnostics.map((d) => [d.severity, d.code, d.params.option])).toEqual([["warning", "CHG-UNIT-FROM-ALLOCATION", "--changes-unit"]]);
  });

  test("a list that says its unit keeps it", () => {
    const changes = readChanges(gridFromRows("Endringer", [["(i 1 000 kr)"], ["Kap/post", "Endring"], ["351/70", 500]]), { allocationUnit: "kr" });
    expect(changes.unit).toBe("1000 kr");
    expect(warnings(changes.diagnostics)).toEqual([]);
  });
});
