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

const texts = (r: { sentences: readonly { text: string }[] }): string[] => r.sentences.map((s) => s.text);

const line = (code: string, change: string, transfer?: string): SentenceChange => ({
  code: must(parseBudgetCode(code)),
  change: new Decimal(change),
  ...(transfer ? { transfer } : {}),
});

describe("letter sentences", () => {
  it("writes the seed letter's transfer sentence from its two change lines", () => {
    const transfer = seedChanges.filter((c) => c.transfer === "T1");
    const result = generateSentences(transfer, unit);
    const { diagnostics } = result;
    const letterText = seed.changes.find((c) => c.transfer === "T1" && c.text)!.text!;
    expect(texts(result)).toEqual([`${letterText}.`]);
    expect(diagnostics).toEqual([]);
  });

  it("writes an increase as the issue's example sentence", () => {
    const [first] = seedChanges;
    expect(changeSentence(first, unit)).toBe("Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.");
  });

  it("writes one sentence per plain line and one per transfer, in line order", () => {
    expect(texts(generateSentences(seedChanges, unit))).toEqual([
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
    const result = generateSentences(
      [line("671/62", "-1500", "T2"), line("858/01", "1000", "T2"), line("855/01", "500", "T2")],
      "1000 kr",
    );
    expect(texts(result)).toEqual([
      "Tildelingen på kap. 671, post 62 reduseres med 1,5 mill. kroner mot en økning på kap. 858, post 01 med 1 mill. kroner og kap. 855, post 01 med 500 000 kroner.",
    ]);
  });

  it("writes an unbalanced transfer line by line and warns, never claiming a corresponding increase", () => {
    const result = generateSentences([line("671/62", "-1000", "T3"), line("858/01", "900", "T3")], "1000 kr");
    const { diagnostics } = result;
    expect(texts(result)).toEqual([
      "Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner.",
      "Tildelingen på kap. 858, post 01 økes med 900 000 kroner.",
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", code: "LTR-TRANSFER-UNBALANCED" });
    expect(messageOf(diagnostics[0])).toContain("−100");
  });

  it("writes the seed's increase and transfer in Nynorsk when the letter is in Nynorsk", () => {
    expect(texts(generateSentences(seedChanges, unit, "nn"))).toEqual([
      "Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.",
      "Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.",
    ]);
  });

  it("writes every other sentence form in Nynorsk: reduced, unchanged, amounts in kroner, a split transfer", () => {
    expect(changeSentence(line("116/71", "-187400"), "1000 kr", "nn")).toBe("Løyvinga på kap. 116, post 71 vert redusert med 187,4 mill. kroner.");
    expect(changeSentence(line("855/01.1", "0"), "1000 kr", "nn")).toBe("Løyvinga på kap. 855, post 01.1 er uendra.");
    expect(changeSentence(line("11/01", "2060000"), "kr", "nn")).toBe("Løyvinga på kap. 11, post 01 vert auka med 2,06 mill. kroner.");
    expect(changeSentence(line("100/01", "1234567"), "kr", "nn")).toBe("Løyvinga på kap. 100, post 01 vert auka med 1 234 567 kroner.");
    const split = generateSentences([line("671/62", "-1500", "T2"), line("858/01", "1000", "T2"), line("855/01", "500", "T2")], "1000 kr", "nn");
    expect(texts(split)).toEqual([
      "Løyvinga på kap. 671, post 62 vert redusert med 1,5 mill. kroner mot ein auke på kap. 858, post 01 med 1 mill. kroner og kap. 855, post 01 med 500 000 kroner.",
    ]);
  });

  it("says which kap/post each sentence stands under: a transfer under the line it reduces", () => {
    const [plain, transfer] = generateSentences(seedChanges, unit).sentences;
    expect([plain.anchor, transfer.anchor].map((c) => `${c.chapter}/${c.post}`)).toEqual(["351/70", "671/62"]);
    expect(transfer.codes.map((c) => `${c.chapter}/${c.post}`)).toEqual(["671/62", "858/1"]);
  });
});
