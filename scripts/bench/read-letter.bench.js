#!/usr/bin/env node
// read-letter on a 100-page letter: the seed supplement's text (about four pages) repeated until
// the letter has 100 pages' worth of lines (about 45 lines a page). Times the engine in process
// (best of three) and the whole command line as a user runs it (start-up included). Goal: under 2 s.
"use strict";
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const { readLetter } = require(join(ROOT, "lib", "core", "letter-reading", "read-letter.js"));
const { documentFromText } = require(join(ROOT, "lib", "core", "letter-reading", "document.js"));

const seed = readFileSync(join(ROOT, "tests", "fixtures", "seed", "tillegg-bufdir-2024.txt"), "utf8");
const LINES_PER_PAGE = 45;
const seedLines = seed.split("\n").filter((l) => l.trim() !== "").length;
const copies = Math.ceil((100 * LINES_PER_PAGE) / seedLines);
const text = Array.from({ length: copies }, () => seed).join("\n \n");
const pages = Math.round(text.split("\n").filter((l) => l.trim() !== "").length / LINES_PER_PAGE);

let best = Infinity;
let result;
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint();
  result = readLetter(documentFromText(text));
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
}
const file = join(mkdtempSync(join(tmpdir(), "read-letter-bench-")), "brev-100-sider.txt");
writeFileSync(file, text);
const start = process.hrtime.bigint();
execFileSync(process.execPath, [join(ROOT, "bin", "tildeling.js"), "read-letter", file, "--json"], { maxBuffer: 256 * 1024 * 1024 });
const wall = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`read-letter, ${pages} pages (${(text.length / 1024).toFixed(0)} KB, ${copies} copies of the seed letter):`);
console.log(`  engine ${best.toFixed(0)} ms (best of 3): ${result.changes.length} changes, ${result.assignments.length} assignments, ${result.diagnostics.length} diagnostics`);
console.log(`  whole command (read-letter --json, start-up included) ${wall.toFixed(0)} ms; goal under 2 000 ms: ${wall < 2000 ? "met" : "NOT met"}`);
