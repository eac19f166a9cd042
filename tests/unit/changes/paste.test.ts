import { gridFromPastedText, readPastedChanges, splitPastedText } from "../../../src/core/changes/paste";

describe("pasted change rows", () => {
  it("splits Excel's clipboard text, quoted cells included", () => {
    expect(splitPastedText('Kap/post\tEndring\tTekst\r\n351/70\t1 000\t"Økes med\n1 mill. kr, ""Gutter"""\r\n\r\n')).toEqual([
      ["Kap/post", "Endring", "Tekst"],
      ["351/70", "1 000", 'Økes med\n1 mill. kr, "Gutter"'],
    ]);
  });

  it("reads rows under a header", () => {
    const sheet = readPastedChanges("Kap/post\tEndring\n351/70\t1 000\n671/62\t-1 000\n");
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed()])).toEqual([
      ["351/70", "1000"],
      ["671/62", "-1000"],
    ]);
    expect(sheet.entries[1].amountCell?.address).toBe("Innlimt!B3");
  });

  it("reads rows without a header, keeping the pasted rows' own numbers", () => {
    const grid = gridFromPastedText("351/70\t1 000\tØkes\n858/01\t500\tReduseres");
    expect(grid.values[0]).toEqual(["Kap/post", "Endring", "Tekst"]);
    const sheet = readPastedChanges("351/70\t1 000\tØkes\n858/01\t500\tReduseres", { unit: "1000 kr" });
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed(), e.amountCell?.address])).toEqual([
      ["351/70", "1000", "Innlimt!B1"],
      ["858/01", "-500", "Innlimt!B2"],
    ]);
  });

  it("reads separate kap and post columns without a header", () => {
    const sheet = readPastedChanges("858\t1\t1 000\n858\t21\t-250", { unit: "1000 kr" });
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed()])).toEqual([
      ["858/01", "1000"],
      ["858/21", "-250"],
    ]);
  });

  it("reads pasted sentences", () => {
    const sheet = readPastedChanges("Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01");
    expect(sheet.entries.map((e) => [e.key, e.amount.toFixed(), e.transfer])).toEqual([
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
  });
});
