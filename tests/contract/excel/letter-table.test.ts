// "Lag brevtabell" against the in-memory Excel: one read and one write sync, a sheet the add-in
// owns and replaces on a re-run, user sheets never touched, and the formatting a letter needs.
import { letterParagraphGroups } from "../../../src/core/letter/letter-paragraphs";
import Decimal from "decimal.js";
import seed from "../../fixtures/seed/seed-letter.json";
import { parseBudgetCode } from "../../../src/core/codes/budget-code";
import { buildLetterTable, type LetterLine } from "../../../src/core/letter/letter-table";
import { letterAmountFormat, writeLetterTable } from "../../../src/excel/letter-table";
import { FakeWorkbookState } from "../../support/fake-excel/state";
import { FakeRequestContext } from "../../support/fake-excel/workbook";
import { installLetterFormats, styleLog } from "./letter-format-fake";

installLetterFormats();

const code = (t: string) => {
  const r = parseBudgetCode(t);
  if (!r.ok) throw new Error(t);
  return r.value;
};

const seedLine: LetterLine = {
  code: code(seed.expectedChangeTable[0].code),
  before: new Decimal(seed.expectedChangeTable[0].before),
  change: new Decimal(seed.expectedChangeTable[0].change),
  after: new Decimal(seed.expectedChangeTable[0].after),
  chapterName: seed.allocation[0].chapterName,
  postName: seed.allocation[0].postName,
  text: seed.changes[0].text,
};
const seedTable = buildLetterTable([seedLine], "1000 kr");

function workbook() {
  const state = new FakeWorkbookState();
  state.type("Tildeling", [["Kap/post", "Tildeling"], ["351/70", 57625]]);
  const context = new FakeRequestContext(state) as unknown as Excel.RequestContext;
  return { state, context };
}

function sheetValues(state: FakeWorkbookState, name: string): (string | number | boolean)[][] {
  const sheet = state.requireSheet(name);
  const rect = state.usedRect(sheet, true)!;
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => state.cellAt(sheet, rect.top + r, rect.left + c)?.value ?? ""),
  );
}

