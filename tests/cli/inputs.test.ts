// Which files a many-file run reads: a folder with its subfolders (workbooks only, no Excel lock
// files), quoted patterns, each file once, and a row of its own for an argument that names none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandInputs, isMultiFileRun } from "../../src/cli/batch/inputs";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tildeling-inputs-"));
  mkdirSync(join(dir, "runde", "etat 2"), { recursive: true });
  mkdirSync(join(dir, "tom"));
  for (const name of ["etat 10.xlsx", "etat 9.xlsx", "gammel.xls", "notat.docx", "~$etat 9.xlsx", ".skjult.xlsx", "etat 2/udir.xlsm"]) {
    writeFileSync(join(dir, "runde", name), "");
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const r = (name: string) => join(dir, "runde", name);

it("reads a folder's workbooks with its subfolders, in name order with numbers as numbers, lock files and hidden files left out", () => {
  expect(expandInputs([join(dir, "runde")])).toEqual({
    files: [r("etat 2/udir.xlsm"), r("etat 9.xlsx"), r("etat 10.xlsx"), r("gammel.xls")],
    problems: [],
  });
});

it("expands a quoted pattern, and reads a file named twice once", () => {
  expect(expandInputs([join(dir, "runde", "etat ?.xlsx"), r("etat 9.xlsx"), join(dir, "runde", "**", "*.xlsm")]).files).toEqual([
    r("etat 9.xlsx"),
    r("etat 2/udir.xlsm"),
  ]);
});

it("gives an empty folder and a pattern matching nothing a problem each; a missing file is still a file to report", () => {
  const got = expandInputs([join(dir, "tom"), join(dir, "runde", "*.ods"), join(dir, "finnes-ikke.xlsx")]);
  expect(got.files).toEqual([join(dir, "finnes-ikke.xlsx")]);
  expect(got.problems.map((p) => p.diagnostic.code)).toEqual(["CLI-NO-WORKBOOKS-IN-FOLDER", "CLI-NO-FILES-MATCH"]);
});

it("runs today's one-file command for one file, and a many-file run for a folder, a pattern, several files or --report", () => {
  expect(isMultiFileRun([r("etat 9.xlsx")], {})).toBe(false);
  expect(isMultiFileRun([join(dir, "finnes-ikke.xlsx")], {})).toBe(false);
  expect(isMultiFileRun([join(dir, "runde")], {})).toBe(true);
  expect(isMultiFileRun([join(dir, "runde", "*.xlsx")], {})).toBe(true);
  expect(isMultiFileRun([r("etat 9.xlsx"), r("gammel.xls")], {})).toBe(true);
  expect(isMultiFileRun([r("etat 9.xlsx")], { report: "rapport.html" })).toBe(true);
});
