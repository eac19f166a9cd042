import { budgetCodeFromCells, compareBudgetCodes, formatBudgetCode, formatBudgetCodeLong, parseBudgetCode, type BudgetCode } from "../../../src/core/codes/budget-code";
import { messageOf } from "../../../src/core/diagnostics";

function code(text: string): string {
  const r = parseBudgetCode(text);
  if (!r.ok) throw new Error(`${text}: ${messageOf(r.diagnostic, "en")}`);
  return formatBudgetCode(r.value);
}

function problem(text: string): { code: string; message: string; text?: string } {
  const r = parseBudgetCode(text);
  if (r.ok) throw new Error(`${text} parsed as ${formatBudgetCode(r.value)}`);
  return { code: r.diagnostic.code, message: messageOf(r.diagnostic), text: r.diagnostic.text };
}

describe("parseBudgetCode: every written form in budget documents", () => {
  test.each([
    ["351/70", "351/70"],
    ["kap. 351, post 70", "351/70"],
    ["Kap. 351, post 70", "351/70"],
    ["kap 351 post 70", "351/70"],
    ["KAP. 351 POST 70", "351/70"],
    ["kap. 351, post 70.", "351/70"],
    ["760.21", "760/21"],
    ["855/01", "855/01"],
    ["855/1", "855/01"],
    ["858 post 01", "858/01"],
    ["858 post 1", "858/01"],
    ["kap. 858, post 1", "858/01"],
    ["855/01.1", "855/01.1"],
    ["855/1.2", "855/01.2"],
    ["kap. 855, post 01.1", "855/01.1"],
    ["kap. 855, post 01, underpost 2", "855/01.2"],
    ["kap. 855 post 01 underpost 01.1", "855/01.1"],
    ["Kap. 351 Likestilling\nPost 70 Tilskudd til likestilling", "351/70"],
    ["351/70 Tilskudd til likestilling", "351/70"],
    ["351/70 - Tilskudd til likestilling", "351/70"],
    [" 351 / 70 ", "351/70"],
    ["351\u00a0/\u202f70", "351/70"],
    ["kapittel 351 post 70", "351/70"],
    ["5800/50", "5800/50"],
    ["1/1", "1/01"],
    ["0351/070", "351/70"],
  ])("%j -> %s", (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  test("the value is a plain code object, the underpost left out when there is none", () => {
    expect(parseBudgetCode("351/70")).toEqual({ ok: true, value: { chapter: 351, post: 70 } });
    expect(parseBudgetCode("kap. 855, post 01.1")).toEqual({ ok: true, value: { chapter: 855, post: 1, subPost: 1 } });
  });
});

describe("parseBudgetCode: diagnostics quote the text and say what is wrong", () => {
  test("empty", () => {
    for (const t of ["", "   ", "\u00a0"]) expect(problem(t).code).toBe("KP-EMPTY");
    expect(problem("").message).toBe("Kap/post mangler: cellen er tom.");
  });
  test("not a number", () => {
    const p = problem("kap. abc, post 70");
    expect(p).toMatchObject({ code: "KP-NOT-NUMBER", text: "kap. abc, post 70" });
    expect(p.message).toBe("«kap. abc, post 70» er ikke en kap/post: «abc» er ikke et tall.");
    expect(problem("Likestilling").code).toBe("KP-NOT-NUMBER");
    expect(problem("kap. 351, post sytti").message).toContain("«sytti» er ikke et tall");
  });
  test("chapter outside 1-5999", () => {
    expect(problem("6000/01")).toMatchObject({ code: "KP-CHAPTER-RANGE" });
    expect(problem("6000/01").message).toBe("«6000/01»: kapittel 6000 finnes ikke; kapitler går fra 1 til 5999.");
    expect(problem("0/70").code).toBe("KP-CHAPTER-RANGE");
    expect(problem("kap. 12345, post 1").code).toBe("KP-CHAPTER-RANGE");
    expect(problem("-351/70").code).toBe("KP-CHAPTER-RANGE");
  });
  test("post outside 1-99", () => {
    expect(problem("351/100").message).toBe("«351/100»: post 100 finnes ikke; poster går fra 01 til 99.");
    expect(problem("351/00").code).toBe("KP-POST-RANGE");
    expect(problem("kap. 351, post 0").code).toBe("KP-POST-RANGE");
  });
  test("underpost", () => {
    expect(problem("855/01.0").code).toBe("KP-SUBPOST");
    expect(problem("855/01.100").code).toBe("KP-SUBPOST");
    expect(problem("kap. 855, post 01, underpost 02.1").code).toBe("KP-SUBPOST");
  });
  test("two codes in one cell", () => {
    for (const t of ["351/70 og 858/01", "351/70, 858/01", "351/70 858/01", "kap. 410, post 1 og kap. 411, post 1", "351/70 og 71", "351/70;352/71"]) {
      expect(problem(t).code).toBe("KP-TWO-CODES");
    }
    expect(problem("351/70 og 858/01").message).toBe("«351/70 og 858/01» inneholder mer enn én kap/post; skriv én per celle.");
  });
  test("a chapter without a post", () => {
    expect(problem("Kap. 351 Likestilling")).toMatchObject({ code: "KP-NO-POST", message: "«Kap. 351 Likestilling» mangler post: oppgi kap/post, for eksempel 351/70." });
    expect(problem("351").code).toBe("KP-NO-POST");
    expect(problem("kap. 351, post").code).toBe("KP-NO-POST");
  });
  test("digits not written as a code", () => {
    expect(problem("351 70").code).toBe("KP-FORMAT");
    expect(problem("351//70").code).toBe("KP-NOT-NUMBER");
    expect(problem("351/70/5").code).toBe("KP-FORMAT");
  });
});

describe("budgetCodeFromCells: kap, post and underpost in separate cells", () => {
  const fmt = (r: ReturnType<typeof budgetCodeFromCells>) => (r.ok ? formatBudgetCode(r.value) : r.diagnostic.code);
  test.each([
    [351, 70, undefined, "351/70"],
    ["351", "70", null, "351/70"],
    ["351", "01", null, "351/01"],
    [855, 1, 1, "855/01.1"],
    [855, 1, 0, "855/01"],
    [855, "01", "01.2", "855/01.2"],
    [855, "01", "1.2", "855/01.2"],
    [855, 1, 1.2, "855/01.2"],
    ["Kap. 351 Likestilling", "Post 70 Tilskudd til likestilling", undefined, "351/70"],
    [855, "01.1", "", "855/01.1"],
    [null, null, null, "KP-EMPTY"],
    [null, 70, null, "KP-NO-CHAPTER"],
    [351, null, null, "KP-NO-POST"],
    [351, "", null, "KP-NO-POST"],
    ["tre", 70, null, "KP-NOT-NUMBER"],
    [351.5, 70, null, "KP-NOT-NUMBER"],
    [true, 70, null, "KP-NOT-NUMBER"],
    [7000, 70, null, "KP-CHAPTER-RANGE"],
    [-1, 70, null, "KP-CHAPTER-RANGE"],
    [351, 100, null, "KP-POST-RANGE"],
    [351, 0, null, "KP-POST-RANGE"],
    [855, 1, 100, "KP-SUBPOST"],
    [855, "01", "02.1", "KP-SUBPOST"],
    [{ error: "#REF!" }, 70, null, "CELL-ERROR"],
    [351, "70 og 71", null, "KP-TWO-CODES"],
  ])("%j %j %j -> %s", (k, p, u, expected) => {
    expect(fmt(budgetCodeFromCells(k as never, p as never, u as never))).toBe(expected);
  });

  test("an underpost that names another post quotes all three cells", () => {
    const r = budgetCodeFromCells(855, "01", "02.1");
    expect(!r.ok && messageOf(r.diagnostic)).toContain("«855 | 01 | 02.1»: underpost «02.1» er ugyldig");
    const chapterOnly = budgetCodeFromCells(null, "70");
    expect(!chapterOnly.ok && messageOf(chapterOnly.diagnostic)).toBe("«70» har post, men mangler kapittel.");
  });

  test("a missing post names the chapter the user did write", () => {
    const r = budgetCodeFromCells(351, null);
    expect(!r.ok && messageOf(r.diagnostic)).toBe("«351» mangler post: oppgi kap/post, for eksempel 351/70.");
  });
});

describe("formatting", () => {
  test("post with two digits, underpost after a dot, long form for letters", () => {
    const c: BudgetCode = { chapter: 858, post: 1 };
    expect(formatBudgetCode(c)).toBe("858/01");
    expect(formatBudgetCode({ chapter: 855, post: 1, subPost: 1 })).toBe("855/01.1");
    expect(formatBudgetCodeLong(c)).toBe("kap. 858, post 01");
  });
  test("budget order", () => {
    const list = ["858/01", "351/70", "855/01.2", "855/01", "855/01.1", "3855/01"].map((t) => (parseBudgetCode(t) as { value: BudgetCode }).value);
    expect(list.sort(compareBudgetCodes).map(formatBudgetCode)).toEqual(["351/70", "855/01", "855/01.1", "855/01.2", "858/01", "3855/01"]);
  });
});
