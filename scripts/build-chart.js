#!/usr/bin/env node
// Builds the reference chart (kap/post, names, stikkord, ministry, Gul bok amount) for each budget
// year from the government's published Gul bok spreadsheets, and writes compact JSON that the
// engine imports (src/core/chart/data/chart-YYYY.json) plus the two registry modules that list them.
//
//   npm run chart                                   every "Gul bok YYYY.xlsx" in data/statsbudsjett
//   npm run chart -- --data DIR                     every "Gul bok YYYY.xlsx" in DIR
//   npm run chart -- 2027="path/Gul bok 2027.xlsx"  add or replace one year (others are read from --data)
//
// Needs only Node and exceljs. The columns are found by name (fdep_nr, fdep_navn, kap_nr, post_nr,
// upost_nr, kap_navn, post_navn, stikkord, GB or beløp) on whichever sheet has them, so a new
// year's file with moved or extra columns still reads.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "src/core/chart/data");
const FORMAT = 1;

function parseArgs(argv) {
  const args = { data: path.resolve(ROOT, "data/statsbudsjett"), files: new Map(), out: OUT_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--data") args.data = path.resolve(argv[++i]);
    else if (a === "--out") args.out = path.resolve(argv[++i]);
    else if (/^\d{4}=/.test(a)) args.files.set(Number(a.slice(0, 4)), path.resolve(a.slice(5)));
    else if (a === "--help" || a === "-h") {
      console.log(fs.readFileSync(__filename, "utf8").split("\n").slice(1, 10).join("\n"));
      process.exit(0);
    } else throw new Error(`Unknown argument ${a}`);
  }
  if (fs.existsSync(args.data)) {
    for (const f of fs.readdirSync(args.data)) {
      const m = /^Gul bok (\d{4})\.xlsx$/i.exec(f);
      if (m && !args.files.has(Number(m[1]))) args.files.set(Number(m[1]), path.join(args.data, f));
    }
  }
  if (args.files.size === 0) throw new Error(`No "Gul bok YYYY.xlsx" files in ${args.data}`);
  return args;
}

const COLUMNS = {
  ministryNumber: ["fdep_nr"],
  ministryName: ["fdep_navn"],
  chapter: ["kap_nr"],
  post: ["post_nr"],
  subPost: ["upost_nr"],
  chapterName: ["kap_navn"],
  postName: ["post_navn"],
  keywords: ["stikkord"],
  amount: ["gb", "beløp", "belop", "beløp (kr)"],
};
const REQUIRED = ["ministryNumber", "ministryName", "chapter", "post", "chapterName", "postName", "amount"];

function cellValue(v) {
  if (v && typeof v === "object") {
    if ("result" in v) return v.result;
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return v.text;
  }
  return v === undefined ? null : v;
}

function text(v) {
  const s = cellValue(v);
  return s === null ? "" : String(s).replace(/[\s\u00a0]+/g, " ").trim();
}

/** Whole kroner as an exact string; Gul bok amounts are integers, anything else is a data error. */
function amountText(v, where) {
  const n = cellValue(v);
  if (typeof n === "number" && Number.isSafeInteger(n)) return String(n);
  if (typeof n === "string" && /^-?\d+$/.test(n.trim())) return n.trim().replace(/^(-?)0+(?=\d)/, "$1");
  throw new Error(`${where}: amount ${JSON.stringify(n)} is not whole kroner`);
}