describe("writeLetterTable (Lag brevtabell)", () => {
  it("writes caption, header, rows and blocks on its own sheet in one read, one write and one record of its id", async () => {
    const { state, context } = workbook();
    const report = await writeLetterTable(context, seedTable, { paragraphs: letterParagraphGroups(seedTable, { blocks: true }) });
    expect(state.syncCount).toBe(3);
    expect(report).toEqual({ sheet: "Brevtabell", address: "Brevtabell!A2:D3", rows: 1 });
    const [header, row] = seed.expectedLetterTableText.split("\n").map((l) => l.split("\t"));
    expect(sheetValues(state, "Brevtabell")).toEqual([
      ["Beløp i 1 000 kr", "", "", ""],
      header,
      ["351/70", 57625, 1000, 58625],
      ["", "", "", ""],
      ["Kap. 351 Likestilling", "", "", ""],
      ["Post 70 Tilskudd til likestilling", "", "", ""],
      [seed.changes[0].text, "", "", ""],
    ]);
    expect(row[0]).toBe("351/70");
    expect(state.activeSheet?.name).toBe("Brevtabell");
    expect((state.settings.get("tildeling.sheets") as { brevtabell: { name: string } }).brevtabell.name).toBe("Brevtabell");
  });

  it("keeps amounts as numbers whose format shows spaces in any locale, and codes as text", async () => {
    const { state, context } = workbook();
    await writeLetterTable(context, seedTable);
    const sheet = state.requireSheet("Brevtabell");
    expect(state.cellAt(sheet, 3, 1)?.numberFormat).toBe("@");
    expect(state.cellAt(sheet, 3, 2)?.numberFormat).toBe(letterAmountFormat(new Decimal(57625)));
    expect(state.cellAt(sheet, 3, 2)?.numberFormat).not.toContain(",");
  });

  it("draws a full grid of borders around header and rows only, bold header, amounts right-aligned, one font", async () => {
    const { state, context } = workbook();
    await writeLetterTable(context, seedTable, { paragraphs: letterParagraphGroups(seedTable, { blocks: true }) });
    const sheet = state.requireSheet("Brevtabell");
    const style = (r: number, c: number) => styleLog(state).cells.get(`Brevtabell!${r},${c}`)!;
    expect([...style(2, 1).borders].sort()).toEqual(["EdgeLeft", "EdgeTop", "InsideHorizontal", "InsideVertical"]);
    expect([...style(3, 4).borders].sort()).toEqual(["EdgeBottom", "EdgeRight"]);
    expect(style(1, 1).borders.size).toBe(0);
    expect(style(5, 1).borders.size).toBe(0);
    expect(state.cellAt(sheet, 2, 2)?.bold).toBe(true);
    expect(state.cellAt(sheet, 3, 2)?.bold).not.toBe(true);
    expect([1, 2, 3, 4].map((c) => style(3, c).horizontalAlignment)).toEqual(["Left", "Right", "Right", "Right"]);
    expect(new Set([...styleLog(state).cells.values()].map((s) => `${s.fontName} ${s.fontSize}`))).toEqual(new Set(["Calibri 11"]));
  });

  it("replaces its own sheet on a re-run instead of stacking a second one", async () => {
    const { state, context } = workbook();
    await writeLetterTable(context, seedTable, { paragraphs: letterParagraphGroups(seedTable, { blocks: true }) });
    const smaller = buildLetterTable([{ ...seedLine, change: new Decimal(500), after: new Decimal(58125) }], "1000 kr");
    state.resetStats();
    await writeLetterTable(context, smaller);
    expect(state.syncCount).toBe(3);
    expect(state.sheets.map((s) => s.name)).toEqual(["Tildeling", "Brevtabell"]);
    expect(sheetValues(state, "Brevtabell")).toEqual([
      ["Beløp i 1 000 kr", "", "", ""],
      seed.expectedLetterTableText.split("\n")[0].split("\t"),
      ["351/70", 57625, 500, 58125],
    ]);
  });

  it("never touches a user's own sheet that is called Brevtabell", async () => {
    const { state, context } = workbook();
    state.type("Brevtabell", [["Mine notater"]]);
    const report = await writeLetterTable(context, seedTable);
    expect(report.sheet).toBe("Brevtabell (2)");
    expect(report.address).toBe("'Brevtabell (2)'!A2:D3");
    expect(sheetValues(state, "Brevtabell")).toEqual([["Mine notater"]]);
    await writeLetterTable(context, seedTable);
    expect(state.sheets.map((s) => s.name)).toEqual(["Tildeling", "Brevtabell", "Brevtabell (2)"]);
    expect(sheetValues(state, "Tildeling")).toEqual([["Kap/post", "Tildeling"], ["351/70", 57625]]);
  });

  it("writes amounts with decimals as the letter's text, so the decimal comma survives an English Excel", async () => {
    const { state, context } = workbook();
    const table = buildLetterTable([{ ...seedLine, change: new Decimal("1.5"), after: new Decimal("57626.5") }], "1000 kr");
    await writeLetterTable(context, table);
    expect(sheetValues(state, "Brevtabell")[2]).toEqual(["351/70", 57625, "1,5", "57 626,5"]);
  });
});

describe("letterAmountFormat", () => {
  it.each([
    ["999", "0;\"−\"0;0"],
    ["1000", '#"\u00a0"##0;"−"#"\u00a0"##0;0'],
    ["-1234567", '#"\u00a0"###"\u00a0"##0;"−"#"\u00a0"###"\u00a0"##0;0'],
  ])("sizes the pattern to %s", (value, format) => {
    expect(letterAmountFormat(new Decimal(value))).toBe(format);
  });
});
