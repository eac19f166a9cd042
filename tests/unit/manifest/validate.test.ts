// `npm run validate` must pass on the real manifest and fail, naming the problem, on a broken one.
// Each case runs the real validator script on a copy of manifest.xml with one thing broken.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..", "..");
const VALIDATOR = join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const ICONS = ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"];

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tildeling-validate-"));
  mkdirSync(join(dir, "assets"));
  for (const icon of ICONS) copyFileSync(join(ROOT, "assets", icon), join(dir, "assets", icon));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { status: number | null; output: string } {
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  const r = spawnSync(process.execPath, [VALIDATOR, file, "--base-url", "https://localhost:3000"], {
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_LEVEL: "off" },
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

function replaceOnce(xml: string, from: string, to: string): string {
  expect(xml).toContain(from); // the case must really change the manifest
  return xml.replace(from, to);
}

test("the real manifest passes every check", () => {
  const r = validate(MANIFEST);
  expect(r.output).toMatch(/manifest checks: \d+ passed, 0 failed/);
  expect(r.status).toBe(0);
});

test("a plain http URL fails and is named", () => {
  const xml = replaceOnce(MANIFEST, '<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://');
  const r = validate(xml);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FAIL every URL is https/);
  expect(r.output).toContain("<SourceLocation> uses a URL that is not https: http://localhost:3000/taskpane.html");
});

test("a missing icon fails and names the file", () => {
  unlinkSync(join(dir, "assets", "icon-80.png"));
  const r = validate(MANIFEST);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FAIL icons exist at their declared sizes/);
  expect(r.output).toMatch(/icon file missing: .*icon-80\.png/);
});

test("an icon of the wrong size fails and says both sizes", () => {
  copyFileSync(join(ROOT, "assets", "icon-16.png"), join(dir, "assets", "icon-32.png"));
  const r = validate(MANIFEST);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/icon-32\.png is 16x16, expected 32x32/);
});

test.each(["ReadWriteMailbox", "WriteDocument", "ReadAllDocument"])("permission %s instead of ReadWriteDocument fails", (permission) => {
  const xml = replaceOnce(MANIFEST, "<Permissions>ReadWriteDocument</Permissions>", `<Permissions>${permission}</Permissions>`);
  const r = validate(xml);
  expect(r.status).toBe(1);
  expect(r.output).toContain(`permissions must be exactly ReadWriteDocument (least privilege), found: ${permission}`);
});

test("malformed XML fails at the first check", () => {
  const r = validate(MANIFEST.replace("</OfficeApp>", ""));
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FAIL XML is well-formed/);
  expect(r.output).toMatch(/manifest checks: 0 passed, [1-9]\d* failed/);
});

test("a manifest Microsoft's tools reject fails (an Id that is not a GUID)", () => {
  const xml = MANIFEST.replace(/<Id>[^<]+<\/Id>/, "<Id>tildeling</Id>");
  expect(xml).not.toBe(MANIFEST);
  const r = validate(xml);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FAIL Microsoft's converter turns it into a JSON manifest/);
});

test("a button that names an undefined resource fails", () => {
  const xml = replaceOnce(MANIFEST, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>');
  const r = validate(xml);
  expect(r.status).toBe(1);
  expect(r.output).toContain('<SourceLocation resid="Taskpane.Missing"> names no resource');
});

test("with --dist, a page the manifest names but the build lacks fails", () => {
  const dist = join(dir, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  for (const icon of ICONS) copyFileSync(join(ROOT, "assets", icon), join(dist, "assets", icon));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, MANIFEST);
  const r = spawnSync(process.execPath, [VALIDATOR, file, "--dist", dist, "--base-url", "https://localhost:3000"], { encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/names https:\/\/localhost:3000\/taskpane\.html, but .*taskpane\.html was not built/);
});
