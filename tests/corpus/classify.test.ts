// The corpus's measuring stick itself: reports written by hand, judged against small answers,
// so a wrong number can never pass for a right one.
import { type Answer, classify } from "./classify";

const apply: Answer = {
  workbook: "x.xlsx",
  command: "apply",
  args: [],
  expect: { unit: "1000 kr", lines: [{ code: "351/70", before: "57625", change: "1000", after: "58625" }] },
  why: "57 625 + 1 000 = 58 625",
};

const report = (unit: string, before: string, change: string, after: string, diagnostics: object[] = []) =>
  JSON.stringify({ unit, lines: [{ code: "351/70", before, change, after }], otherLines: [], diagnostics });

const info = { severity: "info", code: "ALLOC-UNIT-ASSUMED", message: "..." };
const warning = { severity: "warning", code: "CHG-UNIT-ASSUMED", message: "..." };
const error = { severity: "error", code: "CLI-NO-ALLOCATION-SHEET", message: "no table" };

describe("classify", () => {
  it("takes the same amounts in another unit as right (compared in kroner)", () => {
    expect(classify(apply, 0, report("kr", "57625000", "1000000", "58625000")).outcome).toBe("right");
  });

  it("calls a number that differs with only a note silently wrong, and names the number", () => {
    const v = classify(apply, 0, report("1000 kr", "57625", "1000000", "1057625", [info]));
    expect(v.outcome).toBe("silently wrong");
    expect(v.reasons).toContain("351/70 change: 1000000 1000 kr, expected 1000 1000 kr");
  });

  it("calls a number that differs with a warning wrong", () => {
    expect(classify(apply, 0, report("1000 kr", "57625", "1000000", "1057625", [warning])).outcome).toBe("wrong");
  });

  it("calls a line no entry asks for a wrong number", () => {
    const extra = JSON.stringify({
      unit: "1000 kr",
      lines: [{ code: "351/70", before: "57625", change: "1000", after: "58625" }],
      otherLines: [{ code: "351/07", before: null, change: "1000", after: null }],
      diagnostics: [],
    });
    expect(classify(apply, 0, extra).outcome).toBe("silently wrong");
  });

  it("calls an error with no numbers a refusal, and a refusal right only when the answer is to refuse", () => {
    const refusal = JSON.stringify({ unit: null, lines: [], otherLines: [], diagnostics: [error] });
    expect(classify(apply, 1, refusal).outcome).toBe("refused");
    expect(classify({ ...apply, refuse: true }, 1, refusal).outcome).toBe("right");
    expect(classify({ ...apply, refuse: true }, 0, report("1000 kr", "57625", "1000", "58625")).outcome).toBe("silently wrong");
    expect(classify({ ...apply, refuse: true, refuseWith: ["UNIT-EVIDENCE-CONFLICT"] }, 1, refusal).outcome).toBe("refused");
  });

  it("calls right numbers without a required warning silently wrong", () => {
    const answer: Answer = { ...apply, mustWarn: [{ about: "the unit was assumed" }] };
    expect(classify(answer, 0, report("1000 kr", "57625", "1000", "58625", [info])).outcome).toBe("silently wrong");
    expect(classify(answer, 0, report("1000 kr", "57625", "1000", "58625", [warning])).outcome).toBe("right");
    const named: Answer = { ...apply, mustWarn: [{ about: "the unit was assumed", codes: ["ALLOC-UNIT-GUESSED"] }] };
    expect(classify(named, 0, report("1000 kr", "57625", "1000", "58625", [warning])).outcome).toBe("silently wrong");
  });

  it("compares deadline flags and days", () => {
    const answer: Answer = {
      workbook: "x.xlsx",
      command: "deadlines",
      args: ["--date", "2026-11-23"],
      expect: { flags: [{ id: "TB2026-2", part: null, flag: "overdue", deadline: "2026-10-01" }] },
      why: "past",
    };
    const done = JSON.stringify({ assignments: [{ id: "TB2026-2", part: null, flag: "done", deadline: "2026-10-01" }], diagnostics: [] });
    expect(classify(answer, 0, done)).toEqual({ outcome: "silently wrong", reasons: ["TB2026-2: done, expected overdue"] });
    const overdue = JSON.stringify({ assignments: [{ id: "TB2026-2", part: null, flag: "overdue", deadline: "2026-10-01" }], diagnostics: [] });
    expect(classify(answer, 1, overdue).outcome).toBe("right");
  });
});
