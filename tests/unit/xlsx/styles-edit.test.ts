// The styles the added sheets need are appended to the workbook's own styles part, leaving every
// existing style at its position; styles already there (from an earlier run) are reused.
import { addOutputStyles } from "../../../src/xlsx/styles-edit";

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  "</styleSheet>";

describe("addOutputStyles", () => {
  it("appends a bold font in the workbook's own face, a ruled border, the number format and four cell styles after the existing ones", () => {
    const edited = addOutputStyles(STYLES, ["#,##0;-#,##0"])!;
    expect(edited.styles.header).toBe(2);
    expect(edited.styles.bold).toBe(3);
    expect(edited.styles.formats.get("#,##0;-#,##0")).toEqual({ plain: 4, bold: 5 });
    expect(edited.xml).toContain('<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>');
    expect(edited.xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;-#,##0"/></numFmts><fonts');
    expect(edited.xml).toContain('<borders count="2">');
    expect(edited.xml).toContain('<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" ');
    expect(edited.xml).toContain('<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>');
  });

  it("reuses what an earlier run added, so the part stays the same", () => {
    const once = addOutputStyles(STYLES, ["#,##0;-#,##0"])!;
    const twice = addOutputStyles(once.xml, ["#,##0;-#,##0"])!;
    expect(twice.xml).toBe(once.xml);
    expect(twice.styles.formats.get("#,##0;-#,##0")).toEqual({ plain: 4, bold: 5 });
  });
});
