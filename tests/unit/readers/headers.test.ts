import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { type CellValue, gridFromRows } from "../../../src/core/grid";

const read = (rows: CellValue[][]) => readAllocations(gridFromRows("Ark1", rows), { unit: "1000 kr" });
const lines = (rows: CellValue[][]) => read(rows).lines.map((l) => [formatBudgetCode(l.code), l.amount.toFixed(), l.postName ?? null]);

describe("headers by normalised words", () => {
  test.each([
    [["Kap. nr", "Postnr.", "Betegnelse", "Beløp"]],
    [["KAP NR", "POST NR", "Benevnelse", "Postsum"]],
    [["Kapittelnummer", "Postnummer", "Posttekst", "Kroner"]],
    [["Utgiftskapittel", "Post", "Formål", "Beløp"]],
    [["Kap.:", "Post:", "Betegnelse:", "Tildeling:"]],
  ])("%j", (header) => {
    expect(lines([header, [351, 70, "Tilskudd til likestilling", 57625], [858, 1, "Driftsutgifter", 512400]])).toEqual([
      ["351/70", "57625", "Tilskudd til likestilling"],
      ["858/01", "512400", "Driftsutgifter"],
    ]);
  });

  test("'Inntektskapittel' reads the chapters of an income table", () => {
    expect(lines([["Inntektskapittel", "Post", "Beløp"], [3858, 1, 1200]])).toEqual([["3858/01", "1200", null]]);
  });

  test("'Kap./post' merged over two columns, kap and post beside each other below it", () => {
    const rows: CellValue[][] = [["Kap./post", null, "Betegnelse", "Beløp"], [351, 70, "Tilskudd til likestilling", 57625], [858, 1, "Driftsutgifter", 512400]];
    expect(lines(rows)).toEqual([
      ["351/70", "57625", "Tilskudd til likestilling"],
      ["858/01", "512400", "Driftsutgifter"],
    ]);
    expect(read(rows).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("'Kap./post' merged over two columns with 'Kap' and 'Post' in the row below", () => {
    const rows: CellValue[][] = [["Kap./post", null, "Beløp"], ["Kap", "Post", null], [351, 70, 57625], [858, 1, 512400]];
    expect(lines(rows)).toEqual([
      ["351/70", "57625", null],
      ["858/01", "512400", null],
    ]);
  });
});

describe("no header: columns from their values, said in a warning", () => {
  test("kap, post, name and amount", () => {
    const rows: CellValue[][] = [["Tildeling 2025"], [], [351, 70, "Tilskudd til likestilling", 57625], [858, 1, "Driftsutgifter", 512400], [858, 21, "Spesielle driftsutgifter", 12000]];
    const sheet = read(rows);
    expect(sheet.lines.map((l) => [formatBudgetCode(l.code), l.amount.toFixed(), l.amountCell.address])).toEqual([
      ["351/70", "57625", "Ark1!D3"],
      ["858/01", "512400", "Ark1!D4"],
      ["858/21", "12000", "Ark1!D5"],
    ]);
    const inferred = sheet.diagnostics.filter((d) => d.code === "HEADER-INFERRED");
    expect(inferred.map((d) => [d.severity, d.params.mapping, d.cell])).toEqual([["warning", "kap: A, post: B, navn: C, beløp: D", "Ark1!D3"]]);
  });

  test("a column of written codes and an amount", () => {
    const sheet = read([["351/70", 57625], ["858/01", 512400]]);
    expect(sheet.lines.map((l) => [formatBudgetCode(l.code), l.amount.toFixed()])).toEqual([
      ["351/70", "57625"],
      ["858/01", "512400"],
    ]);
    expect(sheet.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(["warning", "HEADER-INFERRED"]);
  });

  test("a sheet of words only is still refused", () => {
    expect(read([["Notater"], ["Ingen tall her"]]).diagnostics.map((d) => d.code)).toEqual(["HEADER-NOT-FOUND"]);
  });
});
