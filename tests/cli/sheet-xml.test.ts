// The worksheet XML reader on the forms of sheet XML that other writers produce: cells without
// addresses, inline rich text, shared formulas, ISO dates, namespace prefixes, entities and CDATA,
// and XML cut into chunks at awkward places (as it arrives from the zip).
import { readSheetXml, type SheetContext } from "../../src/xlsx/sheet-xml";

const ctx: SheetContext = {
  sharedStrings: ["Kap/post", "Tildeling"],
  date1904: false,
  formatOfStyle: (s) => (s === 1 ? "#,##0" : s === 2 ? "dd.mm.yyyy" : null),
  keepGoing: () => true,
};

async function* chunked(xml: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(xml, "utf8");
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const sheet = (rows: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B1"/></${prefix}mergeCells></${prefix}worksheet>`;

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>351</t></r><r><rPr><b/></rPr><t xml:space="preserve">/70 </t></r><rPh><t>x</t></rPh></is></c><c r="B3" s="1"><v>57625</v></c></row>' +
  '<row><c t="str"><v>Likestilling &amp; &lt;mangfold&gt; &#x2013; &#8722;</v></c><c><f t="shared" ref="B4:B5" si="0">B3*2</f><v>115250</v></c></row>' +
  '<row r="5"><c r="B5"><f t="shared" si="0"/></c><c r="C5" t="d" s="2"><v>2025-04-01T00:00:00</v></c><c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
  '<row r="6"><c r="A6" t="inlineStr"><is><t><![CDATA[a < b]]></t></is></c><c r="B6" t="b"><v>1</v></c></row>';

describe("readSheetXml", () => {
  it.each([1, 7, 64, 100_000])("reads the same grid whatever the chunk size (%i bytes)", async (size) => {
    const r = await readSheetXml("Ark 1", chunked(sheet(ROWS), size), ctx);
    expect(r.grid.values).toEqual([
      ["Kap/post", "Tildeling"],
      [],
      ["351/70 ", 57625],
      ["Likestilling & <mangfold> – −", 115250],
      [undefined, "=B3*2", 45748 /* 1 April 2025 */, { error: "#DIV/0!" }],
      ["a < b", true],
    ]);
    expect(r.grid.formats?.[2]?.[1]).toBe("#,##0");
    expect(r.grid.formats?.[4]?.[2]).toBe("dd.mm.yyyy");
    // The shared formula's child (B5) has no stored result: a warning at its quoted address, with the formula shown.
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "XLSX-FORMULA-NO-RESULT", cell: "'Ark 1'!B5", text: "=B3*2" })]);
  });

  it("reads elements with a namespace prefix", async () => {
    const xml = sheet('<x:row r="2"><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>', "x:");
    const r = await readSheetXml("A", chunked(xml, 5), ctx);
    expect(r.grid.values).toEqual([[], [undefined, undefined, "Tildeling"]]);
  });

  it("stops when told the sheet is too large, and says how far it got", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const r = await readSheetXml("A", chunked(sheet(rows), 4096), { ...ctx, keepGoing: (n) => n < 8000 });
    expect(r.complete).toBe(false);
    expect(r.rowsRead).toBe(8192);
  });
});
