// The words written into a letter are Norwegian, Bokmål or Nynorsk, never the pane's English.
import Decimal from "decimal.js";
import { parseBudgetCode } from "../../../src/core/codes/budget-code";
import { letterUnitCaption } from "../../../src/core/letter/letter-language";
import { buildLetterTable, letterCells } from "../../../src/core/letter/letter-table";

const code = (text: string) => {
  const r = parseBudgetCode(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};
const seedLine = { code: code("351/70"), before: new Decimal(57625), change: new Decimal(1000), after: new Decimal(58625), chapterName: "Likestilling", postName: "Tilskudd til likestilling" };

describe("the letter's language", () => {
  it("writes the seed's table in Nynorsk: the titles, caption and kap./post lines", () => {
    const table = buildLetterTable([seedLine], "1000 kr", { language: "nn", total: true });
    expect(letterCells(table)).toEqual([
      ["Kap/post", "Tildeling før tillegget", "Endring", "Ny tildeling"],
      ["351/70", "57\u202f625", "1\u202f000", "58\u202f625"],
      ["Sum", "57\u202f625", "1\u202f000", "58\u202f625"],
    ]);
    expect(table.caption).toBe("Beløp i 1 000 kr");
    expect(table.blocks[0].lines).toEqual(["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling"]);
  });

  it("keeps the column titles the user typed exactly as written", () => {
    const table = buildLetterTable([seedLine], "1000 kr", { language: "nn", header: { before: "Løyving før  endringa", after: "NY LØYVING" } });
    expect(table.header).toEqual(["Kap/post", "Løyving før  endringa", "Endring", "NY LØYVING"]);
  });

  it("captions every unit in both written forms", () => {
    expect((["kr", "1000 kr", "mill. kr", "mrd. kr"] as const).map((u) => [letterUnitCaption(u, "nb"), letterUnitCaption(u, "nn")])).toEqual([
      ["Beløp i kroner", "Beløp i kroner"],
      ["Beløp i 1 000 kr", "Beløp i 1 000 kr"],
      ["Beløp i mill. kr", "Beløp i mill. kr"],
      ["Beløp i mrd. kr", "Beløp i mrd. kr"],
    ]);
  });
});
