// The committed chart files are exactly what scripts/build-chart.js makes from the Gul bok files,
// and next year's Gul bok can be added by running the script with it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chartFromData } from "../../../src/core/chart/reference-chart";
import type { ChartData } from "../../../src/core/chart/chart-data";

const root = join(__dirname, "../../..");
const committed = join(root, "src/core/chart/data");
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "chart-"));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

test("re-running the script reproduces the committed chart files byte for byte", () => {
  execFileSync(process.execPath, [join(root, "scripts/build-chart.js"), "--out", out], { stdio: "pipe" });
  const files = readdirSync(committed).sort();
  expect(readdirSync(out).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(join(out, f), "utf8")).toBe(readFileSync(join(committed, f), "utf8"));
}, 300_000);

test("a new year's Gul bok (2026 layout, columns moved) is added by passing it to the script", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Forklaring").addRow(["Begrepsforklaringer"]);
  const ws = wb.addWorksheet("Data");
  ws.addRow(["kap_nr", "post_nr", "fdep_nr", "fdep_navn", "kap_navn", "post_navn", "stikkord", "beløp"]);
  ws.addRow([351, 70, 3, " Kultur- og likestillingsdepartementet", "Likestilling", "Tilskudd til likestilling", "", 70000000]);
  ws.addRow([855, 1, 8, " Barne- og familiedepartementet", "Statlig forvaltning av barnevernet", "Driftsutgifter", "", 5000000000]);
  ws.addRow([3855, 1, 8, " Barne- og familiedepartementet", "Statlig forvaltning av barnevernet", "Diverse inntekter", " kan overføres", 3676000]);
  const file = join(out, "Gul bok 2027.xlsx");
  await wb.xlsx.writeFile(file);
  const printed = execFileSync(process.execPath, [join(root, "scripts/build-chart.js"), "--out", out, `2027=${file}`], { encoding: "utf8" });
  expect(printed).toContain("2027: 3 lines (0 underposts) from Gul bok 2027.xlsx [Data]");
  expect(readFileSync(join(out, "static.ts"), "utf8")).toContain('import chart2027 from "./chart-2027.json";');
  expect(readFileSync(join(out, "lazy.ts"), "utf8")).toContain('2027: () => import("./chart-2027.json")');
  const chart = chartFromData(JSON.parse(readFileSync(join(out, "chart-2027.json"), "utf8")) as ChartData);
  expect(chart.year).toBe(2027);
  expect(chart.lookup({ chapter: 3855, post: 1 })).toMatchObject({ keywords: "kan overføres", ministry: { number: 8, name: "Barne- og familiedepartementet" } });
  expect(chart.lookup({ chapter: 855, post: 1 })?.amount?.toFixed()).toBe("5000000000");
}, 300_000);

test("a file whose amounts are not whole kroner is refused, not rounded", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addRow(["fdep_nr", "fdep_navn", "kap_nr", "post_nr", "kap_navn", "post_navn", "GB"]);
  ws.addRow([3, "KUD", 351, 70, "Likestilling", "Tilskudd", 12.5]);
  const file = join(out, "bad.xlsx");
  await wb.xlsx.writeFile(file);
  let message = "";
  try {
    execFileSync(process.execPath, [join(root, "scripts/build-chart.js"), "--out", join(out, "bad"), `2030=${file}`], { stdio: "pipe", encoding: "utf8" });
  } catch (err) {
    message = String((err as { stderr: string }).stderr);
  }
  expect(message).toContain("amount 12.5 is not whole kroner");
}, 300_000);
