// The acceptance corpus of issue 12 ("never a silent wrong number"): every workbook in
// tests/fixtures/corpus/ is run through the compiled command line with --json, as a controller
// would run it, and judged against its hand-worked answer (NAME.answer.json). Prints
//   corpus: right N, wrong N, silently wrong N, refused N
// and a line per workbook that is not right. Fails unless wrong and silently wrong are both 0.
// lib/ must be built first (npm run build:lib).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runCli } from "../cli/run-cli";
import { type Answer, type Outcome, type Verdict, classify } from "./classify";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus");

const answers: Answer[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".answer.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as Answer);

function run(answer: Answer): Verdict {
  const r = runCli([answer.command, join(CORPUS, answer.workbook), ...answer.args, "--json"], { timeoutMs: 60_000 });
  return classify(answer, r.code, r.stdout);
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

  it("gives no wrong number: every workbook right or refused", () => {
    const counts: Record<Outcome, number> = { right: 0, wrong: 0, "silently wrong": 0, refused: 0 };
    const lines: string[] = [];
    for (const answer of answers) {
      const verdict = run(answer);
      counts[verdict.outcome]++;
      if (verdict.outcome !== "right") lines.push(`  ${verdict.outcome}: ${answer.workbook}: ${verdict.reasons.join("; ")}`);
    }
    const summary = `corpus: right ${counts.right}, wrong ${counts.wrong}, silently wrong ${counts["silently wrong"]}, refused ${counts.refused}`;
    process.stdout.write(`${summary}\n${lines.join("\n")}\n`);
    expect({ wrong: counts.wrong, silentlyWrong: counts["silently wrong"], report: [summary, ...lines] }).toMatchObject({ wrong: 0, silentlyWrong: 0 });
  }, 600_000);
});
