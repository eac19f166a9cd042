// apply --out edits the package instead of rewriting it: a workbook made by LibreOffice with a
// chart, a pivot table, data validation and comments keeps every part it had, byte for byte, and
// LibreOffice opens the copy and recalculates the added sheet's formulas to the same values.
// The zips are read with JSZip (not tildeling's own zip code), and LibreOffice is required here:
// CI installs it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { FIXTURES, STACK_TRACE, runCli } from "./run-cli";

const RICH = join(FIXTURES, "rik-lo.xlsx");

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

/** The parts that differ between two packages, and the parts only the second has. */
function differences(before: Map<string, Buffer>, after: Map<string, Buffer>): { changed: string[]; missing: string[]; added: string[] } {
  const changed = [...before].filter(([n, b]) => after.has(n) && !after.get(n)!.equals(b)).map(([n]) => n);
  const missing = [...before.keys()].filter((n) => !after.has(n));
  const added = [...after.keys()].filter((n) => !before.has(n));
  return { changed: changed.sort(), missing, added: added.sort() };
}

describe("tildeling apply --out keeps everything the workbook holds", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tildeling-package-"));
  });

  it("copies every part of a workbook with a chart, a pivot table, data validation and comments unchanged, adding only its sheets", async () => {
    const out = join(dir, "rik-resultat.xlsx");
    const r = runCli(["apply", RICH, "--out", out]);
    expect(r.code).toBe(0);
    const before = await parts(RICH);
    // What LibreOffice wrote for the chart, the pivot table and the comments is there to keep.
    for (const name of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/comments1.xml"]) {
      expect(before.has(name)).toBe(true);
    }
    expect(before.get("xl/worksheets/sheet2.xml")!.toString("utf8")).toContain("<dataValidation ");
    const after = await parts(out);
    expect(differences(before, after)).toEqual({
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"],
      missing: [],
      added: ["xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"],
    });
    const workbook = after.get("xl/workbook.xml")!.toString("utf8");
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Tildeling", "Endringer", "Pivot", "Endringstabell", "Merknader"]);
    // The pivot cache list after the sheets is still in place.
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId6"/></pivotCaches>');
  }, 60_000);

  it("replaces only its own two sheets on a second run", async () => {
    const first = join(dir, "runde1.xlsx");
    const second = join(dir, "runde2.xlsx");
    expect(runCli(["apply", RICH, "--out", first]).code).toBe(0);
    expect(runCli(["apply", first, "--out", second]).code).toBe(0);
    const d = differences(await parts(first), await parts(second));
    expect(d.missing).toEqual([]);
    expect(d.added).toEqual([]);
    // The source line names the file the run read, so the change table differs; nothing else may.
    expect(d.changed.filter((n) => n !== "xl/worksheets/sheet4.xml" && n !== "xl/worksheets/sheet5.xml")).toEqual([]);
    const workbook = (await parts(second)).get("xl/workbook.xml")!.toString("utf8");
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Tildeling", "Endringer", "Pivot", "Endringstabell", "Merknader"]);
  }, 60_000);

  it("gives a copy LibreOffice opens and recalculates to the same values", () => {
    const out = join(dir, "til-libreoffice.xlsx");
    expect(runCli(["apply", RICH, "--out", out]).code).toBe(0);
    // A profile that recalculates every formula on load instead of trusting the stored results.
    const profile = join(dir, "lo-profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
    );
    const csvDir = join(dir, "csv");
    // Filter options: comma, double quote, UTF-8, from row 1, ..., the last -1 writes every sheet to its own file.
    const lo = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", csvDir, out],
      { encoding: "utf8", timeout: 170_000 },
    );
    expect(lo.error).toBeUndefined();
    expect(readdirSync(csvDir).sort()).toEqual([
      "til-libreoffice-Endringer.csv",
      "til-libreoffice-Endringstabell.csv",
      "til-libreoffice-Merknader.csv",
      "til-libreoffice-Pivot.csv",
      "til-libreoffice-Tildeling.csv",
    ]);
    const table = readFileSync(join(csvDir, "til-libreoffice-Endringstabell.csv"), "utf8").trim().split(/\r?\n/);
    const amounts = table.filter((l) => /^(\d{3}\/\d{2}|Sum),/.test(l)).map((l) => [l.split(",")[0], ...l.split(",").slice(-3)].join(" "));
    expect(amounts).toEqual(["351/70 57625 1000 58625", "671/62 18236 -1000 17236", "858/01 402310 1000 403310", "Sum 478171 1000 479171"]);
    // The workbook's own formula still computes.
    expect(readFileSync(join(csvDir, "til-libreoffice-Tildeling.csv"), "utf8")).toContain("Sum,,,478171");
  }, 180_000);

  it("keeps a macro-enabled workbook's VBA project and insists on .xlsm for the copy", async () => {
    const zip = await JSZip.loadAsync(readFileSync(RICH));
    const vba = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    zip.file("xl/vbaProject.bin", vba);
    const types = (await zip.file("[Content_Types].xml")!.async("string"))
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    zip.file("[Content_Types].xml", types);
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    );
    zip.file("xl/_rels/workbook.xml.rels", rels);
    const input = join(dir, "makro.xlsm");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const wrong = runCli(["apply", input, "--out", join(dir, "makro-resultat.xlsx")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(".xlsm");
    expect(wrong.stderr).not.toMatch(STACK_TRACE);

    const out = join(dir, "makro-resultat.xlsm");
    expect(runCli(["apply", input, "--out", out]).code).toBe(0);
    const after = await parts(out);
    expect(after.get("xl/vbaProject.bin")).toEqual(vba);
    expect(after.get("[Content_Types].xml")!.toString("utf8")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(after.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).toContain('Target="vbaProject.bin"');
  }, 60_000);
});
