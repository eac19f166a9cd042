// Property: a sentence of change clauses joined the ways letters join them, with unrelated amounts
// mixed in, gives exactly the changes written, and every other amount is a warning that names it.
// Never a change that was not written, never an amount dropped in silence. The sentences and the
// expected changes are built here from the generated parts (amounts written by hand-made rules, not
// by the product's formatter).
import fc from "fast-check";
import { parseChangeText } from "../../../src/core/changes/change-text";

interface Clause {
  chapter: number;
  post: number;
  up: boolean;
  /** Whole kroner. */
  kroner: number;
  form: "kroner" | "mill";
  nynorsk: boolean;
}

const two = (n: number) => String(n).padStart(2, "0");
const groups = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

function amountWords(c: Clause): string {
  if (c.form === "mill") {
    const mill = c.kroner / 1_000_000;
    return `${String(mill).replace(".", ",")} mill. kroner`;
  }
  return `${groups(c.kroner)} kroner`;
}

function clauseText(c: Clause, first: boolean): string {
  const code = `kap. ${c.chapter}, post ${two(c.post)}`;
  const verb = c.nynorsk ? (c.up ? "vert auka" : "vert redusert") : c.up ? "økes" : "reduseres";
  const subject = c.nynorsk ? "løyvinga på" : "tildelingen på";
  const text = `${subject} ${code} ${verb} med ${amountWords(c)}`;
  return first ? text[0].toUpperCase() + text.slice(1) : text;
}

const clause: fc.Arbitrary<Clause> = fc.record({
  chapter: fc.integer({ min: 100, max: 2999 }),
  post: fc.integer({ min: 1, max: 99 }),
  up: fc.boolean(),
  form: fc.constantFrom("kroner" as const, "mill" as const),
  kroner: fc.integer({ min: 1, max: 400 }),
  nynorsk: fc.boolean(),
}).map((c) => ({ ...c, kroner: c.form === "mill" ? c.kroner * 250_000 : c.kroner * 1_000 }));

// Unrelated amounts, each in a clause that names no code or no direction.
const noise = fc.constantFrom(
  (n: number) => `Bufdir fikk ${n} mill. kroner i 2022.`,
  (n: number) => `Den samlede rammen er ${n} mill. kroner.`,
  (n: number) => `Tilskuddet på ${n} mill. kroner ble innvilget i fjor.`,
);

describe("every amount in change sentences is an entry or a warning", () => {
  it("holds for clauses joined by 'og' and ', og', with unrelated sentences around them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(clause, { minLength: 1, maxLength: 4, selector: (c) => `${c.chapter}/${c.post}` }),
        fc.constantFrom(" og ", ", og ", ", "),
        fc.option(fc.tuple(noise, fc.integer({ min: 2, max: 99 }), fc.boolean()), { nil: undefined }),
        (clauses, joiner, extra) => {
          let text = `${clauses.map((c, i) => clauseText(c, i === 0)).join(joiner)}.`;
          if (extra) {
            const [make, n, before] = extra;
            text = before ? `${make(n)} ${text}` : `${text} ${make(n)}`;
          }
          const r = parseChangeText(text, { unit: "kr" });
          const got = r.entries.map((e) => `${e.key} ${e.amount.toFixed()}`).sort();
          const expected = clauses.map((c) => `${c.chapter}/${two(c.post)} ${c.up ? "" : "-"}${c.kroner}`).sort();
          expect(got).toEqual(expected);
          const warned = r.diagnostics.filter((d) => d.severity === "warning").map((d) => String(d.params.amount));
          expect(warned).toEqual(extra ? [`${extra[1]} mill. kroner`] : []);
        },
      ),
      { numRuns: 300 },
    );
  });
});
