import Decimal from "decimal.js";
import { checkScale } from "../../../src/core/changes/scale-check";

const pair = (code: string, before: string, change: string) => ({ code, before: new Decimal(before), change: new Decimal(change), cell: `Endringer!B${code.length}` });
const codes = (input: Parameters<typeof checkScale>[0]) => checkScale(input).map((d) => [d.severity, d.code, d.params.code]);

describe("the scale check of changes against their lines", () => {
  test("a kroner list read as 1 000 kr: most changes dwarf their lines", () => {
    const input = { pairs: [pair("900/01", "546479", "2500000"), pair("900/21", "75551", "-500000")], unit: "1000 kr" as const, written: [] };
    expect(codes(input)).toEqual([["warning", "CHG-SCALE-LARGE", "900/01"]]);
  });

  test("changes of an ordinary size say nothing", () => {
    const input = { pairs: [pair("351/70", "57625", "1000"), pair("671/62", "337587", "-1000")], unit: "1000 kr" as const, written: [{ amount: new Decimal(1000), unit: "1000 kr" as const }] };
    expect(codes(input)).toEqual([]);
  });

  test("whole thousands in 1 000 kr with one change above its line", () => {
    const input = {
      pairs: [pair("351/70", "57625", "1500000"), pair("858/01", "512400", "400000"), pair("858/21", "900000", "2000")],
      unit: "1000 kr" as const,
      written: [1500000, 400000, 2000].map((n) => ({ amount: new Decimal(n), unit: "1000 kr" as const })),
    };
    expect(codes(input)).toEqual([["warning", "CHG-SCALE-THOUSANDS", "351/70"]]);
  });

  test("a 1 000 kr list read as kroner: every change below a thousandth of its round-thousand line", () => {
    const input = { pairs: [pair("351/70", "57625000", "1000"), pair("858/01", "512400000", "-500")], unit: "kr" as const, written: [] };
    expect(codes(input)).toEqual([["warning", "CHG-SCALE-SMALL", "351/70"]]);
  });
});
