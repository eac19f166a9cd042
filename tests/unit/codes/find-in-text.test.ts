import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatBudgetCode } from "../../../src/core/codes/budget-code";
import { findBudgetCodesInText, findBudgetReferencesInText } from "../../../src/core/codes/find-in-text";

const seedDir = join(__dirname, "../../fixtures/seed");
const seedText = readFileSync(join(seedDir, "tillegg-bufdir-2024.txt"), "utf8");
const seedFacts = JSON.parse(readFileSync(join(seedDir, "seed-letter.json"), "utf8")) as { budgetCodesInText: string[] };

const codes = (text: string) => findBudgetCodesInText(text).map((h) => formatBudgetCode(h.code));

describe("findBudgetCodesInText", () => {
  test("the seed letter: every chapter and kap/post it mentions, in order of first mention", () => {
    const seen: string[] = [];
    for (const ref of findBudgetReferencesInText(seedText)) {
      const key = ref.code ? formatBudgetCode(ref.code) : String(ref.chapter);
      if (!seen.includes(key)) seen.push(key);
    }
    expect(seen).toEqual(seedFacts.budgetCodesInText);
  });

  test("the seed's change lines, with the words as written and where they are", () => {
    const hits = findBudgetCodesInText(seedText);
    const transfer = hits.filter((h) => h.text.startsWith("kap. 671") || h.text.startsWith("kap. 858"));
    expect(transfer.map((h) => [formatBudgetCode(h.code), h.text])).toEqual([
      ["671/62", "kap. 671, post 62"],
      ["858/01", "kap. 858, post 01"],
    ]);
    for (const h of hits) expect(seedText.slice(h.index, h.index + h.text.length)).toBe(h.text);
  });

  test("a chapter heading completed by the post line below it", () => {
    const hits = findBudgetCodesInText("Kap. 351 Likestilling\n\nPost 70 Tilskudd til likestilling\n\nTildelingen økes med 1 mill. kr.");
    expect(hits).toEqual([{ code: { chapter: 351, post: 70 }, text: "Kap. 351 Likestilling\n\nPost 70", index: 0 }]);
  });

  test("a post line after ordinary text does not join a chapter mentioned earlier", () => {
    expect(codes("Se kap. 351 om dette.\nMer tekst\nPost 70 Tilskudd")).toEqual([]);
  });

  test("stikkord naming other chapters' posts", () => {
    expect(codes("kan nyttes under kap. 410, post 1 og kap. 411, post 1")).toEqual(["410/01", "411/01"]);
    expect(codes(" kan nyttes under kap. 61, post 1 og kap. 411, post 1")).toEqual(["61/01", "411/01"]);
  });

  test.each([
    ["Tildelingen på kap. 671, post 62 reduseres", ["671/62"]],
    ["jf. kap 351 post 70", ["351/70"]],
    ["over 858 post 01 i år", ["858/01"]],
    ["linje 351/70 og 855/01.1", ["351/70", "855/01.1"]],
    ["kap. 760.21 og kap. 855/01", ["760/21", "855/01"]],
    ["(kap. 351, post 70).", ["351/70"]],
  ])("%j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  test.each([
    ["dato 1/4/2025 og 27.4.22"],
    ["budsjettkap., post og underpost"],
    ["Kap/post Tildeling før tillegget"],
    ["kap. 9999, post 1 og 351/100"],
    ["oppdrag 2022-027 og 2023:61"],
    [""],
  ])("%j names no valid code", (text) => {
    expect(codes(text)).toEqual([]);
  });
});
