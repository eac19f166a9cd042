// The acceptance corpus of issue 12 ("never a silent wrong number"): every workbook in
// tests/fixtures/corpus/ is run through the compiled command line with --json, as a controller
// would run it, and judged against its hand-worked answer (NAME.answer.json). Prints
//   corpus: right N, wrong N, silently wrong N, refused N
// and a line per workbook that is not right. Fails unless wrong and silently wrong are both 0.
// lib/ must be built first (npm run build:lib).
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT } from "../cli/run-cli";
import { type Answer, type Outcome, type Verdict, classify } from "./classify";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus");

const answers: Answer[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".answer.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as Answer);

/** One run of the bin, as a user runs it; two at a time keep both cores busy. */
function run(answer: Answer): Promise<Verdict> {
  const args = [BIN, answer.command, join(CORPUS, answer.workbook), ...answer.args, "--json"];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TILDELING_DEBUG: "" } }, (error, stdout) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve(classify(answer, code, stdout));
    });
  });
}

async function runAll(list: readonly Answer[], parallel: number): Promise<Verdict[]> {
  const verdicts: Verdict[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      verdicts[i] = await run(list[i]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return verdicts;
}

describe("the corpus of issue 12", () => {
  it("has at least 40 workbooks, each with its answer, at least ten made by LibreOffice", () => {
    const workbooks = readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx"));
    expect(workbooks.length).toBeGreaterThanOrEqual(40);
    expect(answers.map((a) => a.workbook).sort()).toEqual(workbooks.sort());
    const sources = readdirSync(join(CORPUS, "lo")).filter((f) => f.endsWith(".fods"));
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const s of sources) expect(workbooks).toContain(s.replace(/\.fods$/, ".xlsx"));
  });

  it("has answers that say what they expect and why, on a fixed date (never today's)", () => {
    for (const a of answers) {
      expect({ workbook: a.workbook, why: a.why.length > 20 }).toEqual({ workbook: a.workbook, why: true });
      if (a.refuse) continue;
      if (a.command === "apply") expect({ workbook: a.workbook, lines: (a.expect.lines ?? []).length > 0 }).toEqual({ workbook: a.workbook, lines: true });
      if (a.command === "deadlines") expect({ workbook: a.workbook, date: a.args.includes("--date") }).toEqual({ workbook: a.workbook, date: true });
      if (a.command === "check") expect({ workbook: a.workbook, findings: Array.isArray(a.expect.errors) }).toEqual({ workbook: a.workbook, findings: true });
    }
  });

  it("gives no wrong number: every workbook right or refused", async () => {
    if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw new Error("lib/ is not built: run `npm run build:lib` before these tests");
    const verdicts = await runAll(answers, 2);
    const counts: Record<Outcome, number> = { right: 0, wrong: 0, "silently wrong": 0, refused: 0 };
    const lines: string[] = [];
    answers.forEach((answer, i) => {
      const verdict = verdicts[i];
      counts[verdict.outcome]++;
      if (verdict.outcome !== "right") lines.push(`  ${verdict.outcome}: ${answer.workbook}: ${verdict.reasons.join("; ")}`);
    });
    const summary = `corpus: right ${counts.right}, wrong ${counts.wrong}, silently wrong ${counts["silently wrong"]}, refused ${counts.refused}`;
    process.stdout.write(`${summary}\n${lines.join("\n")}\n`);
    expect({ wrong: counts.wrong, silentlyWrong: counts["silently wrong"], report: [summary, ...lines] }).toMatchObject({ wrong: 0, silentlyWrong: 0 });
  }, 600_000);
});
