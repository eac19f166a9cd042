import Decimal from "decimal.js";
import seed from "../../fixtures/seed/seed-letter.json";
import { parseAmount } from "../../../src/core/amounts/parse-amount";
import type { Unit } from "../../../src/core/amounts/unit";
import { parseBudgetCode } from "../../../src/core/codes/budget-code";
import { messageOf } from "../../../src/core/diagnostics";
import { changeSentence, generateSentences, type SentenceChange } from "../../../src/core/letter/sentences";

function must<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error("fixture did not parse");
  return r.value;
}

/** The seed's change lines, read through the product's own code and amount parsers. */
const seedChanges: SentenceChange[] = seed.changes.map((c) => ({
  code: must(parseBudgetCode(c.code)),
  change: must(parseAmount(c.change)).value,
  ...(c.transfer ? { transfer: c.transfer } : {}),
}));
const unit = seed.unit as Unit;

const line = (code: string, change: string, transfer?: string): SentenceChange => ({
  code: must(parseBudgetCode(code)),
  change: new Decimal(change),
  ...(transfer ? { transfer } : {}),
});

describe("letter sentences", () => {
  it("writes the seed letter's transfer sentence from its two change lines", () => {
    const transfer = seedChanges.filter((c) => c.transfer === "T1");
    const { sentences, diagnostics } = generateSentences(transfer, unit);
    const letterText = seed.changes.find((c) => c.transfer === "T1" && c.text)!.text!;
    expect(sentences).toEqual([`${letterText}.`]);
    expect(diagnostics).toEqual([]);
  });

  it("writes an increase as the issue's example sentence", () => {
    const [first] = seedChanges;
    expect(changeSentence(first, unit)).toBe("Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.");
  });

  it("writes one sentence per plain line and one per transfer, in line order", () => {
    const { sentences } = generateSentences(seedChanges, unit);
    expect(sentences).toEqual([
      "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.",
      "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01.",
    ]);
  });

  it.each<[string, Unit, string]>([
    ["500", "1000 kr", "500 000 kroner"],
    ["1500", "1000 kr", "1,5 mill. kroner"],
    ["-2060", "1000 kr", "2,06 mill. kroner"],
    ["187400000", "kr", "187,4 mill. kroner"],
    ["1234567", "kr", "1 234 567 kroner"],
    ["2", "mill. kr", "2 mill. kroner"],
  ])("words %s in %s as %s", (change, u, words) => {
    expect(changeSentence(line("100/01", change), u)).toContain(`med ${words}.`);
  });

  it("says reduced for a negative change and unchanged for zero", () => {
    expect(changeSentence(line("116/71", "-187400"), "1000 kr")).toBe("Tildelingen på kap. 116, post 71 reduseres med 187,4 mill. kroner.");
    expect(changeSentence(line("855/01.1", "0"), "1000 kr")).toBe("Tildelingen på kap. 855, post 01.1 er uendret.");
  });

  it("names each receiving post with its amount when a transfer is split", () => {
    const { sentences } = generateSentences(
      [line("671/62", "-1500", "T2"), line("858/01", "1000", "T2"), line("855/01", "500", "T2")],
      "1000 kr",
    );
    expect(sentences).toEqual([
      "Tildelingen på kap. 671, post 62 reduseres med 1,5 mill. kroner mot en økning på kap. 858, post 01 med 1 mill. kroner og kap. 855, post 01 med 500 000 kroner.",
    ]);
  });

  it("writes an unbalanced transfer line by line and warns, never claiming a corresponding increase", () => {
    const { sentences, diagnostics } = generateSentences([line("671/62", "-1000", "T3"), line("858/01", "900", "T3")], "1000 kr");
    expect(sentences).toEqual([
      "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner.",
      "Tildelingen på kap. 858, post 01 økes med 900 000 kroner.",
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", code: "LTR-TRANSFER-UNBALANCED" });
    expect(messageOf(diagnostics[0])).toContain("−100");
  });

  it("writes English sentences for an English pane", () => {
    expect(changeSentence(seedChanges[0], unit, "en")).toBe("The allocation on chapter 351, post 70 is increased by 1 mill. kroner.");
  });
});
