// `--report rapport.html` opened in headless Chromium, as the agency receiving it would: it renders
// with no console errors and no network request, prints each file on a page of its own, and its
// numbers are the JSON's from the same run. Every cell text is escaped (a file name with markup).
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { makeSubmissionRound } from "./submission-round";
import { fixture, runCli } from "./run-cli";

type Json = Record<string, any>;

// The flags tests/e2e/run.js launches the system Chromium with (TOOLCHAIN.md).
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const MARKUP_NAME = "<img src=x onerror=alert(1)> & «sitat».xlsx";

let round: string;
let report: string;
let json: Json;
let code: number | null;
let browser: Browser;

beforeAll(async () => {
  round = await makeSubmissionRound();
  // A file name a browser would take for markup, were it not escaped.
  copyFileSync(fixture("feil-lo.xlsx"), join(round, MARKUP_NAME));
  report = join(dirname(round), "rapport.html");
  const r = runCli(["check", round, "--json", "--report", report], { timeoutMs: 300_000 });
  code = r.code;
  json = JSON.parse(r.stdout) as Json;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dirname(round), { recursive: true, force: true });
});

async function openReport() {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const requests: string[] = [];
  page.on("request", (req) => {
    if (!req.url().startsWith("file:")) requests.push(req.url());
  });
  await page.goto(pathToFileURL(report).href);
  return { page, problems, requests };
}

it("is written, exit code 2 (three unreadable files), in Bokmål", () => {
  expect(code).toBe(2);
  const html = readFileSync(report, "utf8");
  expect(html).toContain('<html lang="nb">');
  expect(html).toContain("Kontroll av tildelingsark");
  // No external assets and no script: the markup in the file name is only text.
  expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(/i);
});

it("renders offline with no console errors and no requests", async () => {
  const { page, problems, requests } = await openReport();
  expect(await page.title()).toBe("Kontroll av tildelingsark");
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  await page.close();
}, 120_000);

it("shows the JSON's numbers: a row per file with its lines, errors, warnings and verdict, and the totals", async () => {
  const { page } = await openReport();
  const rows = await page.$$eval("#summary tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  const verdictWord: Record<string, string> = { ready: "klar", "must-fix": "må rettes", unreadable: "kunne ikke leses" };
  const dash = (n: number | null) => (n === null ? "–" : String(n));
  expect(rows).toEqual(
    json.summary.rows.map((r: Json) => [
      r.file,
      r.verdict === "unreadable" ? "–" : String(r.sheets.length),
      dash(r.linesRead ?? null),
      expect.any(String),
      expect.any(String),
      dash(r.errors),
      dash(r.warnings),
      verdictWord[r.verdict],
    ]),
  );
  const s = json.summary;
  expect(await page.textContent("#totals")).toBe(
    `${s.files} filer: ${s.ready} klare, ${s.mustFix} må rettes, ${s.unreadable} kunne ikke leses. ${s.errors} feil, ${s.warnings} advarsler.`,
  );
  // Each file's findings, grouped by kind: the counts add up to the JSON's diagnostics, cell by cell.
  for (const file of json.files as Json[]) {
    const section = page.locator(`section.file[data-file="${file.file.replace(/"/g, '\\"')}"]`);
    if (file.error) {
      expect(await section.locator("p.reason").getAttribute("data-code")).toBe(file.error.code);
      continue;
    }
    const kinds = await section.locator("h3.kind").evaluateAll((hs) => hs.map((h) => [h.getAttribute("data-code"), Number(h.getAttribute("data-count"))]));
    const expected = new Map<string, number>();
    for (const d of file.diagnostics) expected.set(d.code, (expected.get(d.code) ?? 0) + 1);
    expect(new Map(kinds as [string, number][])).toEqual(expected);
  }
  await page.close();
}, 120_000);

it("names the cells of the faulty file's findings and the Gul bok used", async () => {
  const { page } = await openReport();
  const section = page.locator(`section.file[data-file="${join(round, "etater", "imdi-2024.xlsx")}"]`);
  const cells = await section.locator("tbody tr td:first-child").allTextContents();
  expect(cells).toEqual(expect.arrayContaining(["Tildeling!A4", "Tildeling!D5"]));
  const bufdir = page.locator(`section.file[data-file="${join(round, "bufdir-2024.xlsx")}"] .facts`);
  expect(await bufdir.textContent()).toContain("2024 (arktittelen)");
  expect(await bufdir.textContent()).toContain("Gul bok 2024");
  await page.close();
}, 120_000);

it("escapes every text: a file name with markup shows as written", async () => {
  const { page } = await openReport();
  const name = join(round, MARKUP_NAME);
  expect(await page.locator("#summary a", { hasText: "onerror" }).textContent()).toBe(name);
  expect(await page.locator("img").count()).toBe(0);
  await page.close();
}, 120_000);

it("prints each file on a new A4 page", async () => {
  const { page } = await openReport();
  await page.emulateMedia({ media: "print" });
  const breaks = await page.$$eval("section.file", (sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toHaveLength(json.files.length);
  expect(new Set(breaks)).toEqual(new Set(["page"]));
  const pdf = await page.pdf({ format: "A4" });
  // A PDF page per file at least, plus the summary's page.
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(json.files.length + 1);
  await page.close();
}, 120_000);

it("is in English with --lang en", () => {
  const en = join(dirname(round), "report-en.html");
  runCli(["check", join(round, "etater"), "--report", en, "--lang", "en"]);
  const html = readFileSync(en, "utf8");
  expect(html).toContain('<html lang="en">');
  expect(html).toContain("Check of allocation sheets");
  expect(html).toContain("must be fixed");
  expect(html).not.toContain("må rettes");
});
