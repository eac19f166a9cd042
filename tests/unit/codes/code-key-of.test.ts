// budgetCodeKeyOf hands back the cell's own text when it is written exactly as the key, to spare a
// large sheet a copy of every code. Whatever the text, the key must be the one budgetCodeKey writes:
// here for codes of every shape, each with its own text and with texts that are almost it.
import { type BudgetCode, budgetCodeKey, budgetCodeKeyOf } from "../../../src/core/codes/budget-code";

function codes(): BudgetCode[] {
  const out: BudgetCode[] = [];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  for (let i = 0; i < 3000; i++) {
    const chapter = [1, 9, 10, 99, 351, 5999, 123456][next(7)] + (i % 3 === 0 ? next(50) : 0);
    const post = [0, 1, 9, 10, 70, 99, 100, 150][next(8)];
    const sub = [undefined, undefined, 0, 1, 9, 10, 31, 120][next(8)];
    out.push(sub === undefined ? { chapter, post } : { chapter, post, subPost: sub });
  }
  return out;
}

/** The key itself and texts a sheet may hold that differ from it by a character or two. */
function textsFor(code: BudgetCode): unknown[] {
  const key = budgetCodeKey(code);
  const [chapter, rest] = key.split("/");
  return [
    key,
    `0${key}`,
    ` ${key}`,
    `${key} `,
    `${key}0`,
    `${chapter}/${rest.replace(/^0/, "")}`,
    `${chapter}/0${rest}`,
    `${chapter}/${rest}.1`,
    `${chapter}/${rest.split(".")[0]}`,
    `${chapter}/${rest.replace(".", ".0")}`,
    `${chapter}.${rest}`,
    `${Number(chapter) + 1}/${rest}`,
    `${chapter}/${rest} Tilskudd`,
    Number(chapter),
    null,
    "",
  ];
}

describe("budgetCodeKeyOf", () => {
  it("gives budgetCodeKey's key for every code, whatever text it was read from", () => {
    const wrong: string[] = [];
    for (const code of codes()) {
      for (const text of textsFor(code)) {
        const key = budgetCodeKeyOf(code, text);
        if (key !== budgetCodeKey(code)) wrong.push(`${JSON.stringify(code)} ${JSON.stringify(text)} -> ${key}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the cell's text when it is the key, as a sheet writes most codes", () => {
    expect(budgetCodeKeyOf({ chapter: 351, post: 70 }, "351/70")).toBe("351/70");
    expect(budgetCodeKeyOf({ chapter: 855, post: 1, subPost: 1 }, "855/01.1")).toBe("855/01.1");
    expect(budgetCodeKeyOf({ chapter: 855, post: 1 }, "855/1")).toBe("855/01");
    expect(budgetCodeKeyOf({ chapter: 351, post: 70 }, "0351/70")).toBe("351/70");
  });
});