function integer(v, where, what, min, max) {
  const n = cellValue(v);
  const value = typeof n === "string" && /^\d+$/.test(n.trim()) ? Number(n) : n;
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${where}: ${what} ${JSON.stringify(n)} is not ${min}-${max}`);
  return value;
}

async function readGulBok(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets) {
    const header = ws.getRow(1).values;
    const col = {};
    header.forEach((h, i) => {
      const key = text(h).toLowerCase();
      for (const [role, names] of Object.entries(COLUMNS)) if (names.includes(key) && col[role] === undefined) col[role] = i;
    });
    if (!REQUIRED.every((r) => col[r] !== undefined)) continue;
    const rows = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const v = ws.getRow(r).values;
      if (v.every((x) => x === null || x === undefined || text(x) === "")) continue;
      const where = `${path.basename(file)} ${ws.name}!row ${r}`;
      rows.push({
        ministryNumber: integer(v[col.ministryNumber], where, "fdep_nr", 0, 999),
        ministryName: text(v[col.ministryName]),
        chapter: integer(v[col.chapter], where, "kap_nr", 1, 5999),
        post: integer(v[col.post], where, "post_nr", 1, 99),
        subPost: col.subPost === undefined ? 0 : integer(v[col.subPost], where, "upost_nr", 0, 99),
        chapterName: text(v[col.chapterName]),
        postName: text(v[col.postName]).replace(/\s*:$/, ""),
        keywords: col.keywords === undefined ? "" : text(v[col.keywords]),
        amount: amountText(v[col.amount], where),
      });
    }
    return { sheet: ws.name, rows };
  }
  throw new Error(`${file}: no sheet has the columns ${REQUIRED.map((r) => COLUMNS[r][0]).join(", ")}`);
}

/**
 * Gul bok names a post that is split into underposts only through its underposts (01.1 "Lønn og
 * godtgjørelser"). Borrow the post's own name from the nearest year that lists it whole; the
 * standard name of post 01 ("Driftsutgifter") is the last resort.
 */
function postNameFromOtherYears(chapter, post, year, byYear) {
  const years = [...byYear.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  for (const y of years) {
    if (y === year) continue;
    const row = byYear.get(y).rows.find((r) => r.chapter === chapter && r.post === post && r.subPost === 0);
    if (row) return row.postName;
  }
  return post === 1 ? "Driftsutgifter" : "";
}

function buildChart(year, source, rows, byYear) {
  const ministries = new Map();
  const chapters = new Map();
  const keywords = [];
  const keywordIndex = new Map();
  const lines = [];
  const seen = new Set();
  const wholePosts = new Set(rows.filter((r) => r.subPost === 0).map((r) => `${r.chapter}/${r.post}`));
  const postNames = new Map();
  for (const r of rows) {
    const key = `${r.chapter}/${r.post}.${r.subPost}`;
    if (seen.has(key)) throw new Error(`${source}: kap/post ${key} appears twice`);
    seen.add(key);
    if (r.subPost !== 0 && wholePosts.has(`${r.chapter}/${r.post}`)) throw new Error(`${source}: ${key} is both a post and split into underposts`);
    ministries.set(r.ministryNumber, r.ministryName);
    const ch = chapters.get(r.chapter);
    if (!ch) chapters.set(r.chapter, [r.chapter, r.chapterName, r.ministryNumber]);
    else if (ch[2] !== r.ministryNumber) throw new Error(`${source}: chapter ${r.chapter} under two ministries`);
    let k = 0;
    if (r.keywords !== "") {
      if (!keywordIndex.has(r.keywords)) {
        keywords.push(r.keywords);
        keywordIndex.set(r.keywords, keywords.length);
      }
      k = keywordIndex.get(r.keywords);
    }
    if (r.subPost !== 0 && !postNames.has(`${r.chapter}/${r.post}`)) {
      postNames.set(`${r.chapter}/${r.post}`, [r.chapter, r.post, postNameFromOtherYears(r.chapter, r.post, year, byYear)]);
    }
    lines.push([r.chapter, r.post, r.subPost, r.postName, k, r.amount]);
  }
  lines.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return {
    format: FORMAT,
    year,
    source,
    ministries: [...ministries].sort((a, b) => a[0] - b[0]),
    chapters: [...chapters.values()].sort((a, b) => a[0] - b[0]),
    keywords,
    postNames: [...postNames.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    lines,
  };
}

/** One JSON line per record: compact, yet a new year's diff is readable. */
function toJson(chart) {
  const parts = [];
  for (const [k, v] of Object.entries(chart)) {
    if (Array.isArray(v)) parts.push(`${JSON.stringify(k)}:[\n${v.map((x) => JSON.stringify(x)).join(",\n")}\n]`);
    else parts.push(`${JSON.stringify(k)}:${JSON.stringify(v)}`);
  }
  return `{${parts.join(",\n")}}\n`;
}

function writeRegistry(out, years) {
  const header = "// Generated by scripts/build-chart.js (npm run chart). Do not edit by hand.\n";
  const staticTs =
    header +
    "// Each year's chart, loaded when first asked for, so a run parses only the year it uses: for the\n" +
    "// CLI, tests and the engine without a bundler (the task pane uses lazy.ts).\n" +
    'import type { ChartData } from "../chart-data";\n\n' +
    "// CommonJS's require, named here so the engine needs no Node typings.\n" +
    "declare const require: (path: string) => unknown;\n\n" +
    "export const chartData: Readonly<Record<number, () => ChartData>> = {\n" +
    years.map((y) => `  ${y}: () => require("./chart-${y}.json") as ChartData,\n`).join("") +
    "};\n";
  const lazyTs =
    header +
    "// Loaders that fetch one year's chart on demand: the task pane bundles each year as its own chunk.\n" +
    'import type { ChartData } from "../chart-data";\n\n' +
    "export const chartLoaders: Readonly<Record<number, () => Promise<ChartData>>> = {\n" +
    years.map((y) => `  ${y}: () => import("./chart-${y}.json").then((m) => (m.default ?? m) as unknown as ChartData),\n`).join("") +
    "};\n";
  fs.writeFileSync(path.join(out, "static.ts"), staticTs);
  fs.writeFileSync(path.join(out, "lazy.ts"), lazyTs);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const byYear = new Map();
  for (const [year, file] of [...args.files].sort((a, b) => a[0] - b[0])) {
    const { sheet, rows } = await readGulBok(file);
    byYear.set(year, { file, sheet, rows });
  }
  fs.mkdirSync(args.out, { recursive: true });
  const existing = fs.readdirSync(args.out).filter((f) => /^chart-\d{4}\.json$/.test(f)).map((f) => Number(f.slice(6, 10)));
  for (const [year, { file, sheet, rows }] of byYear) {
    const chart = buildChart(year, path.basename(file), rows, byYear);
    const json = toJson(chart);
    fs.writeFileSync(path.join(args.out, `chart-${year}.json`), json);
    const subPosts = rows.filter((r) => r.subPost !== 0).length;
    console.log(
      `${year}: ${rows.length} lines (${subPosts} underposts) from ${path.basename(file)} [${sheet}], ` +
        `${chart.chapters.length} chapters, ${chart.ministries.length} ministries -> chart-${year}.json (${(json.length / 1024).toFixed(0)} KB)`,
    );
  }
  const years = [...new Set([...existing, ...byYear.keys()])].sort((a, b) => a - b);
  writeRegistry(args.out, years);
  console.log(`registry: ${years.join(", ")}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
