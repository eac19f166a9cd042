// The order a many-file run reads its files in. By default the largest first, so a big file does
// not start last and leave the other workers idle. A run that writes in list order (--json) reads
// them as listed: a large file read early would otherwise wait, with all its findings, for every
// file listed before it. Run on one job (in this thread), so the order of the results is the
// order of reading.
import { statSync } from "node:fs";
import { runFiles } from "../../src/cli/batch/pool";
import type { RunSettings } from "../../src/cli/batch/process-file";
import { fixture } from "./run-cli";

// LibreOffice fixtures of three sizes, listed smallest first.
const FILES = [fixture("feil-lo.xlsx"), fixture("tillegg-lo.xlsx"), fixture("rik-lo.xlsx")];
const SETTINGS: RunSettings = { command: "check", options: {}, lang: "nb", nowMs: Date.parse("2026-11-23T08:00:00Z") };

async function readOrder(order?: "largest-first" | "as-listed"): Promise<number[]> {
  const seen: number[] = [];
  await runFiles(FILES, 1, SETTINGS, (index) => void seen.push(index), order);
  return seen;
}

describe("the order a many-file run reads its files in", () => {
  it("has files of three sizes, smallest listed first", () => {
    const sizes = FILES.map((f) => statSync(f).size);
    expect(sizes[0]).toBeLessThan(sizes[1]);
    expect(sizes[1]).toBeLessThan(sizes[2]);
  });

  it("reads the largest first by default", async () => {
    expect(await readOrder()).toEqual([2, 1, 0]);
  });

  it("reads them as listed for a run that writes in list order", async () => {
    expect(await readOrder("as-listed")).toEqual([0, 1, 2]);
  });
});
