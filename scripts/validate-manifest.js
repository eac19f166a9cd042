#!/usr/bin/env node
// Validates the add-in manifest offline and fails loudly.
//
//   node scripts/validate-manifest.js [manifest.xml] [--dist DIR] [--root DIR] [--base-url URL] [--report FILE]
//
// `office-addin-manifest validate manifest.xml` posts the XML to a Microsoft web service, which is
// not reachable from CI. Microsoft's own tools still judge it offline: the XML->JSON converter, then
// the JSON schema bundled in office-addin-manifest. The project's own checks (own-checks.js) follow.
// --root: where the icons are (default: the manifest's folder); --dist: a build folder whose pages
// and scripts must exist (icons are then read from it too); --base-url: the URL the manifest's files
// live under (default $ADDIN_URL or https://localhost:3000); --report: write the counts as JSON.
process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL = process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL || "off";

const { spawnSync } = require("node:child_process");
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { dirname, join, resolve } = require("node:path");
const own = require("./manifest/own-checks");

// The converter writes schema 1.17 by default, whose bundled schema lacks `getStartedMessages`, the
// JSON form of the <GetStarted> callout the XML schema allows. 1.25 has it and is bundled.
const JSON_SCHEMA_VERSION = "1.25";
const JSON_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${JSON_SCHEMA_VERSION}/MicrosoftTeams.schema.json`;

function parseArgs(argv) {
  const opts = { manifest: "manifest.xml", dist: null, root: null, baseUrl: process.env.ADDIN_URL || "https://localhost:3000", report: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dist") opts.dist = resolve(argv[++i]);
    else if (arg === "--root") opts.root = resolve(argv[++i]);
    else if (arg === "--base-url") opts.baseUrl = argv[++i];
    else if (arg === "--report") opts.report = resolve(argv[++i]);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else opts.manifest = arg;
  }
  opts.manifest = resolve(opts.manifest);
  opts.root = opts.root || opts.dist || dirname(opts.manifest);
  opts.baseUrl = opts.baseUrl.replace(/\/+$/, "");
  return opts;
}

function hasXmllint() {
  return spawnSync("xmllint", ["--version"], { stdio: "ignore" }).status === 0;
}

async function parseXml(file) {
  // xml2js is office-addin-manifest's own XML parser; resolve it from there so hoisting cannot hide it.
  const xml2js = require(require.resolve("xml2js", { paths: [dirname(require.resolve("office-addin-manifest"))] }));
  const parsed = await xml2js.parseStringPromise(readFileSync(file, "utf8"), { strict: true });
  return parsed.OfficeApp;
}

async function checkWellFormed(opts, state) {
  const problems = [];
  if (hasXmllint()) {
    const r = spawnSync("xmllint", ["--noout", opts.manifest], { encoding: "utf8" });
    if (r.status !== 0) problems.push(`xmllint: ${oneLine(r.stderr)}`);
  }
  try {
    state.doc = await parseXml(opts.manifest);
    if (!state.doc) problems.push("the root element is not <OfficeApp>");
  } catch (err) {
    state.doc = null;
    if (!problems.length) problems.push(`XML parse error: ${err.message.split("\n").join(" ")}`);
  }
  return problems;
}

/** Run a library call with console output captured, so its chatter becomes our failure message. */
async function quietly(fn) {
  const lines = [];
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  for (const k of Object.keys(saved)) console[k] = (...args) => lines.push(args.map(String).join(" "));
  try {
    return { value: await fn(), lines };
  } catch (err) {
    return { error: err, lines };
  } finally {
    Object.assign(console, saved);
  }
}

function oneLine(text) {
  const line = String(text).replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

async function checkConverts(opts, state) {
  if (!state.doc) return ["not converted: the XML is not well-formed"];
  state.jsonDir = mkdtempSync(join(tmpdir(), "tildeling-manifest-"));
  const { convert } = require("office-addin-manifest-converter");
  const run = await quietly(() => convert(opts.manifest, state.jsonDir, false, JSON_SCHEMA_URL, JSON_SCHEMA_VERSION, false));
  const json = join(state.jsonDir, "manifest.json");
  if (existsSync(json)) return [];
  // The converter reports failure only on the console, never by its exit code.
  const said = [...new Set([run.error && run.error.message, ...run.lines].filter(Boolean).map(oneLine))];
  const reason = said.slice(0, 3).join(" | ") + (said.length > 3 ? ` (and ${said.length - 3} more)` : "");
  return [`Microsoft's converter wrote no manifest.json: ${reason || "no reason given"}`];
}

async function checkSchema(opts, state) {
  const json = state.jsonDir && join(state.jsonDir, "manifest.json");
  if (!json || !existsSync(json)) return ["no JSON manifest to validate (conversion failed)"];
  const { validateManifest } = require("office-addin-manifest");
  const run = await quietly(() => validateManifest(json));
  if (run.error) return [`office-addin-manifest validate: ${oneLine(run.error.message)}`];
  if (run.value.isValid) return [];
  const errors = ((run.value.report && run.value.report.errors) || []).map((e) => `schema: ${oneLine(e.content)}`);
  return errors.length ? errors : ["office-addin-manifest says the JSON manifest is not valid"];
}

function needsDoc(check) {
  return (opts, state) => (state.doc ? check(state.doc, opts) : ["the manifest could not be read as XML"]);
}

function checksFor(opts) {
  const checks = [
    { name: "XML is well-formed", run: checkWellFormed },
    { name: "Microsoft's converter turns it into a JSON manifest", run: checkConverts },
    { name: "the JSON manifest passes the schema bundled in office-addin-manifest", run: checkSchema },
    { name: "every URL is https", run: needsDoc(own.checkHttps) },
    { name: "every resid names a resource", run: needsDoc(own.checkResids) },
    { name: "icons exist at their declared sizes", run: needsDoc(own.checkIcons) },
    { name: "permissions are exactly ReadWriteDocument", run: needsDoc(own.checkPermissions) },
  ];
  if (opts.dist) {
    checks.push({ name: `every page and script the manifest names is built in ${opts.dist}`, run: needsDoc(own.checkBuilt) });
  }
  return checks;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  console.log(`Validating ${opts.manifest}`);
  const state = {};
  const results = [];
  if (!existsSync(opts.manifest)) {
    results.push({ name: "manifest file exists", problems: [`no such file: ${opts.manifest}`] });
  } else {
    for (const check of checksFor(opts)) {
      const problems = await check.run(opts, state);
      results.push({ name: check.name, problems });
    }
  }
  if (state.jsonDir) rmSync(state.jsonDir, { recursive: true, force: true });

  for (const r of results) {
    console.log(`${r.problems.length ? "FAIL" : "ok  "} ${r.name}`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  const failed = results.filter((r) => r.problems.length).length;
  const passed = results.length - failed;
  console.log(`manifest checks: ${passed} passed, ${failed} failed`);
  if (opts.report) {
    mkdirSync(dirname(opts.report), { recursive: true });
    writeFileSync(opts.report, JSON.stringify({ passed, failed, results }, null, 2));
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exitCode = 2;
});
